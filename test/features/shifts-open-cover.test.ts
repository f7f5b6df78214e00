/**
 * Finding open cover: `/shift list` marks shifts someone needs covered and offers Claim, `/shift
 * open` lists what a member could claim (every open request for a coordinator), and a new request
 * is offered at once to the volunteers who could take it — once, across restarts, and without a
 * timed re-send hard on its heels.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { plainText, type Message } from "../../src/core/message.js";
import { databases } from "../support/db.js";
import { alice, bob, testGather } from "../support/gather.js";
import { gatherPerTest } from "../support/per-test.js";
import type { Sent } from "../support/responder.js";
import { sendAndSave } from "../support/shifts.js";

const messageOf = (sent: Sent | undefined): Message => {
  if (!sent || sent.kind === "form") throw new Error(`expected a message, got ${sent?.kind}`);
  return sent.message;
};
const textOf = (sent: Sent | undefined) => plainText(messageOf(sent).text);
const ids = (m: Message | undefined) => (m?.actions ?? []).map((a) => a.id);
const labels = (m: Message | undefined) => (m?.actions ?? []).map((a) => a.label);

const carol = { ...alice, userExternalId: "U-carol", displayName: "Carol" };
const dave = { ...alice, userExternalId: "U-dave", displayName: "Dave" };
const erin = { ...alice, userExternalId: "U-erin", displayName: "Erin" };

/** Monday 23 March 2026, 10:00 in London. */
const NOW = "2026-03-23T10:00:00Z";
/** Saturday 4 April 2026 10:00–13:00 in London (BST): 09:00–12:00 UTC. */
const SAT = "2026-04-04 10:00-13:00";
const HOUR = 3600 * 1000;
/** `hours` before Saturday's shift starts. */
const before = (hours: number) => new Date(Date.parse("2026-04-04T09:00:00Z") - hours * HOUR).toISOString();

