import { describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/invocation.js";
import { plainText, type Message } from "../../src/core/message.js";
import { pollsPersonalData } from "../../src/features/polls/personal-data.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice, bob, mallory } from "../support/gather.js";
import type { Sent } from "../support/responder.js";

const messageOf = (sent: Sent | undefined): Message => {
  if (!sent || sent.kind === "form") throw new Error(`expected a message, got ${sent?.kind}`);
  return sent.message;
};
const textOf = (sent: Sent | undefined) => plainText(messageOf(sent).text);
const ids = (m: Message | undefined) => (m?.actions ?? []).map((a) => a.id);
const carol: Actor = { ...alice, userExternalId: "U-carol", displayName: "Carol" };

describe.each(databases)("polls on $provider", (database) => {
  const t = gatherPerTest(database, { now: "2026-03-23T10:00:00Z" });

  const post = async (text: string, actor = alice) => messageOf((await t.command(actor, "poll", text)).only());
  const coordinator = async (actor: Actor) => {
    await t.command(actor, "gather", "help");
    await t.db.member.updateMany({ where: { displayName: actor.displayName }, data: { role: "coordinator" } });
  };
  const poll = () => t.db.poll.findFirstOrThrow({ include: { votes: true } });
  /** The card as every copy shows it now (the copies are edited after each vote). */
  const card = async () => t.sent.slack.sent.flatMap((o) => (o.kind === "edit" ? [o.message] : [])).at(-1);

  it("posts a card with one button per option and stores the poll", async () => {
    const sent = await post("Where shall we meet? | Library | Café | Online");
    const stored = await poll();
    expect(sent.title).toBe("Where shall we meet?");
    expect(plainText(sent.text)).toBe("1. Library\n░░░░░░░░░░ 0\n2. Café\n░░░░░░░░░░ 0\n3. Online\n░░░░░░░░░░ 0");
    expect(plainText(sent.context)).toBe("Poll #1 from Alice · one answer · names shown · 0 people voted");
    expect(ids(sent)).toEqual([0, 1, 2].map((i) => `poll.vote:${stored.id}.${i}`));
    expect(sent.actions?.map((a) => a.label)).toEqual(["Library", "Café", "Online"]);
    expect(stored).toMatchObject({ number: 1, multiple: false, anonymous: false, closesAt: null, closedAt: null });
    expect(JSON.parse(stored.options)).toEqual(["Library", "Café", "Online"]);
    expect(await t.db.auditEntry.count({ where: { action: "poll.created" } })).toBe(1);
  });

  it("single choice: a press votes, another option moves the vote, the same option takes it back", async () => {
    const sent = await post("Where shall we meet? | Library | Café");
    const [library, cafe] = ids(sent) as [string, string];
    expect(textOf((await t.press(bob, library)).sent[0])).toBe("Your vote for “Library” is counted on poll #1.");
    await t.press(carol, library);
    await t.press(alice, cafe);
    expect(plainText((await card())?.text)).toBe(
      "1. Library\n▇▇▇▇▇▇▇░░░ 2 · Bob, Carol\n2. Café\n▇▇▇░░░░░░░ 1 · Alice",
    );
    expect(textOf((await t.press(bob, cafe)).sent[0])).toBe("Your vote on poll #1 is now for “Café”.");
    expect((await poll()).votes.filter((v) => v.memberId !== null)).toHaveLength(3);
    expect(plainText((await card())?.text)).toBe(
      "1. Library\n▇▇▇░░░░░░░ 1 · Carol\n2. Café\n▇▇▇▇▇▇▇░░░ 2 · Bob, Alice",
    );
    expect(textOf((await t.press(bob, cafe)).sent[0])).toBe("Your vote for “Café” on poll #1 is taken back.");
    expect((await poll()).votes).toHaveLength(2);
  });

  it("multiple choice toggles each option; anonymous votes keep no member id and no names", async () => {
    const sent = await post("What shall we cover? | Funding | Volunteers | Premises | multiple anonymous");
    const [funding, volunteers] = ids(sent) as [string, string];
    expect(plainText(sent.context)).toMatch(/several answers allowed · anonymous/);
    await t.press(bob, funding);
    await t.press(bob, volunteers);
    await t.press(alice, funding);
    const stored = await poll();
    expect(stored.votes).toHaveLength(3);
    expect(stored.votes.every((v) => v.memberId === null)).toBe(true);
    const members = await t.db.member.findMany({ select: { id: true } });
    for (const vote of stored.votes) {
      expect(vote.voterKey).toMatch(/^[0-9a-f]{64}$/);
      expect(members.map((m) => m.id)).not.toContain(vote.voterKey);
    }
    expect(plainText((await card())?.text)).toBe(
      "1. Funding\n▇▇▇▇▇▇▇▇▇▇ 2\n2. Volunteers\n▇▇▇▇▇░░░░░ 1\n3. Premises\n░░░░░░░░░░ 0",
    );
    expect(plainText((await card())?.context)).toMatch(/2 people voted/);
    // Pressed again: taken back, the other choice stays.
    expect(textOf((await t.press(bob, funding)).sent[0])).toMatch(/taken back/);
    expect((await poll()).votes).toHaveLength(2);
    // Nothing about who voted reaches the audit trail.
    expect(await t.db.auditEntry.count({ where: { action: { startsWith: "poll.vote" } } })).toBe(0);
  });

  it("forgets an anonymous poll's salt when it closes: no vote can then be traced to anyone", async () => {
    const sent = await post("Secret? | Yes | No | anonymous");
    await t.press(bob, ids(sent)[0] as string);
    expect((await poll()).salt).toMatch(/^[0-9a-f]{32}$/);
    await t.command(alice, "poll", "close 1");
    const closed = await poll();
    expect(closed.salt).toBe("");
    expect(closed.votes).toHaveLength(1);
  });

  it("keeps closed polls with their votes for two years after they close, then deletes them", async () => {
    const sent = await post("Old? | Yes | No");
    await t.press(bob, ids(sent)[0] as string);
    await post("Still open? | Yes | No");
    await t.command(alice, "poll", "close 1");
    const network = await t.db.network.findFirstOrThrow();
    const retain = (now: Date) =>
      t.db.$transaction((tx) =>
        pollsPersonalData.retain(tx, network, {
          now,
          before: () => new Date(now.getTime() - 730 * 24 * 3600 * 1000),
        }),
      );
    expect(await retain(new Date("2028-03-22T10:00:00Z"))).toEqual({ closedPolls: 0 });
    expect(await retain(new Date("2028-03-23T10:00:01Z"))).toEqual({ closedPolls: 1 });
    expect((await t.db.poll.findMany()).map((p) => p.number)).toEqual([2]);
    expect(await t.db.pollVote.count()).toBe(0);
  });

  it("reads the flags in Welsh and Dutch, and the closing time with the shared date reader", async () => {
    await post("Ble? | Llyfrgell | Caffi | lluosog | cau: 27 March 2026 5pm");
    await post("Waar? | Bibliotheek | Café | anoniem meerdere | sluit: 28/3/2026");
    const [welsh, dutch] = await t.db.poll.findMany({ orderBy: { number: "asc" } });
    expect(welsh).toMatchObject({ multiple: true, anonymous: false });
    expect(welsh?.closesAt?.toISOString()).toBe("2026-03-27T17:00:00.000Z");
    expect(dutch).toMatchObject({ multiple: true, anonymous: true });
    // A day alone: it closes at the end of that day in the network's zone.
    expect(dutch?.closesAt?.toISOString()).toBe("2026-03-28T23:59:59.999Z");
    expect(await t.db.job.count({ where: { kind: "poll.close" } })).toBe(2);
  });

  it("refuses bad input privately, by name, and stores nothing", async () => {
    const refused = async (text: string) => {
      const sent = (await t.command(alice, "poll", text)).only();
      expect(sent.kind).toBe("private");
      return textOf(sent);
    };
    expect(await refused("Only one? | Yes")).toBe(
      "A poll needs from 2 to 15 options. Options given: 1. Put | between them.",
    );
    const sixteen = Array.from({ length: 16 }, (_, i) => `Option ${i + 1}`).join(" | ");
    expect(await refused(`Too many? | ${sixteen}`)).toMatch(/Options given: 16/);
    expect(await refused("Twice? | Tea | tea")).toBe("“tea” is there twice. Give each option once.");
    expect(await refused("When? | A | B | closes: the day after never")).toMatch(
      /^I couldn't read “day after never” as a date or time/,
    );
    expect(await refused("When? | A | B | closes: 2020-01-01")).toBe(
      "That closing time has passed. Give a time still to come.",
    );
    expect(await t.db.poll.count()).toBe(0);
    expect(await t.db.network.findFirstOrThrow()).toMatchObject({ lastPollNumber: 0 });
  });

  it("reads a flag word among the options as an option: flags come after them", async () => {
    const sent = await post("How shall we vote? | Anonymous | Named | multiple");
    expect(sent.actions?.map((a) => a.label)).toEqual(["Anonymous", "Named"]);
    expect(await poll()).toMatchObject({ multiple: true, anonymous: false });
  });

  it("refuses an unknown kind word given as an option", async () => {
    const sent = (await t.options(alice, "poll", "post", { question: "Q", options: "A\nB", flags: "secret" })).only();
    expect(textOf(sent)).toBe("“secret” is not a kind of poll. Use “multiple”, “anonymous” or both.");
    expect(await t.db.poll.count()).toBe(0);
  });

  it("opens a form when given nothing where the platform has forms", async () => {
    const sent = (await t.command(alice, "poll", "", { canOpenForms: true })).only();
    expect(sent.kind).toBe("form");
    if (sent.kind === "form") {
      expect(sent.form.id).toBe("poll.post");
      expect(sent.form.fields.map((f) => f.id)).toEqual(["question", "options", "flags", "closes"]);
    }
    const posted = messageOf((await t.form(alice, "poll.post", { question: "Tea?", options: "Yes\nNo" })).only());
    expect(posted.actions?.map((a) => a.label)).toEqual(["Yes", "No"]);
  });

  it("closes early for the author or a coordinator; a closed poll takes no votes", async () => {
    await coordinator(alice);
    const sent = await post("Tea or coffee? | Tea | Coffee", bob);
    await t.press(carol, ids(sent)[0] as string);
    expect(textOf((await t.command(carol, "poll", "close 1")).only())).toBe(
      "Only whoever started poll #1, or a coordinator, can close it.",
    );
    const closed = await t.command(alice, "poll", "close 1");
    expect(closed.sent.map((s) => s.kind)).toEqual(["public", "private"]);
    const results = messageOf(closed.sent[0]);
    expect(results.title).toBe("Results: Tea or coffee?");
    expect(plainText(results.text)).toBe("1. Tea\n▇▇▇▇▇▇▇▇▇▇ 1 · Carol\n2. Coffee\n░░░░░░░░░░ 0");
    expect(results.actions).toBeUndefined();
    expect((await card())?.actions).toBeUndefined();
    expect(textOf((await t.press(bob, ids(sent)[1] as string)).only())).toBe(
      "Poll #1 is closed: votes are no longer counted.",
    );
    expect(textOf((await t.command(bob, "poll", "close 1")).only())).toBe("Poll #1 is already closed.");
    expect(textOf((await t.command(bob, "poll", "close 9")).only())).toMatch(/^There is no poll #9/);
    expect((await poll()).votes).toHaveLength(1);
  });

  it("closes by its job at its time, once, and posts the results where it was asked", async () => {
    const sent = await post("Tea or coffee? | Tea | Coffee | closes: 24 March 2026 9am");
    await t.press(bob, ids(sent)[1] as string);
    expect(await t.tick()).toMatchObject({ claimed: 0 });
    t.clock.set("2026-03-24T09:00:00Z");
    expect(await t.tick()).toMatchObject({ claimed: 1, done: 1 });
    expect(await t.tick()).toMatchObject({ claimed: 0 });
    const posts = t.sent.slack.posts("C-test");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.title).toBe("Results: Tea or coffee?");
    expect(plainText(posts[0]?.text)).toBe("1. Tea\n░░░░░░░░░░ 0\n2. Coffee\n▇▇▇▇▇▇▇▇▇▇ 1 · Bob");
    expect((await poll()).closedAt?.toISOString()).toBe("2026-03-24T09:00:00.000Z");
    expect(await t.db.auditEntry.count({ where: { action: "poll.closed", actorId: null } })).toBe(1);
  });

  it("takes no vote once its closing time has passed, even before its job has run", async () => {
    const sent = await post("Tea or coffee? | Tea | Coffee | closes: 24 March 2026 9am");
    await t.press(bob, ids(sent)[0] as string);
    t.clock.set("2026-03-24T09:00:00Z");
    expect(textOf((await t.press(carol, ids(sent)[1] as string)).only())).toBe(
      "Poll #1 is closed: votes are no longer counted.",
    );
    expect((await poll()).votes).toHaveLength(1);
  });

  it("closing early cancels the job", async () => {
    await post("Tea or coffee? | Tea | Coffee | closes: 24 March 2026 9am");
    await t.command(alice, "poll", "close 1");
    t.clock.set("2026-03-24T09:00:00Z");
    expect(await t.tick()).toMatchObject({ claimed: 0 });
    expect(t.sent.slack.posts("C-test")).toHaveLength(0);
  });

  it("gives coordinators the results as CSV, and nobody else", async () => {
    await coordinator(alice);
    const sent = await post("Where? | Library | =Café");
    await t.press(bob, ids(sent)[0] as string);
    await t.press(carol, ids(sent)[0] as string);
    await t.press(alice, ids(sent)[1] as string);
    expect((await t.command(bob, "poll", "results 1")).only().kind).toBe("private");
    expect(messageOf((await t.command(bob, "poll", "results 1")).only()).files).toBeUndefined();
    const results = messageOf((await t.command(alice, "poll", "results 1")).only());
    expect(plainText(results.text)).toBe("Results of poll #1: 3 people voted.");
    expect(results.files?.[0]).toMatchObject({ name: "poll-1-results.csv", contentType: "text/csv" });
    expect(results.files?.[0]?.content).toBe(
      '"poll","question","option","votes","share_of_voters","voters"\r\n' +
        '"1","Where?","Library","2","0.667","Bob; Carol"\r\n' +
        '"1","Where?","\'=Café","1","0.333","Alice"\r\n',
    );
  });

  it("lists open polls first, then closed ones; another network's polls stay out of reach", async () => {
    await post("First? | A | B");
    await post("Second? | A | B");
    await t.command(alice, "poll", "close 1");
    const list = messageOf((await t.command(bob, "poll", "list")).only());
    expect(plainText(list.text)).toBe(
      "#2 Second? — Alice · 0 people voted · open\n#1 First? — Alice · 0 people voted · closed",
    );
    expect(textOf((await t.command(mallory, "poll", "list")).only())).toMatch(/^No polls yet/);
    const id = (await t.db.poll.findFirstOrThrow({ where: { number: 2 } })).id;
    expect(textOf((await t.press(mallory, `poll.vote:${id}.0`)).only())).toMatch(/no longer works|not work/i);
    expect(await t.db.pollVote.count()).toBe(0);
  });

  it("speaks Welsh and Dutch on the card", async () => {
    await coordinator(alice);
    await t.db.network.updateMany({ data: { locale: "cy" } });
    await t.db.member.updateMany({ data: { locale: "cy" } });
    const welsh = await post("Ble? | Llyfrgell | Caffi");
    expect(plainText(welsh.context)).toBe("Pôl #1 gan Alice · un ateb · enwau'n cael eu dangos · Pleidleiswyr: 0");
    await t.db.network.updateMany({ data: { locale: "nl" } });
    await t.db.member.updateMany({ data: { locale: "nl" } });
    const dutch = await post("Waar? | Bibliotheek | Café | meerdere anoniem");
    expect(plainText(dutch.context)).toBe("Peiling #2 van Alice · meer antwoorden mogelijk · anoniem · Stemmers: 0");
  });

  it("counts polls, votes and responses in the network's report", async () => {
    await coordinator(alice);
    const sent = await post("Cover? | Funding | Volunteers | multiple");
    await t.press(bob, ids(sent)[0] as string);
    await t.press(bob, ids(sent)[1] as string);
    await t.press(carol, ids(sent)[1] as string);
    const report = messageOf((await t.command(alice, "gather", "report 2026-03-01 2026-03-31")).only());
    const figures = Object.fromEntries((report.fields ?? []).map((f) => [f.label, plainText(f.value)]));
    expect(figures).toMatchObject({
      "Polls started": "1",
      "Votes cast": "3",
      "Poll responses (one per person per poll)": "2",
    });
  });
});
