/**
 * An instance dies part-way through a fan-out: after 40 of a meeting reminder's 120 DMs, or 40 of a
 * cover escalation's 101 (its at-once offer sent before). Its calls in flight never return and it never records the run; a second
 * instance (its own client of the same database) takes the job over once the lease expires. Each
 * send is recorded per recipient (JobDelivery), so the second run skips what the first one sent:
 * everyone gets the message exactly once but the one DM in flight at the "kill", and the channel
 * reminder is posted once. When the dead instance's hung call returns after all, it sends nothing more.
 */
import { describe, expect, it, onTestFinished } from "vitest";
import type { Gather } from "../../src/app.js";
import { ManualClock } from "../../src/core/clock.js";
import type { Actor } from "../../src/core/invocation.js";
import type { Database } from "../../src/db/index.js";
import { databases } from "../support/db.js";
import { alice, gatherOn } from "../support/gather.js";
import { RecordingMessenger } from "../support/messenger.js";
import { RecordingResponder } from "../support/responder.js";
import { MINUTE, SECOND, sharedDatabase } from "../scheduler/support.js";
import { dmCounts, DyingMessenger } from "./support.js";

const DIES_AFTER = 40;
const LEASE_MS = 10 * MINUTE;
/** 120 members answering first takes a while on a loaded machine; bounded all the same. */
const SLOW_TEST = { timeout: 90_000 };

const people = (n: number, prefix: string): Actor[] =>
  Array.from({ length: n }, (_, i) => ({
    ...alice,
    userExternalId: `U-${prefix}-${i}`,
    displayName: `${prefix} ${i}`,
  }));

async function handle(
  gather: Gather,
  actor: Actor,
  how: { command: string; text: string } | { customId: string },
): Promise<RecordingResponder> {
  const responder = new RecordingResponder();
  await gather.dispatcher.handle(
    "customId" in how
      ? { kind: "action", actor, channelId: "C-test", customId: how.customId, responder }
      : {
          kind: "command",
          actor,
          channelId: "C-test",
          command: how.command,
          input: { kind: "text", text: how.text },
          responder,
        },
  );
  return responder;
}

const firstAction = (r: RecordingResponder, i = 0): string => {
  const sent = r.sent[i];
  if (!sent || sent.kind === "form") throw new Error("expected a message");
  const id = sent.message.actions?.[0]?.id;
  if (!id) throw new Error("expected a button");
  return id;
};

/**
 * Two instances on one database: A (whose DMs hang after 40) runs the due job and dies mid-run;
 * B takes it over after the lease. Returns both messengers once B is done and A's hung call returned.
 */
async function killedMidFanOut(
  first: Database,
  second: Database,
  clock: ManualClock,
  a: Gather,
  dying: DyingMessenger,
): Promise<{ survivor: RecordingMessenger }> {
  dying.arm(); // what the commands sent is not under test
  const schedulerA = a.createScheduler({ owner: "A", leaseMs: LEASE_MS, jobTimeoutMs: 5 * MINUTE });
  onTestFinished(() => dying.revive());
  const zombie = schedulerA.tick();
  await dying.died();

  const b = gatherOn(second, clock);
  const survivor = new RecordingMessenger("slack");
  b.messengers.register(survivor);
  const schedulerB = b.createScheduler({ owner: "B", leaseMs: LEASE_MS });
  expect(await schedulerB.tick()).toMatchObject({ claimed: 0 }); // A's lease still holds
  clock.advance(LEASE_MS + SECOND);
  expect(await schedulerB.tick()).toMatchObject({ claimed: 1, done: 1 });

  // A was only frozen: its hung DM returns, and its run goes on over rows B marked sent.
  dying.revive();
  expect(await zombie).toMatchObject({ claimed: 1, done: 0, lost: 1 });
  await schedulerB.stop();
  // The job B finished last (a job run earlier, such as a cover request's at-once offer, came before).
  const job = await first.prisma.job.findFirstOrThrow({
    where: { leaseOwner: null, status: "done" },
    orderBy: { updatedAt: "desc" },
  });
  expect(job.attempts).toBe(2);
  return { survivor };
}

