/**
 * Votes are counted exactly when many arrive at once, on two instances sharing one database: each
 * member's single-choice vote is one row (the unique key refuses a second), a double press of one
 * member is one vote, and a poll's closing job runs once across a restart.
 */
import { describe, expect, it } from "vitest";
import type { Gather } from "../../src/app.js";
import { ManualClock } from "../../src/core/clock.js";
import type { Actor } from "../../src/core/invocation.js";
import { plainText } from "../../src/core/message.js";
import { databases } from "../support/db.js";
import { alice, gatherOn } from "../support/gather.js";
import { RecordingMessenger } from "../support/messenger.js";
import { RecordingResponder } from "../support/responder.js";
import { sharedDatabase } from "../scheduler/support.js";

async function run(gather: Gather, actor: Actor, kind: "command" | "action", text: string) {
  const responder = new RecordingResponder();
  await gather.dispatcher.handle(
    kind === "command"
      ? { kind, actor, channelId: "C-test", command: "poll", input: { kind: "text", text }, responder }
      : { kind, actor, channelId: "C-test", customId: text, responder },
  );
  return responder;
}

const member = (i: number): Actor => ({ ...alice, userExternalId: `U-voter-${i}`, displayName: `Voter ${i}` });
const VOTERS = 50;

describe.each(databases)("poll votes at once on $provider", (database) => {
  async function twoInstances() {
    const [first, second] = await sharedDatabase(database, 2);
    if (!first || !second) throw new Error("two clients expected");
    const clock = new ManualClock("2026-03-23T10:00:00Z");
    const a = gatherOn(first, clock);
    const b = gatherOn(second, clock);
    a.messengers.register(new RecordingMessenger("slack"));
    b.messengers.register(new RecordingMessenger("slack"));
    // Every voter is a member before the rush: the test is about votes, not first contact.
    for (let i = 0; i < VOTERS; i++) await run(i % 2 ? b : a, member(i), "command", "list");
    return { a, b, db: first.prisma, clock, first, second };
  }

  const buttonsOf = (r: RecordingResponder) => {
    const sent = r.sent[0];
    if (!sent || sent.kind === "form") throw new Error("expected a card");
    return (sent.message.actions ?? []).map((a) => a.id);
  };

  it("counts 50 simultaneous single-choice votes exactly, one row per member, double presses included", async () => {
    const { a, b, db } = await twoInstances();
    const buttons = buttonsOf(await run(a, alice, "command", "Where? | Library | Café | Online"));
    const presses = Array.from({ length: VOTERS }, (_, i) =>
      run(i % 2 ? b : a, member(i), "action", buttons[i % 3] as string),
    );
    // Ten of them press their button twice at once on the other instance: still one vote each.
    const doubles = Array.from({ length: 10 }, (_, i) =>
      run(i % 2 ? a : b, member(i * 5 + 1), "action", buttons[(i * 5 + 1) % 3] as string),
    );
    await Promise.all([...presses, ...doubles]);
    const votes = await db.pollVote.findMany();
    const expected = [0, 1, 2].map(
      (option) => Array.from({ length: VOTERS }, (_, i) => i % 3).filter((o) => o === option).length,
    );
    // A double press is a press and its undo, in some order: those ten members have one vote or none.
    const voters = new Set(votes.map((v) => v.memberId));
    expect(voters.size).toBe(votes.length);
    expect(votes.length).toBeGreaterThanOrEqual(VOTERS - 10);
    // Each remaining member's vote is for the option they pressed.
    for (const vote of votes) {
      const i = Number(
        (await db.member.findUniqueOrThrow({ where: { id: vote.memberId ?? "" } })).displayName.slice(6),
      );
      expect(vote.choice).toBe(i % 3);
    }
    // Without the double presses, the counts are exact.
    const rerun = await run(a, alice, "command", "Again? | Library | Café | Online");
    const again = buttonsOf(rerun);
    await Promise.all(
      Array.from({ length: VOTERS }, (_, i) => run(i % 2 ? b : a, member(i), "action", again[i % 3] as string)),
    );
    const poll = await db.poll.findFirstOrThrow({ where: { number: 2 }, include: { votes: true } });
    expect([0, 1, 2].map((o) => poll.votes.filter((v) => v.choice === o).length)).toEqual(expected);
    expect(new Set(poll.votes.map((v) => v.memberId)).size).toBe(VOTERS);
  });

  it("counts 50 simultaneous anonymous multiple-choice votes exactly, with no member id stored", async () => {
    const { a, b, db } = await twoInstances();
    const buttons = buttonsOf(await run(a, alice, "command", "What? | Funding | Volunteers | multiple anonymous"));
    await Promise.all(
      Array.from({ length: VOTERS }, (_, i) => [
        run(i % 2 ? b : a, member(i), "action", buttons[0] as string),
        ...(i % 2 ? [run(i % 2 ? a : b, member(i), "action", buttons[1] as string)] : []),
      ]).flat(),
    );
    const votes = await db.pollVote.findMany();
    expect(votes.filter((v) => v.choice === 0)).toHaveLength(VOTERS);
    expect(votes.filter((v) => v.choice === 1)).toHaveLength(VOTERS / 2);
    expect(votes.every((v) => v.memberId === null)).toBe(true);
    expect(new Set(votes.map((v) => v.voterKey)).size).toBe(VOTERS);
  });

  it("closes by its job exactly once across a restart, with both instances ticking", async () => {
    const { a, b, db, clock, second } = await twoInstances();
    const buttons = buttonsOf(await run(a, alice, "command", "Tea? | Yes | No | closes: 24 March 2026 9am"));
    await run(b, member(1), "action", buttons[0] as string);
    const schedulerA = a.createScheduler({ owner: "A" });
    expect(await schedulerA.tick()).toMatchObject({ claimed: 0 });
    await schedulerA.stop(); // the first process stops before the poll closes

    clock.set("2026-03-24T09:30:00Z");
    const c = gatherOn(second, clock);
    const sentC = new RecordingMessenger("slack");
    c.messengers.register(sentC);
    const sentB = new RecordingMessenger("slack");
    b.messengers.register(sentB);
    const [one, two] = await Promise.all([
      b.createScheduler({ owner: "B" }).tick(),
      c.createScheduler({ owner: "C" }).tick(),
    ]);
    expect((one?.done ?? 0) + (two?.done ?? 0)).toBe(1);
    const posts = [...sentB.posts("C-test"), ...sentC.posts("C-test")];
    expect(posts.map((p) => p.title)).toEqual(["Results: Tea?"]);
    expect(plainText(posts[0]?.text)).toBe("1. Yes\n▇▇▇▇▇▇▇▇▇▇ 1 · Voter 1\n2. No\n░░░░░░░░░░ 0");
    expect(await db.auditEntry.count({ where: { action: "poll.closed" } })).toBe(1);
  });
});