describe.each(databases)("finding open cover on $provider", (database) => {
  const t = gatherPerTest(database, { now: NOW });

  beforeEach(async () => {
    await t.command(carol, "shift", "list");
    await t.db.member.updateMany({ where: { displayName: "Carol" }, data: { role: "coordinator" } });
    for (const who of [bob, dave, erin]) await t.command(who, "shift", "checks");
  });

  const add = async (text: string) => {
    await sendAndSave(t, carol, `add ${text}`);
  };
  const holders = async (number: number) => {
    const rows = (await t.db.shift.findFirstOrThrow({ where: { number }, include: { assignments: true } })).assignments;
    const members = await t.db.member.findMany({ where: { id: { in: rows.map((r) => r.memberId) } } });
    return rows.map((r) => members.find((m) => m.id === r.memberId)?.displayName).sort();
  };
  const coverOf = async (number: number) =>
    t.db.coverRequest.findFirstOrThrow({ where: { shift: { number } }, orderBy: { createdAt: "desc" } });
  const jobs = (kind: string) => t.db.job.findMany({ where: { kind }, orderBy: { dueAt: "asc" } });
  const pendingDue = async (kind: string) =>
    (await jobs(kind)).filter((j) => j.status === "pending").map((j) => j.dueAt.toISOString());
  const titles = (to: string) => t.sent.slack.dms(to).map((m) => m.title);

  describe("the rota list", () => {
    it("marks a full shift with open cover and offers Claim, not Sign up; the claim from the list takes it", async () => {
      await add(`Front desk | ${SAT} | Town hall | 1`);
      await add("Café | 2026-04-05 10:00-13:00 | | 2");
      await t.command(alice, "shift", "signup 1");
      await t.command(alice, "shift", "signup 2");
      await t.command(alice, "shift", "cover 1");
      await t.command(alice, "shift", "cover 2");
      const cover1 = await coverOf(1);
      const cover2 = await coverOf(2);

      const list = messageOf((await t.command(bob, "shift", "list")).only());
      expect(plainText(list.text).split("\n")).toEqual([
        "#1 Front desk · 2026-04-04T09:00:00.000Z – 2026-04-04T12:00:00.000Z · Town hall · full · cover needed: 1 place to claim",
        "#2 Café · 2026-04-05T09:00:00.000Z – 2026-04-05T12:00:00.000Z · 1 of 2 places free · cover needed: 1 place to claim",
      ]);
      // A free place on #2 is signed up for; a place someone needs covered is claimed.
      expect(labels(list)).toEqual(["Sign up #2", "Claim #1", "Claim #2"]);
      expect(ids(list).slice(1)).toEqual([`shift.claim:${cover1.id}`, `shift.claim:${cover2.id}`]);
      expect(plainText(list.context)).toBe(
        "Tap Sign up, or type /shift signup <number>. Claim takes the place of someone who needs cover. /shift open lists the requests you can take.",
      );

      // The requester sees the mark on their own shift, but no button to claim it from themselves.
      const own = messageOf((await t.command(alice, "shift", "list")).only());
      expect(plainText(own.text)).toContain("full · you're on it · cover needed: 1 place to claim");
      expect(labels(own)).toEqual([]);

      const claimed = await t.press(bob, ids(list)[1] as string);
      expect(claimed.sent.map((s) => s.kind)).toContain("update");
      expect(await holders(1)).toEqual(["Bob"]);
      const after = messageOf((await t.command(dave, "shift", "list")).only());
      expect(plainText(after.text).split("\n")[0]).toMatch(/· Town hall · full$/);
      expect(labels(after)).toEqual(["Sign up #2", "Claim #2"]);
    });

    it("speaks the member's language: Welsh and Dutch marks, buttons and lists", async () => {
      await add(`Front desk | ${SAT} | Town hall | 1`);
      await t.command(alice, "shift", "signup 1");
      await t.command(alice, "shift", "cover 1");
      const welsh = messageOf((await t.command({ ...bob, locale: "cy" }, "shift", "list")).only());
      expect(plainText(welsh.text)).toMatch(/ · llawn · angen cyflenwi, lleoedd i'w hawlio: 1$/);
      expect(labels(welsh)).toEqual(["Hawlio #1"]);
      const dutch = messageOf((await t.command({ ...dave, locale: "nl" }, "shift", "open")).only());
      expect(dutch.title).toBe("Vervanging die je kunt overnemen");
      expect(plainText(dutch.text)).toMatch(/ · Town hall · vervanging voor: Alice$/);
      expect(labels(dutch)).toEqual(["Overnemen #1"]);
    });

    it("shows no cover mark or hint when nothing needs covering", async () => {
      await add(`Front desk | ${SAT} | Town hall | 1`);
      const list = messageOf((await t.command(bob, "shift", "list")).only());
      expect(plainText(list.text)).not.toContain("cover");
      expect(plainText(list.context)).toBe("Tap Sign up, or type /shift signup <number>.");
    });
  });

  describe("/shift open", () => {
    beforeEach(async () => {
      await add(`Front desk | ${SAT} | Town hall | 1`);
      await add("Night shelter | 2026-04-05 22:00-07:00 | Hall | 1 | dbs_enhanced");
      await add("Café | 2026-04-04 11:00-12:00");
      await t.command(alice, "shift", "signup 1");
      await t.command(carol, "shift", "check @Alice dbs_enhanced 2027-05-01");
      await t.command(carol, "shift", "check @Bob dbs_enhanced 2027-05-01");
      await t.command(alice, "shift", "signup 2");
      await t.command(dave, "shift", "signup 3"); // clashes with #1
    });

    it("lists the requests a member could claim, soonest first, with a Claim button each", async () => {
      await t.command(alice, "shift", "cover 2");
      await t.command(alice, "shift", "cover 1");
      const [c1, c2] = [await coverOf(1), await coverOf(2)];

      const forBob = messageOf((await t.command(bob, "shift", "open")).only());
      expect(forBob.title).toBe("Cover you can take");
      expect(plainText(forBob.text).split("\n")).toEqual([
        "#1 Front desk · 2026-04-04T09:00:00.000Z – 2026-04-04T12:00:00.000Z · Town hall · cover for: Alice",
        "#2 Night shelter · 2026-04-05T21:00:00.000Z – 2026-04-06T06:00:00.000Z · Hall · cover for: Alice",
      ]);
      expect(labels(forBob)).toEqual(["Claim #1", "Claim #2"]);
      expect(ids(forBob)).toEqual([`shift.claim:${c1.id}`, `shift.claim:${c2.id}`]);
      expect(plainText(forBob.context)).toBe("Tap Claim to take one: the first claim wins.");

      // Dave clashes with #1 and has no check for #2; Erin has no check for #2.
      const forDave = messageOf((await t.command(dave, "shift", "open")).only());
      expect(plainText(forDave.text)).toBe("No open cover requests you can take right now. Thank you for looking!");
      expect(forDave.actions).toBeUndefined();
      const forErin = messageOf((await t.command(erin, "shift", "open")).only());
      expect(labels(forErin)).toEqual(["Claim #1"]);
      // Nobody claims their own request.
      expect(textOf((await t.command(alice, "shift", "open")).only())).toBe(
        "No open cover requests you can take right now. Thank you for looking!",
      );

      // Claimed from the list: it is no longer open, so no longer listed.
      await t.press(erin, ids(forErin)[0] as string);
      expect(await holders(1)).toEqual(["Erin"]);
      expect(labels(messageOf((await t.command(bob, "shift", "open")).only()))).toEqual(["Claim #2"]);
    });

    it("shows coordinators every open request with `all`, buttons only where they could claim; others are refused", async () => {
      await t.command(alice, "shift", "cover 1");
      await t.command(alice, "shift", "cover 2");
      await t.command(dave, "shift", "cover 3");
      const all = messageOf((await t.command(carol, "shift", "open all")).only());
      expect(all.title).toBe("Every open cover request");
      expect(
        plainText(all.text)
          .split("\n")
          .map((l) => l.split(" · ")[0]),
      ).toEqual(["#1 Front desk", "#3 Café", "#2 Night shelter"]);
      // Carol has no dbs_enhanced check, and #1 and #3 overlap but she is on neither.
      expect(labels(all)).toEqual(["Claim #1", "Claim #3"]);
      expect(plainText(all.context)).toBe("Only the requests you could take yourself have a Claim button.");

      expect(textOf((await t.command(bob, "shift", "open all")).only())).toMatch(/^Only a network coordinator/);
      expect(textOf((await t.command(bob, "shift", "open everything")).only())).toMatch(/\/shift open \[all\]/);
    });

    it("says so kindly when nothing is open, and leaves out claims awaiting approval", async () => {
      expect(textOf((await t.command(bob, "shift", "open")).only())).toBe(
        "No open cover requests you can take right now. Thank you for looking!",
      );
      expect(textOf((await t.command(carol, "shift", "open all")).only())).toBe("No open cover requests right now.");
      await t.command(carol, "gather", "shifts-settings approval on");
      await t.command(alice, "shift", "cover 1");
      await t.press(erin, `shift.claim:${(await coverOf(1)).id}`);
      expect((await coverOf(1)).status).toBe("pending_approval");
      expect(textOf((await t.command(bob, "shift", "open")).only())).toMatch(/^No open cover requests/);
    });

    it("is in the help for /shift", async () => {
      const help = JSON.stringify((await t.command(bob, "shift", "help")).sent);
      expect(help).toContain("Open cover requests you can take (coordinators: all)");
    });
  });

  describe("offered at once", () => {
    beforeEach(async () => {
      await add(`Front desk | ${SAT} | Town hall | 1`);
      await add("Café | 2026-04-04 11:00-12:00");
      await t.command(alice, "shift", "signup 1");
      await t.command(dave, "shift", "signup 2"); // clashes: Dave can't take #1
    });

    it("reaches eligible volunteers at the next tick, not only 24 hours before; exactly once", async () => {
      t.clock.set(before(51));
      await t.command(alice, "shift", "cover 1");
      // The offer now; the 72-hour mark has passed; the 24- and 4-hour re-sends still follow.
      expect(await pendingDue("shift.cover-offer")).toEqual([before(51)]);
      expect(await pendingDue("shift.cover-escalate")).toEqual([before(24), before(4)]);
      expect(titles("U-bob")).toEqual([]);

      await t.tick();
      expect(titles("U-bob")).toEqual(["Can you cover shift #1 Front desk?"]);
      expect(titles("U-erin")).toEqual(["Can you cover shift #1 Front desk?"]);
      const offer = t.sent.slack.dms("U-bob")[0];
      expect(plainText(offer?.text)).toBe("Can you take this shift? The first to claim it gets it.");
      expect(ids(offer)).toEqual([`shift.claim:${(await coverOf(1)).id}`]);
      expect(titles("U-dave")).toEqual([]);
      expect(titles("U-alice")).toEqual([]);

      await t.tick();
      expect(titles("U-bob")).toHaveLength(1);
      t.clock.set(before(24));
      await t.tick();
      expect(titles("U-bob")).toEqual([
        "Can you cover shift #1 Front desk?",
        "Still uncovered, 24 hours to go: shift #1 Front desk",
      ]);

      // The offer's Claim button works like the card's.
      await t.press(erin, ids(offer)[0] as string);
      expect(await holders(1)).toEqual(["Erin"]);
    });

    it("is offered in each volunteer's own language", async () => {
      await t.command(erin, "gather", "language nl");
      await t.command(bob, "gather", "language cy");
      t.clock.set(before(51));
      await t.command(alice, "shift", "cover 1");
      await t.tick();
      expect(titles("U-erin")).toEqual(["Kun jij dienst #1 Front desk overnemen?"]);
      expect(titles("U-bob")).toEqual(["Allwch chi gyflenwi shifft #1 Front desk?"]);
      expect(labels(t.sent.slack.dms("U-bob")[0])).toEqual(["Hawlio"]);
    });

    it.each([
      [30, [4]],
      [73, [24, 4]],
      [100, [24, 4]],
      [110, [72, 24, 4]],
      [5, []],
      [13, [4]],
    ])(
      "made %i hours ahead, drops a re-send less than half its lead time after the offer: %j remain",
      async (ahead, left) => {
        t.clock.set(before(ahead));
        await t.command(alice, "shift", "cover 1");
        expect(await pendingDue("shift.cover-offer")).toEqual([before(ahead)]);
        expect(await pendingDue("shift.cover-escalate")).toEqual(left.map((h) => before(h)));
        // The coordinators are still told when nobody claims, half the last interval before.
        expect(await pendingDue("shift.cover-coordinators")).toEqual([before(2)]);
      },
    );

    it("is planned with the request, so an instance started after a crash sends it, and only once", async () => {
      t.clock.set(before(51));
      await t.command(alice, "shift", "cover 1");
      // This instance stops before its tick; another one on the same database takes over.
      const next = testGather(t.database, { now: before(51) });
      await next.tick();
      expect(next.sent.slack.dms("U-bob").map((m) => m.title)).toEqual(["Can you cover shift #1 Front desk?"]);
      await t.tick();
      const third = testGather(t.database, { now: before(50) });
      await third.tick();
      expect(titles("U-bob")).toEqual([]);
      expect(third.sent.slack.dms("U-bob")).toEqual([]);
      expect((await jobs("shift.cover-offer")).map((j) => j.status)).toEqual(["done"]);
    });

    it("is not sent when the request is claimed or withdrawn first", async () => {
      t.clock.set(before(51));
      await t.command(alice, "shift", "cover 1");
      await t.press(bob, `shift.claim:${(await coverOf(1)).id}`);
      expect((await jobs("shift.cover-offer")).map((j) => j.status)).toEqual(["cancelled"]);
      await t.tick();
      expect(titles("U-erin")).toEqual([]);
      // Withdrawn, the same.
      await t.command(bob, "shift", "cover 1");
      await t.command(bob, "shift", "withdraw 1");
      await t.tick();
      expect(titles("U-erin")).toEqual([]);
      expect((await jobs("shift.cover-offer")).map((j) => j.status)).toEqual(["cancelled", "cancelled"]);
    });

    it("says so when sent late; over two hours late it is skipped, coordinators hear so, and the re-sends follow", async () => {
      t.clock.set(before(51));
      await t.command(alice, "shift", "cover 1");
      t.clock.set(new Date(Date.parse(before(51)) + 90 * 60 * 1000).toISOString());
      await t.tick();
      expect(titles("U-bob")).toEqual(["Can you cover shift #1 Front desk? (delayed)"]);

      await add("Kitchen | 2026-04-05 10:00-13:00");
      await t.command(erin, "shift", "signup 3");
      await t.command(erin, "shift", "cover 3");
      const toCarol = t.sent.slack.dms("U-carol").length;
      t.clock.set(before(45));
      await t.tick();
      expect(titles("U-bob")).toHaveLength(1);
      expect((await jobs("shift.cover-offer")).map((j) => j.status)).toEqual(["done", "skipped"]);
      expect(plainText(t.sent.slack.dms("U-carol").slice(toCarol).at(-1)?.text)).toMatch(
        /^Gather was offline for too long, so this scheduled message was not sent: shift.cover-offer/,
      );
      // Each request still has its 24- and 4-hour re-sends.
      expect(await pendingDue("shift.cover-escalate")).toHaveLength(4);
    });
  });
});

describe.each(databases)("the at-once offer within the ping limits on $provider", (database) => {
  const t = gatherPerTest(database, { now: NOW, limits: { commandsPerMinute: 10_000, pingsPerHour: 1 } });

  it("counts as one ping of whoever asked; over the limit the request is posted and re-sent, not offered now", async () => {
    await t.command(carol, "shift", "list");
    await t.db.member.updateMany({ where: { displayName: "Carol" }, data: { role: "coordinator" } });
    await t.command(bob, "shift", "checks");
    await add(`Front desk | ${SAT} | Town hall | 1`);
    await add("Café | 2026-04-05 10:00-13:00");
    await t.command(alice, "shift", "signup 1");
    await t.command(alice, "shift", "signup 2");

    const first = await t.command(alice, "shift", "cover 1");
    expect(first.sent.map((s) => s.kind)).toEqual(["public", "private"]);
    const second = await t.command(alice, "shift", "cover 2");
    expect(second.sent.map((s) => s.kind)).toEqual(["public", "private"]);
    expect(await t.db.coverRequest.count({ where: { status: "open" } })).toBe(2);
    expect(await t.db.job.count({ where: { kind: "shift.cover-offer" } })).toBe(1);
    expect(await t.db.job.count({ where: { kind: "shift.cover-escalate", status: "pending" } })).toBe(6);
    await t.tick();
    expect(t.sent.slack.dms("U-bob").map((m) => m.title)).toEqual(["Can you cover shift #1 Front desk?"]);
  });

  async function add(text: string) {
    await sendAndSave(t, carol, `add ${text}`);
  }
});