describe.each(databases)("a fan-out whose instance dies part-way, on $provider", (database) => {
  it(
    "meeting reminder to 120: each attendee once but the DM in flight; the channel reminder once",
    SLOW_TEST,
    async () => {
      const ATTENDEES = 120;
      const [first, second] = await sharedDatabase(database, 2);
      if (!first || !second) throw new Error("two clients expected");
      const clock = new ManualClock("2026-09-01T10:00:00Z");
      const a = gatherOn(first, clock);
      const dying = new DyingMessenger(DIES_AFTER);
      a.messengers.register(dying);

      await handle(a, alice, { command: "meeting", text: "list" });
      await first.prisma.member.updateMany({ where: { displayName: "Alice" }, data: { role: "coordinator" } });
      const echo = await handle(a, alice, {
        command: "meeting",
        text: "add Steering group | 10 September 2pm | Town hall",
      });
      const saved = await handle(a, alice, { customId: firstAction(echo) });
      const going = firstAction(saved, 1);
      const attendees = people(ATTENDEES, "going");
      for (let i = 0; i < attendees.length; i += 8)
        await Promise.all(attendees.slice(i, i + 8).map((person) => handle(a, person, { customId: going })));
      await handle(a, alice, { command: "meeting", text: "reminders 1 1h" });
      expect(await first.prisma.meetingRsvp.count({ where: { answer: "going" } })).toBe(ATTENDEES);

      clock.set("2026-09-10T12:00:00Z");
      const { survivor } = await killedMidFanOut(first, second, clock, a, dying);

      const counts = dmCounts(dying, survivor);
      const inFlight = [...dying.inFlight];
      expect(inFlight).toHaveLength(1);
      expect(attendees.filter((p) => counts.get(p.userExternalId) !== 1).map((p) => p.userExternalId)).toEqual(
        inFlight,
      );
      expect(counts.get(inFlight[0] as string)).toBe(2);
      expect(dying.sent.filter((o) => o.kind === "dm")).toHaveLength(DIES_AFTER + 1);
      expect(survivor.sent.filter((o) => o.kind === "dm")).toHaveLength(ATTENDEES - DIES_AFTER);
      expect(
        [...dying.posts("C-test"), ...survivor.posts("C-test")].filter((m) => m.title?.startsWith("Reminder")),
      ).toHaveLength(1);
      expect(await first.prisma.jobDelivery.count({ where: { status: "sent" } })).toBe(ATTENDEES + 1);
    },
  );

  it("cover escalation to 100 volunteers: each once but the DM in flight", SLOW_TEST, async () => {
    const VOLUNTEERS = 100;
    const [first, second] = await sharedDatabase(database, 2);
    if (!first || !second) throw new Error("two clients expected");
    const clock = new ManualClock("2026-03-29T00:30:00Z");
    const a = gatherOn(first, clock);
    const dying = new DyingMessenger(DIES_AFTER);
    a.messengers.register(dying);

    const carol: Actor = { ...alice, userExternalId: "U-carol", displayName: "Carol" };
    await handle(a, carol, { command: "shift", text: "list" });
    await first.prisma.member.updateMany({ where: { displayName: "Carol" }, data: { role: "coordinator" } });
    const echo = await handle(a, carol, {
      command: "shift",
      text: "add Front desk | 2026-04-04 10:00-13:00 | Town hall | 1",
    });
    const echoed = echo.only();
    const save = echoed.kind === "private" ? echoed.message.actions?.[0]?.id : undefined;
    if (!save?.startsWith("shift.draft-save:")) throw new Error("expected the echo of /shift add");
    await handle(a, carol, { customId: save });
    await handle(a, alice, { command: "shift", text: "signup 1" });
    const volunteers = people(VOLUNTEERS, "volunteer");
    for (let i = 0; i < volunteers.length; i += 8)
      await Promise.all(volunteers.slice(i, i + 8).map((v) => handle(a, v, { command: "shift", text: "checks" })));
    await handle(a, alice, { command: "shift", text: "cover 1 Unwell" });
    // The at-once offer goes out on time, as it would; the re-send is the fan-out under test.
    expect(await a.createScheduler({ owner: "A" }).tick()).toMatchObject({ claimed: 1, done: 1 });
    const escalation = await first.prisma.job.findFirstOrThrow({
      where: { kind: "shift.cover-escalate", status: "pending" },
      orderBy: { dueAt: "asc" },
    });

    clock.set(escalation.dueAt.toISOString());
    const { survivor } = await killedMidFanOut(first, second, clock, a, dying);

    const recipients = [carol, ...volunteers].map((p) => p.userExternalId);
    const counts = dmCounts(dying, survivor);
    const inFlight = [...dying.inFlight];
    expect(inFlight).toHaveLength(1);
    expect(recipients.filter((id) => counts.get(id) !== 1)).toEqual(inFlight);
    expect(counts.get(inFlight[0] as string)).toBe(2);
    expect(counts.has(alice.userExternalId)).toBe(false);
    expect([...counts.values()].reduce((n, c) => n + c, 0)).toBe(recipients.length + 1);
  });
});
