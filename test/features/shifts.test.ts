import { beforeEach, describe, expect, it } from "vitest";
import { plainText, type Message } from "../../src/core/message.js";
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
const labels = (m: Message | undefined) => (m?.actions ?? []).map((a) => a.label);

const carol = { ...alice, userExternalId: "U-carol", displayName: "Carol" };
const dave = { ...alice, userExternalId: "U-dave", displayName: "Dave" };

/** Monday 23 March 2026, 10:00 in London (still GMT; summer time starts on the 29th). */
const NOW = "2026-03-23T10:00:00Z";
/** Saturday 4 April 2026 10:00–13:00 in London (BST): 09:00–12:00 UTC. */
const SAT = "2026-04-04 10:00-13:00";

describe.each(databases)("volunteer shifts on $provider", (database) => {
  const t = gatherPerTest(database, { now: NOW });

  beforeEach(async () => {
    await t.command(carol, "shift", "list");
    await t.db.member.updateMany({ where: { displayName: "Carol" }, data: { role: "coordinator" } });
  });

  /** `/shift add` answers with the echo of what it read; nothing is stored until Save. */
  const echo = async (text: string, command = "add") => {
    const sent = (await t.command(carol, "shift", `${command} ${text}`)).only();
    expect(sent.kind).toBe("private");
    return messageOf(sent);
  };
  /** Presses the echo's Save: the answer that replaces it. */
  const save = async (echoed: Message) => {
    const id = ids(echoed).find((i) => i.startsWith("shift.draft-save:"));
    if (!id) throw new Error(`no Save button on: ${echoed.title ?? plainText(echoed.text)}`);
    return messageOf((await t.press(carol, id)).only());
  };
  const add = async (text: string) => save(await echo(text));
  /** `/shift edit` with a new time: echoed, then saved. */
  const move = async (text: string) => save(await echo(text, "edit"));
  const shift = (number: number) =>
    t.db.shift.findFirstOrThrow({ where: { number }, include: { assignments: { orderBy: { slot: "asc" } } } });
  const holders = async (number: number) => {
    const rows = (await shift(number)).assignments;
    const members = await t.db.member.findMany({ where: { id: { in: rows.map((r) => r.memberId) } } });
    return rows.map((r) => members.find((m) => m.id === r.memberId)?.displayName);
  };
  const signUp = async (actor: typeof alice, number: number) => t.command(actor, "shift", `signup ${number}`);
  const pendingJobs = (kind: string) =>
    t.db.job.findMany({ where: { kind, status: "pending" }, orderBy: { dueAt: "asc" } });

  describe("the rota", () => {
    it("keeps a draft for the coordinator who made it: another coordinator, here or elsewhere, cannot save or cancel it", async () => {
      const echoed = await echo(`Front desk | ${SAT}`);
      const [saveId, , cancelId] = ids(echoed) as [string, string, string];
      for (const other of [dave, mallory]) {
        await t.command(other, "shift", "list");
        await t.db.member.updateMany({ where: { displayName: other.displayName }, data: { role: "coordinator" } });
        for (const id of [saveId, cancelId])
          expect(textOf((await t.press(other, id)).only())).toBe(
            "That button no longer works. Please run the command again.",
          );
      }
      expect(await t.db.shift.count()).toBe(0);
      expect(plainText((await save(echoed)).text)).toMatch(/^Added shift #1 Front desk/);
    });

    it("adds a shift from one line, reading the time in the network's zone and echoing it", async () => {
      const echoed = await echo(`Front desk | ${SAT} | Town hall | 2 | dbs_enhanced, Safeguarding`);
      expect(echoed.title).toBe("Check before saving: Front desk");
      expect(plainText(echoed.text)).toBe("Sat 4 Apr 2026, 10:00–13:00 (Europe/London)");
      expect(echoed.fields?.map((f) => [f.label, plainText(f.value)])).toEqual([
        ["Where", "Town hall"],
        ["Places", "2"],
        ["Checks needed", "dbs_enhanced, safeguarding"],
      ]);
      expect(labels(echoed)).toEqual(["Save", "Edit", "Cancel"]);
      // Nothing is in the rota, and no number is used, until Save.
      expect(await t.db.shift.count()).toBe(0);
      expect(await t.db.auditEntry.count({ where: { action: "shift.created" } })).toBe(0);
      const reply = await save(echoed);
      expect(plainText(reply.text)).toBe("Added shift #1 Front desk: Sat 4 Apr 2026, 10:00–13:00 (Europe/London).");
      const row = await shift(1);
      expect(row).toMatchObject({
        role: "Front desk",
        place: "Town hall",
        capacity: 2,
        requiredChecks: JSON.stringify(["dbs_enhanced", "safeguarding"]),
        status: "open",
        channelId: "C-test",
      });
      expect(row.startsAt.toISOString()).toBe("2026-04-04T09:00:00.000Z");
      expect(row.endsAt.toISOString()).toBe("2026-04-04T12:00:00.000Z");
      expect(ids(reply)).toEqual([`shift.signup:${row.id}`]);
      expect(await t.db.auditEntry.count({ where: { action: "shift.created" } })).toBe(1);
      expect((await t.db.network.findUniqueOrThrow({ where: { id: row.networkId } })).lastShiftNumber).toBe(1);
    });

    it("reads natural language with the date reader, and a night shift ends the next morning", async () => {
      expect(plainText((await add("Kitchen | Saturday 4 April 6pm to 9pm")).text)).toBe(
        "Added shift #1 Kitchen: Sat 4 Apr 2026, 18:00–21:00 (Europe/London).",
      );
      expect(plainText((await add("Night shelter | 2026-04-04 22:00-07:00")).text)).toBe(
        "Added shift #2 Night shelter: Sat 4 Apr 2026, 22:00–Sun 5 Apr 07:00 (Europe/London).",
      );
      expect((await shift(2)).endsAt.toISOString()).toBe("2026-04-05T06:00:00.000Z");
    });

    it("opens a form of five fields when given nothing, and takes it submitted", async () => {
      const sent = (await t.command(carol, "shift", "add")).only();
      expect(sent.kind).toBe("form");
      if (sent.kind === "form")
        expect(sent.form.fields.map((f) => f.id)).toEqual(["role", "when", "place", "capacity", "checks"]);
      const submitted = (
        await t.form(carol, "shift.add", { role: "Café", when: SAT, place: "", capacity: "3", checks: "" })
      ).only();
      expect(await t.db.shift.count()).toBe(0);
      await save(messageOf(submitted));
      expect(await shift(1)).toMatchObject({ role: "Café", capacity: 3, place: null, requiredChecks: "[]" });
    });

    it("saves an echo once, however often Save is pressed; Cancel keeps nothing; Edit gives the form back filled in", async () => {
      const echoed = await echo(`Front desk | ${SAT} | Town hall | 2`);
      const [saveId, editId, cancelId] = ids(echoed) as [string, string, string];
      const form = (await t.press(carol, editId)).only();
      if (form.kind !== "form") throw new Error(`expected a form, got ${form.kind}`);
      expect(Object.fromEntries(form.form.fields.map((f) => [f.id, f.value]))).toEqual({
        role: "Front desk",
        when: "2026-04-04 10:00-13:00",
        place: "Town hall",
        capacity: "2",
        checks: undefined,
      });
      expect(textOf((await t.press(bob, saveId)).only())).toMatch(/^Only a network coordinator/);
      expect(textOf((await t.press(carol, saveId)).only())).toMatch(/^Added shift #1 Front desk/);
      expect(textOf((await t.press(carol, saveId)).only())).toBe(
        "This was already saved or cancelled, or it waited over a day. Nothing else was changed.",
      );
      expect(textOf((await t.press(carol, cancelId)).only())).toBe("Not saved. Nothing was kept.");
      expect(await t.db.shift.count()).toBe(1);

      const other = await echo("Café | 2026-04-05 10:00-13:00");
      expect(textOf((await t.press(carol, ids(other)[2] as string)).only())).toBe("Not saved. Nothing was kept.");
      expect(textOf((await t.press(carol, ids(other)[0] as string)).only())).toMatch(/^This was already saved/);
      expect(await t.db.shift.count()).toBe(1);
      // What waited for Save is not kept once taken.
      expect((await t.db.job.findMany({ where: { kind: "shift.draft" } })).map((j) => j.payload)).toEqual(["{}", "{}"]);
    });

    it("forgets an echo not saved within a day, and refuses one whose time has passed meanwhile", async () => {
      const late = await echo("Desk | 2026-03-23 12:00-13:00");
      const forgotten = await echo(`Front desk | ${SAT}`);
      t.clock.set("2026-03-23T12:30:00Z");
      expect(textOf((await t.press(carol, ids(late)[0] as string)).only())).toBe(
        "That time has passed meanwhile. Nothing was saved: send it again with a new time.",
      );
      t.clock.set("2026-03-24T10:30:00Z");
      await t.tick();
      expect(textOf((await t.press(carol, ids(forgotten)[0] as string)).only())).toMatch(/^This was already saved/);
      expect(await t.db.shift.count()).toBe(0);
      expect((await t.db.job.findMany({ where: { kind: "shift.draft" } })).map((j) => j.payload)).toEqual(["{}", "{}"]);
    });

    it.each([
      ["an unreadable time", "Desk | whenever", /^I couldn't read “whenever” as a date or time\. For example: /],
      ["a past time", "Desk | 2026-03-01 10:00-12:00", /^That's in the past/],
      ["a bad check name", `Desk | ${SAT} | Hall | 1 | DBS!`, /isn't a check name/],
      ["too many places", `Desk | ${SAT} | Hall | 99`, /Places must be a whole number from 1 to 50/],
    ])("refuses %s and stores nothing", async (_name, text, expected) => {
      const sent = (await t.command(carol, "shift", `add ${text}`)).only();
      expect(sent.kind).toBe("private");
      expect(textOf(sent)).toMatch(expected);
      expect(await t.db.shift.count()).toBe(0);
    });

    it("reads one sentence into the role, time, place and places, in English, Welsh and Dutch", async () => {
      const echoed = await echo("Market stall Saturday 10-1 at the Gillingham hub, 2 volunteers");
      expect(echoed.title).toBe("Check before saving: Market stall");
      expect(plainText(echoed.text)).toBe("Sat 28 Mar 2026, 10:00–13:00 (Europe/London)");
      expect(echoed.fields?.map((f) => [f.label, plainText(f.value)])).toEqual([
        ["Where", "the Gillingham hub"],
        ["Places", "2"],
      ]);
      expect(await t.db.shift.count()).toBe(0);
      await save(echoed);
      const row = await shift(1);
      expect(row).toMatchObject({ role: "Market stall", place: "the Gillingham hub", capacity: 2 });
      expect([row.startsAt.toISOString(), row.endsAt.toISOString()]).toEqual([
        "2026-03-28T10:00:00.000Z",
        "2026-03-28T13:00:00.000Z",
      ]);

      await add("Stondin farchnad dydd Sadwrn 4 Ebrill 10-1 yn yr hyb, 2 wirfoddolwr");
      expect(await shift(2)).toMatchObject({ role: "Stondin farchnad", place: "yr hyb", capacity: 2 });
      await add("Marktkraam zaterdag 4 april van 10 tot 13 uur op de markt, 3 vrijwilligers");
      const dutch = await shift(3);
      expect(dutch).toMatchObject({ role: "Marktkraam", place: "de markt", capacity: 3 });
      expect(dutch.startsAt.toISOString()).toBe("2026-04-04T09:00:00.000Z");
      // A title with a number and a place with a weekday in it keep them: the longer reading is the time.
      await add("Room 2 clean-up Sat 4 April 2pm-4pm at Sun Pier");
      expect(await shift(4)).toMatchObject({ role: "Room 2 clean-up", place: "Sun Pier", capacity: 1 });
    });

    it.each([
      [
        "no time",
        "Market stall at the Gillingham hub, 2 volunteers",
        "I couldn't find when the shift is. Try: /shift add Market stall Saturday 10am-1pm at the Gillingham hub, 2 volunteers",
      ],
      [
        "a day without times",
        "Market stall Saturday at the hub",
        "At what time? Try: /shift add Market stall Saturday 10am-1pm at the hub",
      ],
      ["no role", "Saturday 10-1", "I couldn't find what the shift is. Try: /shift add Front desk Saturday 10-1"],
      ["an impossible date", "Market stall 31 April 10-1", /^There is no such date or time: 31 April\. Try: /],
    ])(
      "asks for the part of a sentence it could not read (%s), in the member's words, storing nothing",
      async (_name, text, expected) => {
        const sent = (await t.command(carol, "shift", `add ${text}`)).only();
        expect(sent.kind).toBe("private");
        if (typeof expected === "string") expect(textOf(sent)).toBe(expected);
        else expect(textOf(sent)).toMatch(expected);
        expect(await t.db.shift.count()).toBe(0);
        expect(await t.db.job.count({ where: { kind: "shift.draft" } })).toBe(0);
      },
    );

    it("lets only coordinators change the rota", async () => {
      expect(textOf((await t.command(bob, "shift", `add Desk | ${SAT}`)).only())).toMatch(
        /^Only a network coordinator can do that/,
      );
      expect(textOf((await t.command(bob, "shift", "import x")).only())).toMatch(/^Only a network coordinator/);
      expect(textOf((await t.command(bob, "shift", "at-risk")).only())).toMatch(/^Only a network coordinator/);
      expect(await t.db.shift.count()).toBe(0);
    });

    it("gives the CSV template as a file, and imports all rows or none", async () => {
      const template = messageOf((await t.command(carol, "shift", "template")).only());
      expect(template.files?.map((f) => [f.name, f.contentType])).toEqual([["shifts-template.csv", "text/csv"]]);
      expect(template.files?.[0]?.content.split("\r\n")[0]).toBe("role,date,start,end,place,capacity,checks");

      const bad = [
        "role,date,start,end,place,capacity,checks",
        "Front desk,2026-04-04,10:00,13:00,Town hall,2,",
        "Café,2026-04-31,10:00,13:00,,1,",
        "Kitchen,2026-04-05,10:00,13:00,,0,",
        ",2026-04-05,10:00,13:00,,1,",
        "Garden,2026-03-01,10:00,13:00,,1,",
      ].join("\n");
      const refused = messageOf((await t.command(carol, "shift", `import ${bad}`)).only());
      expect(refused.title).toBe("Nothing was saved: 4 lines need fixing");
      expect(plainText(refused.text).split("\n")).toEqual([
        "Line 3: There is no such date or time: 2026-04-31. For example: Saturday 10am-1pm or 15/12/2026 22:00-07:00.",
        "Line 4: “0” places: use a whole number from 1 to 50",
        "Line 5: the role is missing",
        "Line 6: 2026-03-01 is in the past",
      ]);
      expect(plainText(refused.context)).toMatch(/No shift was added/);
      expect(await t.db.shift.count()).toBe(0);

      const good = [
        "Front desk,2026-04-04,10:00,13:00,Town hall,2,",
        '"Night shelter",2026-04-04,22:00,07:00,"St Mary\'s, Church St",1,dbs_enhanced safeguarding',
        "Café,2026-04-05,10:00,13:00,,,",
      ].join("\n");
      const done = messageOf((await t.command(carol, "shift", `import ${good}`)).only());
      expect(done.title).toBe("Added 3 shifts, #1 to #3");
      expect(await shift(2)).toMatchObject({
        place: "St Mary's, Church St",
        requiredChecks: JSON.stringify(["dbs_enhanced", "safeguarding"]),
      });
      // One line, rows separated by ";" (a platform that keeps one line), through the form too.
      await t.form(carol, "shift.import", { csv: "Desk,2026-04-06,09:00,10:00,,1,;Desk,2026-04-06,10:00,11:00,,1," });
      expect(await t.db.shift.count()).toBe(5);
      expect(await t.db.auditEntry.count({ where: { action: "shift.created" } })).toBe(5);
    });
  });

  describe("signing up", () => {
    it("lists upcoming shifts with free places, and takes a place with one tap", async () => {
      await add(`Front desk | ${SAT} | Town hall | 2`);
      await add("Café | 2026-04-05 10:00-13:00");
      const list = messageOf((await t.command(bob, "shift", "")).only());
      expect(list.title).toBe("Upcoming shifts");
      expect(plainText(list.text).split("\n")).toEqual([
        "#1 Front desk · 2026-04-04T09:00:00.000Z – 2026-04-04T12:00:00.000Z · Town hall · 2 of 2 places free",
        "#2 Café · 2026-04-05T09:00:00.000Z – 2026-04-05T12:00:00.000Z · 1 of 1 places free",
      ]);
      expect(labels(list)).toEqual(["Sign up #1", "Sign up #2"]);
      const done = (await t.press(bob, ids(list)[0] as string)).only();
      expect(textOf(done)).toBe("You're on shift #1 Front desk. Thank you! It starts 2026-04-04T09:00:00.000Z");
      expect(await holders(1)).toEqual(["Bob"]);
      expect(textOf((await t.press(bob, ids(list)[0] as string)).only())).toBe("You're already on shift #1.");
      const again = messageOf((await t.command(bob, "shift", "list")).only());
      expect(plainText(again.text)).toContain("1 of 2 places free · you're on it");
      expect(labels(again)).toEqual(["Sign up #2"]);
      // The reminder for the day before is planned with the place.
      const [reminder] = await pendingJobs("shift.remind");
      expect(reminder?.dueAt.toISOString()).toBe("2026-04-03T09:00:00.000Z");
      expect(await t.db.auditEntry.count({ where: { action: "shift.signed_up" } })).toBe(1);
    });

    it("never goes over capacity, even with everyone tapping at once", async () => {
      await add(`Front desk | ${SAT} | Town hall | 3`);
      const people = Array.from({ length: 10 }, (_, i) => ({
        ...alice,
        userExternalId: `U-v${i}`,
        displayName: `Volunteer ${i}`,
      }));
      for (const p of people) await t.command(p, "shift", "checks");
      const replies = await Promise.all(people.map((p) => signUp(p, 1)));
      const texts = replies.map((r) => textOf(r.only()));
      expect(texts.filter((x) => x.startsWith("You're on shift #1"))).toHaveLength(3);
      expect(texts.filter((x) => x === "Shift #1 is full. Try another one from /shift list.")).toHaveLength(7);
      const rows = (await shift(1)).assignments;
      expect(rows.map((r) => r.slot)).toEqual([1, 2, 3]);
    });

    it("refuses full, past, overlapping and not-eligible sign-ups with the reason, changing nothing", async () => {
      await add(`Front desk | ${SAT} | Town hall | 1`);
      await add("Café | 2026-04-04 12:00-15:00");
      await add(`Shelter | 2026-04-05 22:00-07:00 | Hall | 1 | dbs_enhanced`);
      await add("Soon | 2026-03-23 12:00-13:00");
      await signUp(alice, 1);
      expect(textOf((await signUp(bob, 1)).only())).toBe("Shift #1 is full. Try another one from /shift list.");
      expect(textOf((await signUp(alice, 2)).only())).toBe(
        "You can't take shift #2: it overlaps shift #1. Nothing has changed.",
      );
      expect(textOf((await signUp(bob, 3)).only())).toBe(
        "You can't take shift #3: it needs a valid dbs_enhanced check. Nothing has changed.",
      );
      expect(textOf((await signUp(bob, 9)).only())).toBe("There is no shift #9. See upcoming shifts with /shift list.");
      expect(textOf((await signUp(mallory, 1)).only())).toBe(
        "There is no shift #1. See upcoming shifts with /shift list.",
      );
      t.clock.set("2026-03-23T12:30:00Z");
      expect(textOf((await signUp(bob, 4)).only())).toBe("Shift #4 has already started, so it can't change now.");
      expect(await t.db.shiftAssignment.count()).toBe(1);
    });

    it("shows a volunteer their own shifts with an .ics file and a Need cover button each", async () => {
      await add(`Front desk | ${SAT} | Town hall | 2`);
      await add("Café | 2026-04-05 10:00-13:00");
      await signUp(bob, 1);
      await signUp(bob, 2);
      const mine = messageOf((await t.command(bob, "shift", "mine")).only());
      expect(mine.title).toBe("Your shifts");
      expect(labels(mine)).toEqual(["Need cover #1", "Need cover #2"]);
      const [ics] = mine.files ?? [];
      expect(ics?.name).toBe("my-shifts.ics");
      expect(ics?.contentType).toBe("text/calendar");
      expect(ics?.content).toContain("DTSTART:20260404T090000Z");
      expect(ics?.content).toContain("SUMMARY:Front desk (#1)");
      expect(ics?.content).toContain("LOCATION:Town hall");
      expect(ics?.content.match(/BEGIN:VEVENT/g)).toHaveLength(2);
      // Need cover opens the reason form about that shift.
      const form = (await t.press(bob, ids(mine)[0] as string)).only();
      expect(form).toMatchObject({ kind: "form", form: { id: "shift.cover:1", fields: [{ id: "reason" }] } });
      expect(textOf((await t.command(alice, "shift", "mine")).only())).toMatch(/^You have no upcoming shifts/);
    });
  });

  describe("cover", () => {
    beforeEach(async () => {
      await add(`Front desk | ${SAT} | Town hall | 1`);
      await signUp(alice, 1);
      await t.command(bob, "shift", "checks");
    });

    it("posts a request with a Claim button, keeps the reason for coordinators, and the first claim wins", async () => {
      const asked = await t.command(alice, "shift", "cover 1 My daughter is unwell");
      expect(asked.sent.map((s) => s.kind)).toEqual(["public", "private"]);
      const card = messageOf(asked.sent[0]);
      expect(card.title).toBe("Cover needed: shift #1 Front desk");
      expect(JSON.stringify(card)).not.toContain("unwell");
      expect(labels(card)).toEqual(["Claim"]);
      expect(textOf(asked.sent[1])).toBe("Cover requested for shift #1. You're still on it until someone claims it.");
      const [toCarol] = t.sent.slack.dms("U-carol");
      expect(toCarol?.title).toBe("Cover requested: shift #1 Front desk");
      expect(toCarol?.fields).toEqual([{ label: "Reason", value: "My daughter is unwell" }]);
      expect(t.sent.slack.dms("U-bob")).toEqual([]);
      const cover = await t.db.coverRequest.findFirstOrThrow();
      expect(cover).toMatchObject({ status: "open", reason: "My daughter is unwell", channelId: "C-test" });
      // Still Alice's until someone claims.
      expect(await holders(1)).toEqual(["Alice"]);
      expect(textOf((await t.command(alice, "shift", "cover 1")).only())).toBe(
        "You've already asked for cover on shift #1.",
      );
      expect(textOf((await t.press(alice, ids(card)[0] as string)).only())).toBe(
        "That's your own shift (#1): you can't claim it.",
      );

      const claimed = await t.press(bob, ids(card)[0] as string);
      expect(claimed.sent.map((s) => s.kind)).toEqual(["update", "private"]);
      expect(textOf(claimed.sent[0])).toBe("Bob is covering shift #1 Front desk. Thank you!");
      expect(await holders(1)).toEqual(["Bob"]);
      expect((await t.db.coverRequest.findFirstOrThrow()).status).toBe("covered");
      expect(plainText(t.sent.slack.dms("U-alice").at(-1)?.text)).toBe(
        "Bob is covering your shift #1 Front desk: you're no longer on it.",
      );
      expect(plainText(t.sent.slack.dms("U-carol").at(-1)?.text)).toBe("Bob is covering shift #1 for Alice.");
      // The reminder moved to Bob; the escalations are off.
      const reminders = await pendingJobs("shift.remind");
      expect(reminders.map((j) => JSON.parse(j.payload).memberId)).toEqual([
        (await t.db.member.findFirstOrThrow({ where: { displayName: "Bob" } })).id,
      ]);
      expect(await pendingJobs("shift.cover-escalate")).toEqual([]);

      expect(textOf((await t.press(dave, ids(card)[0] as string)).only())).toBe(
        "Thanks for offering! Someone has already taken shift #1.",
      );
      expect(await holders(1)).toEqual(["Bob"]);
      const actions = (await t.db.auditEntry.findMany({ orderBy: { at: "asc" } })).map((a) => a.action);
      expect(actions).toEqual(
        expect.arrayContaining(["shift.cover_asked", "shift.cover_covered", "shift.handed_over"]),
      );
    });

    it("lets a coordinator ask cover for a volunteer who rang in ill: the volunteer is told and may take it back", async () => {
      const asked = await t.command(carol, "shift", "cover-for 1 Alice | rang in with flu");
      expect(asked.sent.map((s) => s.kind)).toEqual(["public", "private"]);
      const card = messageOf(asked.sent[0]);
      expect(card.title).toBe("Cover needed: shift #1 Front desk");
      expect(plainText(card.context)).toBe("Cover for Alice");
      expect(JSON.stringify(card)).not.toContain("flu");
      expect(labels(card)).toEqual(["Claim"]);
      expect(textOf(asked.sent[1])).toBe("Cover requested for Alice on shift #1; Alice has been told.");
      const told = t.sent.slack.dms("U-alice").at(-1);
      expect(told?.title).toBe("Cover asked for you: shift #1");
      expect(plainText(told?.text)).toMatch(/^Carol asked for someone to cover you on shift #1\. You keep your place/);
      expect(told?.context).toBe("Can come after all? /shift withdraw 1 takes the request back.");
      // Carol asked, so only the other coordinators would be told; the cover is Alice's, the audit names Carol.
      expect(t.sent.slack.dms("U-carol")).toEqual([]);
      const [aliceId, carolId] = await Promise.all(
        ["Alice", "Carol"].map(async (n) => (await t.db.member.findFirstOrThrow({ where: { displayName: n } })).id),
      );
      expect(await t.db.coverRequest.findFirstOrThrow()).toMatchObject({
        requesterId: aliceId,
        reason: "rang in with flu",
        status: "open",
      });
      const audit = await t.db.auditEntry.findFirstOrThrow({ where: { action: "shift.cover_asked" } });
      expect(audit.actorId).toBe(carolId);
      expect(await pendingJobs("shift.cover-escalate")).not.toEqual([]);

      // Alice can come after all: she takes it back herself.
      expect(textOf((await t.command(alice, "shift", "withdraw 1")).only())).toMatch(
        /^Withdrawn: you're keeping shift #1/,
      );
      await t.command(carol, "shift", "cover-for #1 <@U-alice>");
      expect(textOf((await t.command(carol, "shift", "cover-for 1 Alice")).only())).toBe(
        "Cover has already been asked for Alice's place on shift #1.",
      );
      const again = await t.db.coverRequest.findFirstOrThrow({ where: { status: "open" } });
      expect(again.reason).toBeNull();
      const copy = await t.db.postedCard.findFirstOrThrow({ where: { subjectId: again.id } });
      expect(copy.subjectType).toBe("cover");
    });

    it("refuses cover-for from volunteers, for someone not on the shift, or for nobody, changing nothing", async () => {
      expect(textOf((await t.command(bob, "shift", "cover-for 1 Alice")).only())).toMatch(
        /^Only a network coordinator/,
      );
      expect(textOf((await t.command(carol, "shift", "cover-for 1 Bob")).only())).toBe(
        "Bob isn't on shift #1. Nothing has changed.",
      );
      expect(textOf((await t.command(carol, "shift", "cover-for 1 Nobody")).only())).toMatch(/Nobody/);
      expect(textOf((await t.command(carol, "shift", "cover-for 1")).only())).toMatch(/cover-for 12 @member/);
      expect(textOf((await t.command(carol, "shift", "cover-for 9 Alice")).only())).toMatch(/^There is no shift #9/);
      expect(await t.db.coverRequest.count()).toBe(0);
      expect(t.sent.slack.dms("U-alice")).toEqual([]);
    });

    it("refuses a claim from someone not eligible, with the reason, and leaves the request open", async () => {
      await add(`Shelter | 2026-04-05 22:00-07:00 | Hall | 1 | dbs_enhanced`);
      expect(textOf((await signUp(carol, 2)).only())).toMatch(
        /^You can't take shift #2: it needs a valid dbs_enhanced/,
      );
      await t.command(carol, "shift", "check Carol dbs_enhanced 2027-01-01");
      await signUp(carol, 2);
      expect(await holders(2)).toEqual(["Carol"]);
      const card = messageOf((await t.command(carol, "shift", "cover 2")).sent[0]);
      expect(textOf((await t.press(bob, ids(card)[0] as string)).only())).toBe(
        "You can't take shift #2: it needs a valid dbs_enhanced check. Nothing has changed.",
      );
      await t.command(carol, "shift", "check <@U-bob> dbs_enhanced 2026-04-05");
      expect(textOf((await t.press(bob, ids(card)[0] as string)).only())).toBe(
        "You can't take shift #2: the dbs_enhanced check expires on 5 Apr 2026, before the shift ends. Nothing has changed.",
      );
      await t.command(carol, "shift", "check Bob dbs_enhanced 2027-04-05 pending");
      expect(textOf((await t.press(bob, ids(card)[0] as string)).only())).toBe(
        "You can't take shift #2: the dbs_enhanced check is still pending. Nothing has changed.",
      );
      expect(await holders(2)).toEqual(["Carol"]);
      expect((await t.db.coverRequest.findFirstOrThrow({ where: { shift: { number: 2 } } })).status).toBe("open");
      // Valid now: the claim goes through.
      await t.command(carol, "shift", "check Bob dbs_enhanced 2027-04-05 valid");
      expect((await t.press(bob, ids(card)[0] as string)).sent.map((s) => s.kind)).toEqual(["update", "private"]);
      expect(await holders(2)).toEqual(["Bob"]);
    });

    it("waits for a coordinator's approval when the network asks for it", async () => {
      await t.command(carol, "gather", "shifts-settings approval on");
      expect((await t.db.network.findFirstOrThrow()).coverApproval).toBe(true);
      const card = messageOf((await t.command(alice, "shift", "cover 1")).sent[0]);
      const claimed = await t.press(bob, ids(card)[0] as string);
      expect(textOf(claimed.sent[1])).toBe("Thank you! A coordinator will confirm shift #1; you'll get a message.");
      expect(textOf((await t.press(dave, ids(card)[0] as string)).only())).toMatch(/already taken shift #1/);
      expect(await holders(1)).toEqual(["Alice"]);
      const ask = t.sent.slack.dms("U-carol").at(-1);
      expect(ask?.title).toBe("Approve cover: shift #1 Front desk");
      expect(labels(ask)).toEqual(["Approve", "Decline"]);
      expect(textOf((await t.press(bob, ids(ask)[0] as string)).only())).toMatch(/^Only a network coordinator/);

      expect(textOf((await t.press(carol, ids(ask)[1] as string)).only())).toBe(
        "Declined. Shift #1 is open for cover again.",
      );
      expect(plainText(t.sent.slack.dms("U-bob").at(-1)?.text)).toMatch(/declined your claim on shift #1/);
      expect(await t.db.coverRequest.findFirstOrThrow()).toMatchObject({ status: "open", claimantId: null });

      await t.press(dave, ids(card)[0] as string);
      const second = t.sent.slack.dms("U-carol").at(-1);
      expect(textOf((await t.press(carol, ids(second)[0] as string)).only())).toBe("Dave covers shift #1: approved.");
      expect(await holders(1)).toEqual(["Dave"]);
      expect(plainText(t.sent.slack.dms("U-dave").at(-1)?.text)).toMatch(/^Approved: shift #1 Front desk is yours/);
      expect(textOf((await t.press(carol, ids(second)[0] as string)).only())).toBe(
        "Shift #1's cover claim was already decided.",
      );
    });

    it("posts in the shifts channel when the space has one, and alerts coordinators at once when it's late", async () => {
      await t.command({ ...carol, platformAdmin: true }, "gather", "channel shifts");
      expect((await t.db.space.findFirstOrThrow()).shiftsChannelId).not.toBeNull();
      await t.db.space.updateMany({ data: { shiftsChannelId: "C-rota" } });
      t.clock.set("2026-04-03T20:00:00Z"); // 13 hours before
      const asked = await t.command(alice, "shift", "cover 1 Car broke down");
      expect(asked.sent.map((s) => s.kind)).toEqual(["private"]);
      expect(textOf(asked.only())).toMatch(/in the shifts channel/);
      expect(t.sent.slack.posts("C-rota").map((m) => m.title)).toEqual(["Cover needed: shift #1 Front desk"]);
      expect(t.sent.slack.dms("U-carol").at(-1)?.title).toBe(
        "Late cancellation: shift #1 Front desk starts within 24 hours",
      );
      // 13 h out: only the 4-hour re-broadcast is still ahead, then the coordinators at 2 hours.
      expect((await pendingJobs("shift.cover-escalate")).map((j) => j.dueAt.toISOString())).toEqual([
        "2026-04-04T05:00:00.000Z",
      ]);
      expect((await pendingJobs("shift.cover-coordinators")).map((j) => j.dueAt.toISOString())).toEqual([
        "2026-04-04T07:00:00.000Z",
      ]);
    });

    it("re-broadcasts an uncovered request to eligible volunteers at 72, 24 and 4 hours, then tells coordinators", async () => {
      await add("Café | 2026-04-04 11:00-12:00");
      await signUp(dave, 2); // overlaps: Dave can't take #1, so he is not asked
      await t.command(alice, "shift", "cover 1");
      t.clock.set("2026-04-01T09:00:00Z");
      await t.tick();
      const toBob = t.sent.slack.dms("U-bob");
      expect(toBob.map((m) => m.title)).toEqual(["Still uncovered, 72 hours to go: shift #1 Front desk"]);
      expect(labels(toBob[0])).toEqual(["Claim"]);
      expect(t.sent.slack.dms("U-dave")).toEqual([]);
      expect(t.sent.slack.dms("U-alice")).toEqual([]);
      t.clock.set("2026-04-03T09:00:00Z");
      await t.tick();
      t.clock.set("2026-04-04T05:00:00Z");
      await t.tick();
      expect(t.sent.slack.dms("U-bob")).toHaveLength(3);
      const before = t.sent.slack.dms("U-carol").length;
      t.clock.set("2026-04-04T07:00:00Z");
      await t.tick();
      const told = t.sent.slack.dms("U-carol").slice(before);
      expect(told.map((m) => m.title)).toEqual(["Nobody has covered shift #1 Front desk"]);
      expect(plainText(told[0]?.text)).toMatch(/^Alice still needs cover for shift #1, starting/);

      const list = messageOf((await t.command(carol, "shift", "at-risk")).only());
      expect(plainText(list.text)).toMatch(/^#1 Front desk: cover needed · 2026-04-04T09:00:00.000Z · Alice$/);
    });

    it("a claimed request is not re-broadcast", async () => {
      const card = messageOf((await t.command(alice, "shift", "cover 1")).sent[0]);
      await t.press(bob, ids(card)[0] as string);
      const sent = t.sent.slack.sent.length;
      t.clock.set("2026-04-04T08:00:00Z");
      await t.tick();
      const titles = t.sent.slack.sent.slice(sent).map((o) => o.message.title ?? "");
      expect(titles.filter((title) => /uncovered|Nobody has covered/.test(title))).toEqual([]);
    });
  });

  describe("withdrawing a cover request", () => {
    beforeEach(async () => {
      await add(`Front desk | ${SAT} | Town hall | 1`);
      await signUp(alice, 1);
      await t.command(bob, "shift", "checks");
    });
    const jobStatuses = async (kind: string) =>
      (await t.db.job.findMany({ where: { kind }, orderBy: { dueAt: "asc" } })).map((j) => j.status);

    it("withdraws an open request: its escalations stop and the old Claim button says so", async () => {
      const card = messageOf((await t.command(alice, "shift", "cover 1 Unwell")).sent[0]);
      expect(await jobStatuses("shift.cover-escalate")).toEqual(["pending", "pending", "pending"]);
      const toCarol = t.sent.slack.dms("U-carol").length;

      expect(textOf((await t.command(bob, "shift", "withdraw 1")).only())).toBe(
        "You have no open cover request for shift #1. Nothing has changed.",
      );
      expect(textOf((await t.command(alice, "shift", "withdraw 9")).only())).toBe(
        "There is no shift #9. See upcoming shifts with /shift list.",
      );
      expect((await t.db.coverRequest.findFirstOrThrow()).status).toBe("open");

      expect(textOf((await t.command(alice, "shift", "withdraw #1")).only())).toBe(
        "Withdrawn: you're keeping shift #1, and nobody will be asked to cover it.",
      );
      expect((await t.db.coverRequest.findFirstOrThrow()).status).toBe("withdrawn");
      expect(await jobStatuses("shift.cover-escalate")).toEqual(["cancelled", "cancelled", "cancelled"]);
      expect(await jobStatuses("shift.cover-coordinators")).toEqual(["cancelled"]);
      expect(await pendingJobs("shift.remind")).toHaveLength(1);
      expect(await holders(1)).toEqual(["Alice"]);
      // Open, not claimed: the coordinators aren't bothered.
      expect(t.sent.slack.dms("U-carol")).toHaveLength(toCarol);
      expect(await t.db.auditEntry.count({ where: { action: "shift.cover_withdrawn" } })).toBe(1);

      expect(textOf((await t.press(bob, ids(card)[0] as string)).only())).toBe(
        "Thanks for offering! The cover request for shift #1 was withdrawn: it no longer needs cover.",
      );
      expect(await holders(1)).toEqual(["Alice"]);
      expect(textOf((await t.command(alice, "shift", "withdraw 1")).only())).toMatch(/^You have no open cover request/);
      t.clock.set("2026-04-04T08:00:00Z");
      await t.tick();
      expect(t.sent.slack.dms("U-bob").filter((m) => /uncovered/.test(m.title ?? ""))).toEqual([]);
      const atRisk = messageOf((await t.command(carol, "shift", "at-risk")).only());
      expect(plainText(atRisk.text)).not.toContain("cover needed");
    });

    it("withdraws a request claimed and awaiting approval: the claimant and coordinators are told", async () => {
      await t.command(carol, "gather", "shifts-settings approval on");
      const card = messageOf((await t.command(alice, "shift", "cover 1")).sent[0]);
      await t.press(bob, ids(card)[0] as string);
      const ask = t.sent.slack.dms("U-carol").at(-1);
      expect(ask?.title).toBe("Approve cover: shift #1 Front desk");

      expect(textOf((await t.command(alice, "shift", "withdraw 1")).only())).toMatch(/^Withdrawn/);
      expect(await t.db.coverRequest.findFirstOrThrow()).toMatchObject({ status: "withdrawn" });
      expect(plainText(t.sent.slack.dms("U-carol").at(-1)?.text)).toBe(
        "Alice withdrew the cover request for shift #1 Front desk, so Bob's claim awaiting approval is dropped. They're keeping the shift.",
      );
      expect(plainText(t.sent.slack.dms("U-bob").at(-1)?.text)).toBe(
        "The cover request for shift #1 was withdrawn: the volunteer is keeping it. Thank you for offering.",
      );
      expect(textOf((await t.press(carol, ids(ask)[0] as string)).only())).toBe(
        "Shift #1's cover claim was already decided.",
      );
      expect(await holders(1)).toEqual(["Alice"]);
      // A new request can be made afterwards.
      expect(textOf((await t.command(alice, "shift", "cover 1")).sent[1])).toMatch(/^Cover requested for shift #1/);
    });
  });

  describe("cancelling a shift", () => {
    beforeEach(async () => {
      await add(`Front desk | ${SAT} | Town hall | 3`);
      await add("Café | 2026-04-05 10:00-13:00");
      await signUp(alice, 1);
      await signUp(bob, 1);
    });

    it("asks first when people are on it; Yes tells each of them and drops every job and request", async () => {
      const card = messageOf((await t.command(alice, "shift", "cover 1")).sent[0]);
      expect(textOf((await t.command(bob, "shift", "cancel 1")).only())).toMatch(/^Only a network coordinator/);

      const ask = messageOf((await t.command(carol, "shift", "cancel 1")).only());
      expect(plainText(ask.text)).toBe(
        "Cancel shift #1 Front desk? The volunteers on it (2) will be told. It starts 2026-04-04T09:00:00.000Z – 2026-04-04T12:00:00.000Z",
      );
      expect(labels(ask)).toEqual(["Yes, cancel it", "Keep it"]);
      expect(textOf((await t.press(bob, ids(ask)[0] as string)).only())).toMatch(/^Only a network coordinator/);
      expect(textOf((await t.press(carol, ids(ask)[1] as string)).only())).toBe("Kept: shift #1 is not cancelled.");
      expect((await shift(1)).status).toBe("open");

      const done = (await t.press(carol, ids(ask)[0] as string)).only();
      expect(done.kind).toBe("update");
      expect(textOf(done)).toBe("Cancelled shift #1 Front desk. Told by message: 2 of 2.");
      expect((await shift(1)).status).toBe("cancelled");
      for (const who of ["U-alice", "U-bob"]) {
        const told = t.sent.slack.dms(who).at(-1);
        expect(told?.title).toBe("Cancelled: shift #1 Front desk");
        expect(plainText(told?.text)).toBe(
          "Carol cancelled shift #1 Front desk, which was on 2026-04-04T09:00:00.000Z – 2026-04-04T12:00:00.000Z · Town hall",
        );
      }
      expect(await t.db.coverRequest.findFirstOrThrow()).toMatchObject({ status: "withdrawn" });
      for (const kind of ["shift.remind", "shift.cover-escalate", "shift.cover-coordinators"])
        expect(await pendingJobs(kind)).toEqual([]);
      expect(await t.db.auditEntry.count({ where: { action: "shift.cancelled" } })).toBe(1);

      // Gone from every list; sign-ups, claims and a second Yes are refused.
      const list = messageOf((await t.command(dave, "shift", "list")).only());
      expect(plainText(list.text)).toMatch(/^#2 Café/);
      expect(plainText(list.text)).not.toContain("#1");
      expect(textOf((await t.command(bob, "shift", "mine")).only())).toMatch(/^You have no upcoming shifts/);
      const atRisk = messageOf((await t.command(carol, "shift", "at-risk")).only());
      expect(plainText(atRisk.text)).not.toContain("#1");
      const cancelled = "Shift #1 was cancelled. See upcoming shifts with /shift list.";
      expect(textOf((await signUp(dave, 1)).only())).toBe(cancelled);
      expect(textOf((await t.press(dave, ids(card)[0] as string)).only())).toBe(cancelled);
      expect(textOf((await t.press(carol, ids(ask)[0] as string)).only())).toBe(cancelled);
      expect(textOf((await t.command(carol, "shift", "cancel 1")).only())).toBe(cancelled);
      expect(textOf((await t.command(carol, "shift", "edit 1 capacity: 5")).only())).toBe(cancelled);
      expect(await t.db.shiftAssignment.count({ where: { shift: { number: 1 } } })).toBe(2);

      // The day before, nobody is asked "still coming?".
      const before = t.sent.slack.sent.length;
      t.clock.set("2026-04-03T09:00:00Z");
      await t.tick();
      expect(t.sent.slack.sent.slice(before).map((o) => o.message.title)).toEqual([]);
    });

    it("cancels a shift nobody is on at once, and refuses shifts already started", async () => {
      expect(textOf((await t.command(carol, "shift", "cancel 2")).only())).toBe(
        "Cancelled shift #2 Café. Nobody was on it.",
      );
      expect((await shift(2)).status).toBe("cancelled");
      expect(textOf((await t.command(carol, "shift", "cancel 7")).only())).toBe(
        "There is no shift #7. See upcoming shifts with /shift list.",
      );
      t.clock.set("2026-04-04T09:30:00Z");
      expect(textOf((await t.command(carol, "shift", "cancel 1")).only())).toBe(
        "Shift #1 has already started, so it can't change now.",
      );
      expect((await shift(1)).status).toBe("open");
      expect(await t.db.auditEntry.count({ where: { action: "shift.cancelled" } })).toBe(1);
    });

    it("a confirmation pressed after the shift started changes nothing", async () => {
      const ask = messageOf((await t.command(carol, "shift", "cancel 1")).only());
      t.clock.set("2026-04-04T09:30:00Z");
      expect(textOf((await t.press(carol, ids(ask)[0] as string)).only())).toBe(
        "Shift #1 has already started, so it can't change now.",
      );
      expect((await shift(1)).status).toBe("open");
    });
  });

  describe("editing a shift", () => {
    beforeEach(async () => {
      await add(`Front desk | ${SAT} | Town hall | 2`);
      await add("Café | 2026-04-05 10:00-13:00");
      await signUp(alice, 1);
      await signUp(bob, 1);
      await signUp(bob, 2);
    });

    it("moves a shift: re-plans reminders and escalations and tells each holder what changed", async () => {
      await t.command(alice, "shift", "cover 1");
      const echoed = await echo("1 | 2026-04-06 10:00-13:00 | Library", "edit");
      expect(echoed.title).toBe("Check before moving shift #1 Front desk");
      expect(plainText(echoed.text)).toBe("Mon 6 Apr 2026, 10:00–13:00 (Europe/London)");
      expect(echoed.fields?.map((f) => [f.label, plainText(f.value)])).toEqual([
        ["Was", "2026-04-04T09:00:00.000Z – 2026-04-04T12:00:00.000Z"],
        ["Where", "Library"],
      ]);
      // Nothing moves, and nobody is told, until Save.
      expect((await shift(1)).startsAt.toISOString()).toBe("2026-04-04T09:00:00.000Z");
      expect(t.sent.slack.dms("U-bob").filter((m) => m.title?.startsWith("Changed:"))).toEqual([]);
      const done = await save(echoed);
      expect(plainText(done.text)).toBe(
        "Saved shift #1: Mon 6 Apr 2026, 10:00–13:00. Told by message: 2 of 2.\n#1 Front desk · 2026-04-06T09:00:00.000Z – 2026-04-06T12:00:00.000Z · Library · full",
      );
      const row = await shift(1);
      expect(row).toMatchObject({ place: "Library", capacity: 2, status: "open" });
      expect(row.startsAt.toISOString()).toBe("2026-04-06T09:00:00.000Z");
      const told = t.sent.slack.dms("U-bob").at(-1);
      expect(told?.title).toBe("Changed: shift #1 Front desk");
      expect(plainText(told?.text)).toBe("Carol moved a shift you're on.");
      expect(told?.fields?.map((f) => [f.label, plainText(f.value)])).toEqual([
        ["Now", "2026-04-06T09:00:00.000Z – 2026-04-06T12:00:00.000Z"],
        ["Was", "2026-04-04T09:00:00.000Z – 2026-04-04T12:00:00.000Z"],
        ["Where", "Library"],
      ]);
      expect(t.sent.slack.dms("U-alice").at(-1)?.title).toBe("Changed: shift #1 Front desk");
      // Bob's reminder for #2 stays; both reminders for #1 move to the day before the new time.
      const reminders = (await pendingJobs("shift.remind")).map((j) => j.dueAt.toISOString());
      expect(reminders).toEqual(["2026-04-04T09:00:00.000Z", "2026-04-05T09:00:00.000Z", "2026-04-05T09:00:00.000Z"]);
      expect((await pendingJobs("shift.cover-escalate")).map((j) => j.dueAt.toISOString())).toEqual([
        "2026-04-03T09:00:00.000Z",
        "2026-04-05T09:00:00.000Z",
        "2026-04-06T05:00:00.000Z",
      ]);
      expect((await pendingJobs("shift.cover-coordinators")).map((j) => j.dueAt.toISOString())).toEqual([
        "2026-04-06T07:00:00.000Z",
      ]);
      expect(await t.db.auditEntry.count({ where: { action: "shift.edited" } })).toBe(1);

      // Moved back in the same minute: planned afresh again, not lost to a used key.
      await move(`1 when: ${SAT}`);
      expect((await pendingJobs("shift.remind")).map((j) => j.dueAt.toISOString())).toEqual([
        "2026-04-03T09:00:00.000Z",
        "2026-04-03T09:00:00.000Z",
        "2026-04-04T09:00:00.000Z",
      ]);
      expect((await pendingJobs("shift.cover-escalate")).map((j) => j.dueAt.toISOString())).toEqual([
        "2026-04-01T09:00:00.000Z",
        "2026-04-03T09:00:00.000Z",
        "2026-04-04T05:00:00.000Z",
      ]);
      t.clock.set("2026-04-03T09:00:00Z");
      await t.tick();
      expect(t.sent.slack.dms("U-alice").filter((m) => m.title === "Tomorrow: shift #1 Front desk")).toHaveLength(1);
    });

    it("a move's echo: Edit gives the edit form back filled in, Cancel leaves the shift and its holders as they were", async () => {
      const echoed = await echo("1 | 2026-04-06 10:00-13:00 | Library", "edit");
      const [, editId, cancelId] = ids(echoed) as [string, string, string];
      const form = (await t.press(carol, editId)).only();
      if (form.kind !== "form") throw new Error(`expected a form, got ${form.kind}`);
      expect(form.form.id).toContain("shift.edit");
      expect(Object.fromEntries(form.form.fields.map((f) => [f.id, f.value]))).toMatchObject({
        when: "2026-04-06 10:00-13:00",
        place: "Library",
      });
      expect(textOf((await t.press(carol, cancelId)).only())).toBe("Not saved. Nothing was kept.");
      expect(await shift(1)).toMatchObject({ place: "Town hall" });
      expect((await shift(1)).startsAt.toISOString()).toBe("2026-04-04T09:00:00.000Z");
      expect(t.sent.slack.dms("U-bob").filter((m) => m.title?.startsWith("Changed:"))).toEqual([]);
      expect(await t.db.auditEntry.count({ where: { action: "shift.edited" } })).toBe(0);
    });

    it("a move refused at Save (a holder took a clashing shift meanwhile) keeps its echo: Save works once the clash is gone", async () => {
      const echoed = await echo("1 | 2026-04-06 10:00-13:00", "edit");
      await add("Kitchen | 2026-04-06 11:00-12:00");
      await signUp(bob, 3);
      const refused = await save(echoed);
      expect(plainText(refused.text)).toBe(
        "Shift #1 can't move then: Bob is on shift #3 at that time. Nothing has changed.",
      );
      expect((await shift(1)).startsAt.toISOString()).toBe("2026-04-04T09:00:00.000Z");

      await t.command(carol, "shift", "remove 3 @Bob");
      await save(echoed);
      expect((await shift(1)).startsAt.toISOString()).toBe("2026-04-06T09:00:00.000Z");
    });

    it("refuses fewer places than holders, a past time and an overlap for a holder, changing nothing", async () => {
      const jobs = await t.db.job.count();
      expect(textOf((await t.command(carol, "shift", "edit 1 capacity: 1")).only())).toBe(
        "Shift #1 has 2 volunteers on it, so its places can't be 1. Nothing has changed.",
      );
      expect(textOf((await t.command(carol, "shift", "edit 1 | 2026-03-01 10:00-12:00")).only())).toMatch(
        /^That's in the past \(Sun 1 Mar 2026, 10:00–12:00\)/,
      );
      expect(textOf((await t.command(carol, "shift", "edit 1 | 2026-04-05 11:00-14:00")).only())).toBe(
        "Shift #1 can't move then: Bob is on shift #2 at that time. Nothing has changed.",
      );
      expect(textOf((await t.command(bob, "shift", "edit 1 capacity: 5")).only())).toMatch(
        /^Only a network coordinator/,
      );
      expect(textOf((await t.command(carol, "shift", "edit 9 capacity: 5")).only())).toMatch(/^There is no shift #9/);
      expect(textOf((await t.command(carol, "shift", `edit 1 | ${SAT} | Town hall | 2`)).only())).toBe(
        "Shift #1 already looks like that: nothing has changed.",
      );
      const row = await shift(1);
      expect(row).toMatchObject({ capacity: 2, place: "Town hall" });
      expect(row.startsAt.toISOString()).toBe("2026-04-04T09:00:00.000Z");
      expect(await t.db.job.count()).toBe(jobs);
      expect(await t.db.auditEntry.count({ where: { action: "shift.edited" } })).toBe(0);
      expect(t.sent.slack.dms("U-bob")).toEqual([]);
      t.clock.set("2026-04-04T09:30:00Z");
      expect(textOf((await t.command(carol, "shift", "edit 1 capacity: 3")).only())).toBe(
        "Shift #1 has already started, so it can't change now.",
      );
    });

    it("refuses a move past a holder's check expiry, saying whose and what to do; a move within it is saved", async () => {
      await add(`Shelter | 2026-04-07 10:00-13:00 | Hall | 1 | dbs_enhanced`);
      await t.command(dave, "shift", "checks"); // Dave is known to the network
      await t.command(carol, "shift", "check Dave dbs_enhanced 2026-04-10");
      expect(textOf((await signUp(dave, 3)).only())).toMatch(/^You're on shift #3/);
      const jobs = await t.db.job.count();

      expect(textOf((await t.command(carol, "shift", "edit 3 | 2026-04-12 10:00-13:00")).only())).toBe(
        "Shift #3 can't move then: for Dave, the dbs_enhanced check expires on 10 Apr 2026, before the shift ends. " +
          "Record their renewed check with /shift check first, or keep the shift's time. Nothing has changed.",
      );
      expect((await shift(3)).startsAt.toISOString()).toBe("2026-04-07T09:00:00.000Z");
      expect(await t.db.job.count()).toBe(jobs);
      expect(await t.db.auditEntry.count({ where: { action: "shift.edited" } })).toBe(0);
      expect(t.sent.slack.dms("U-dave").filter((m) => m.title?.startsWith("Changed:"))).toEqual([]);

      // A revoked check refuses the move too; a renewed one lets it through.
      await t.command(carol, "shift", "check Dave dbs_enhanced 2026-04-10 revoked");
      expect(textOf((await t.command(carol, "shift", "edit 3 | 2026-04-08 10:00-13:00")).only())).toMatch(
        /^Shift #3 can't move then: for Dave, it needs a valid dbs_enhanced check\./,
      );
      await t.command(carol, "shift", "check Dave dbs_enhanced 2027-04-10");
      expect(plainText((await move("3 | 2026-04-12 10:00-13:00")).text)).toMatch(
        /^Saved shift #3: Sun 12 Apr 2026, 10:00–13:00\. Told by message: 1 of 1\./,
      );
      expect((await shift(3)).startsAt.toISOString()).toBe("2026-04-12T09:00:00.000Z");
    });

    it("takes more places without telling anyone, and opens a filled-in form when given nothing", async () => {
      expect(textOf((await t.command(carol, "shift", "edit #1 places: 3")).only())).toMatch(/^Saved shift #1\.\n/);
      expect((await shift(1)).capacity).toBe(3);
      expect(t.sent.slack.dms("U-bob")).toEqual([]);
      expect(textOf((await signUp(dave, 1)).only())).toMatch(/^You're on shift #1/);

      const form = (await t.command(carol, "shift", "edit 2")).only();
      expect(form).toMatchObject({
        kind: "form",
        form: { id: "shift.edit:2", fields: [{ id: "when" }, { id: "place" }, { id: "capacity" }] },
      });
      if (form.kind === "form")
        expect(form.form.fields.map((f) => f.value)).toEqual(["2026-04-05 10:00-13:00", undefined, "1"]);
      await t.form(carol, "shift.edit:2", { when: "2026-04-05 10:00-13:00", place: "Kitchen", capacity: "1" });
      expect(await shift(2)).toMatchObject({ place: "Kitchen", capacity: 1 });
      expect(plainText(t.sent.slack.dms("U-bob").at(-1)?.text)).toBe("Carol changed where a shift you're on happens.");
      await t.command(carol, "shift", "edit 2 place: -");
      expect((await shift(2)).place).toBeNull();
    });

    it("fewer places move holders into the lowest slots, so a freed slot above can't over-fill it", async () => {
      await t.command(carol, "shift", "edit 1 capacity: 3");
      await signUp(dave, 1);
      // A gap at slot 2 (as a place given up would leave), then two places only.
      const bobId = (await t.db.member.findFirstOrThrow({ where: { displayName: "Bob" } })).id;
      await t.db.shiftAssignment.deleteMany({ where: { memberId: bobId, shift: { number: 1 } } });
      await t.command(carol, "shift", "edit 1 capacity: 2");
      expect((await shift(1)).assignments.map((a) => a.slot)).toEqual([1, 2]);
      expect(textOf((await signUp(bob, 1)).only())).toBe("Shift #1 is full. Try another one from /shift list.");
      expect(await holders(1)).toEqual(["Alice", "Dave"]);
    });

    it("sign-ups racing fewer places or a cancellation never leave more holders than places, or anyone untold", async () => {
      const people = Array.from({ length: 8 }, (_, i) => ({
        ...alice,
        userExternalId: `U-r${i}`,
        displayName: `Racer ${i}`,
      }));
      for (const p of people) await t.command(p, "shift", "checks");
      await add(`Race | 2026-04-07 10:00-13:00 | | 6`);
      await Promise.all([
        ...people.slice(0, 4).map((p) => signUp(p, 3)),
        t.command(carol, "shift", "edit 3 capacity: 2"),
        ...people.slice(4).map((p) => signUp(p, 3)),
      ]);
      const raced = await shift(3);
      expect(raced.assignments.length).toBeLessThanOrEqual(raced.capacity);
      expect(raced.assignments.every((a) => a.slot <= raced.capacity)).toBe(true);

      await add(`Race again | 2026-04-08 10:00-13:00 | | 8`);
      const ask = messageOf((await signUp(alice, 4)).only());
      expect(plainText(ask.text)).toMatch(/^You're on shift #4/);
      const confirm = messageOf((await t.command(carol, "shift", "cancel 4")).only());
      await Promise.all([
        ...people.slice(0, 4).map((p) => signUp(p, 4)),
        t.press(carol, ids(confirm)[0] as string),
        ...people.slice(4).map((p) => signUp(p, 4)),
      ]);
      expect((await shift(4)).status).toBe("cancelled");
      const on = await holders(4);
      const told = people.filter((p) =>
        t.sent.slack.dms(p.userExternalId).some((m) => m.title === "Cancelled: shift #4 Race again"),
      );
      expect(told.map((p) => p.displayName).sort()).toEqual(on.filter((n) => n !== "Alice").sort());
      // Every reminder left is for a place on an open shift: none for the cancelled #4.
      expect((await pendingJobs("shift.remind")).length).toBe(
        await t.db.shiftAssignment.count({ where: { shift: { status: "open" } } }),
      );
    });
  });

  describe("taking a volunteer off a shift", () => {
    beforeEach(async () => {
      await add(`Front desk | ${SAT} | Town hall | 2`);
      await signUp(alice, 1);
      await signUp(bob, 1);
      await t.command(dave, "shift", "checks"); // Dave is known to the network
    });

    it("frees the place, drops their reminder and open cover request, and tells them", async () => {
      const card = messageOf((await t.command(alice, "shift", "cover 1")).sent[0]);
      const idOf = async (name: string) => (await t.db.member.findFirstOrThrow({ where: { displayName: name } })).id;
      const [aliceId, bobId] = [await idOf("Alice"), await idOf("Bob")];

      const done = messageOf((await t.command(carol, "shift", "remove 1 @Alice")).sent[0]);
      expect(plainText(done.text)).toBe(
        "Took Alice off shift #1; they have been told.\n#1 Front desk · 2026-04-04T09:00:00.000Z – 2026-04-04T12:00:00.000Z · Town hall · 1 of 2 places free",
      );
      expect(await holders(1)).toEqual(["Bob"]);
      const told = t.sent.slack.dms("U-alice").at(-1);
      expect(told?.title).toBe("Off the rota: shift #1 Front desk");
      expect(plainText(told?.text)).toMatch(/^Carol took you off shift #1 Front desk, which was on /);
      expect(told?.context).toBe("You don't need to go. If this is a surprise, ask a coordinator.");
      expect((await t.db.coverRequest.findFirstOrThrow()).status).toBe("withdrawn");
      expect(await pendingJobs("shift.cover-escalate")).toEqual([]);
      expect((await pendingJobs("shift.remind")).map((j) => JSON.parse(j.payload).memberId)).toEqual([bobId]);
      const audit = await t.db.auditEntry.findFirstOrThrow({ where: { action: "shift.holder_removed" } });
      expect(audit).toMatchObject({ actorId: await idOf("Carol") });
      expect(JSON.parse(audit.details)).toMatchObject({ number: 1, memberId: aliceId });
      // The old card no longer offers a claim; the freed place can be taken.
      expect(textOf((await t.press(dave, ids(card)[0] as string)).only())).toMatch(/withdrawn/);
      expect(textOf((await signUp(dave, 1)).only())).toMatch(/^You're on shift #1/);
      expect(await holders(1)).toEqual(["Dave", "Bob"]); // by place: Dave has the freed first one
    });

    it("refuses volunteers, someone not on it, a past shift and a missing name, changing nothing", async () => {
      expect(textOf((await t.command(bob, "shift", "remove 1 Alice")).only())).toMatch(/^Only a network coordinator/);
      expect(textOf((await t.command(carol, "shift", "remove 1 Dave")).only())).toBe(
        "Dave isn't on shift #1. Nothing has changed.",
      );
      expect(textOf((await t.command(carol, "shift", "remove 1")).only())).toMatch(/remove 12 @member/);
      expect(textOf((await t.command(carol, "shift", "remove 9 Alice")).only())).toMatch(/^There is no shift #9/);
      t.clock.set("2026-04-04T09:30:00Z");
      expect(textOf((await t.command(carol, "shift", "remove 1 Alice")).only())).toBe(
        "Shift #1 has already started, so it can't change now.",
      );
      expect(await holders(1)).toEqual(["Alice", "Bob"]);
      expect(await t.db.auditEntry.count({ where: { action: "shift.holder_removed" } })).toBe(0);
      expect(t.sent.slack.dms("U-alice")).toEqual([]);
    });
  });

  describe("the day before", () => {
    it("asks “still coming?”; Yes confirms, Can't make it opens a cover request", async () => {
      await add(`Front desk | ${SAT} | Town hall | 2`);
      await signUp(alice, 1);
      await signUp(bob, 1);
      t.clock.set("2026-04-03T09:00:00Z");
      await t.tick();
      const [toAlice] = t.sent.slack.dms("U-alice");
      expect(toAlice?.title).toBe("Tomorrow: shift #1 Front desk");
      expect(labels(toAlice)).toEqual(["Yes, I'm coming", "Can't make it"]);
      expect(textOf((await t.press(alice, ids(toAlice)[0] as string)).only())).toBe("Thanks, see you at shift #1!");
      expect((await shift(1)).assignments[0]?.confirmedAt?.toISOString()).toBe("2026-04-03T09:00:00.000Z");

      const [toBob] = t.sent.slack.dms("U-bob");
      t.clock.set("2026-04-03T10:00:00Z");
      const cant = await t.press(bob, ids(toBob)[1] as string);
      expect(cant.sent.map((s) => s.kind)).toEqual(["update", "private"]);
      // From a DM, the request goes to the channel the shift was made in.
      expect(t.sent.slack.posts("C-test").map((m) => m.title)).toEqual(["Cover needed: shift #1 Front desk"]);
      expect(await t.db.coverRequest.findFirstOrThrow()).toMatchObject({ status: "open", reason: null });
      expect(t.sent.slack.dms("U-carol").at(-1)?.title).toBe(
        "Late cancellation: shift #1 Front desk starts within 24 hours",
      );
    });
  });

  describe("swaps", () => {
    beforeEach(async () => {
      await add(`Front desk | ${SAT} | Town hall | 1`);
      await add("Café | 2026-04-05 10:00-13:00 | | 1");
      await signUp(alice, 1);
      await signUp(bob, 2);
    });

    it("proposes by DM; Accept swaps both places in one change", async () => {
      expect(textOf((await t.command(alice, "shift", "swap 1 2")).only())).toBe(
        "Asked Bob to swap: your #1 for their #2. You'll hear when they answer.",
      );
      const [offer] = t.sent.slack.dms("U-bob");
      expect(offer?.title).toBe("Swap shift #2 for #1?");
      expect(labels(offer)).toEqual(["Accept", "Decline"]);
      expect(textOf((await t.press(dave, ids(offer)[0] as string)).only())).toBe(
        "That swap was proposed to someone else.",
      );
      const accepted = (await t.press(bob, ids(offer)[0] as string)).only();
      expect(accepted.kind).toBe("update");
      expect(textOf(accepted)).toMatch(/^Swapped. You're now on shift #1 Front desk:/);
      expect(await holders(1)).toEqual(["Bob"]);
      expect(await holders(2)).toEqual(["Alice"]);
      expect(plainText(t.sent.slack.dms("U-alice").at(-1)?.text)).toBe(
        "Bob accepted your swap: you're now on shift #2 instead of #1.",
      );
      expect(textOf((await t.press(bob, ids(offer)[0] as string)).only())).toBe("That swap was already answered.");
      expect(await t.db.shiftSwap.findFirstOrThrow()).toMatchObject({ status: "accepted" });
    });

    it("Decline changes nothing; a stale or ineligible swap is refused at Accept", async () => {
      await t.command(alice, "shift", "swap 1 2");
      const [offer] = t.sent.slack.dms("U-bob");
      expect(textOf((await t.press(bob, ids(offer)[1] as string)).only())).toBe("Declined. Nothing has changed.");
      expect(plainText(t.sent.slack.dms("U-alice").at(-1)?.text)).toBe(
        "Bob declined your swap. Your shift hasn't changed.",
      );
      expect(await holders(1)).toEqual(["Alice"]);

      // Proposed, then Alice hands #1 over to Dave by cover: the swap is stale.
      await t.command(alice, "shift", "swap 1 2");
      const second = t.sent.slack.dms("U-bob").at(-1);
      const card = messageOf((await t.command(alice, "shift", "cover 1")).sent[0]);
      await t.press(dave, ids(card)[0] as string);
      expect(textOf((await t.press(bob, ids(second)[0] as string)).only())).toBe(
        "One of those places has changed hands since the swap was proposed, so nothing was changed.",
      );
      expect(await holders(1)).toEqual(["Dave"]);
      expect(await holders(2)).toEqual(["Bob"]);
      expect(await t.db.shiftSwap.findMany({ where: { status: "accepted" } })).toEqual([]);
    });

    it("refuses swaps that are not yours, overlap, or the other can't take", async () => {
      expect(textOf((await t.command(dave, "shift", "swap 1 2")).only())).toBe(
        "You're not on shift #1. See yours with /shift mine.",
      );
      await add(`Kitchen | 2026-04-05 12:00-14:00 | | 1 | safeguarding`);
      await t.command(carol, "shift", "check Alice safeguarding");
      await signUp(alice, 3);
      expect(textOf((await t.command(alice, "shift", "swap 1 2")).only())).toBe(
        "You can't take shift #2: it overlaps shift #3. Nothing has changed.",
      );
      expect(textOf((await t.command(alice, "shift", "swap 3 2")).only())).toBe(
        "Bob can't take shift #3: it needs a valid safeguarding check. Nothing has changed.",
      );
      expect(await t.db.shiftSwap.count()).toBe(0);
    });
  });

  describe("checks", () => {
    it("records checks by mention or name, shows members their own, and warns 60, 30 and 7 days before expiry", async () => {
      await t.command(bob, "shift", "checks");
      expect(textOf((await t.command(carol, "shift", "check <@U-bob> dbs_enhanced 2026-06-30")).only())).toBe(
        "Recorded for Bob: dbs_enhanced, valid, valid until 30 Jun 2026.",
      );
      expect(textOf((await t.command(carol, "shift", "check bob Safeguarding")).only())).toBe(
        "Recorded for Bob: safeguarding, valid, no expiry date.",
      );
      expect(textOf((await t.command(carol, "shift", "check Nobody safeguarding")).only())).toMatch(
        /^I can't find “Nobody” in this network/,
      );
      expect(textOf((await t.command(carol, "shift", "check Bob dbs 2026-02-30")).only())).toMatch(
        /^There is no such date or time: 2026-02-30\. For example: /,
      );
      expect(textOf((await t.command(bob, "shift", "check Bob dbs 2027-01-01")).only())).toMatch(
        /^Only a network coordinator/,
      );
      const own = messageOf((await t.command(bob, "shift", "checks")).only());
      expect(own.title).toBe("Checks for Bob");
      expect(plainText(own.text)).toBe(
        "• dbs_enhanced: valid, valid until 30 Jun 2026\n• safeguarding: valid, no expiry date",
      );
      expect(textOf((await t.command(bob, "shift", "checks Carol")).only())).toMatch(/^You can see your own checks/);
      expect(plainText(messageOf((await t.command(carol, "shift", "checks Bob")).only()).text)).toMatch(
        /^• dbs_enhanced/,
      );

      const warnings = await pendingJobs("shift.check-expiry");
      expect(warnings.map((j) => JSON.parse(j.payload).days)).toEqual([60, 30, 7]);
      t.clock.set("2026-05-01T23:30:00Z");
      await t.tick();
      expect(plainText(t.sent.slack.dms("U-bob").at(-1)?.text)).toBe(
        "Your dbs_enhanced check expires on 30 Jun 2026 (60 days). Please renew it and tell your coordinator.",
      );
      expect(plainText(t.sent.slack.dms("U-carol").at(-1)?.text)).toBe(
        "A dbs_enhanced check expires on 30 Jun 2026 (60 days), held by Bob",
      );
      // Renewed: the old warnings are dropped and new ones planned.
      await t.command(carol, "shift", "check Bob dbs_enhanced 2029-06-30");
      expect((await pendingJobs("shift.check-expiry")).map((j) => j.dueAt.toISOString().slice(0, 10))).toEqual([
        "2029-05-01",
        "2029-05-31",
        "2029-06-23",
      ]);
      t.clock.set("2026-06-30T12:00:00Z");
      await t.tick();
      expect(t.sent.slack.dms("U-bob")).toHaveLength(1);
      expect(await t.db.auditEntry.count({ where: { action: "shift.check_recorded" } })).toBe(3);
    });
    it("writes the expiry date in each reader's language: the member's Welsh, the coordinator's Dutch", async () => {
      await t.command(bob, "shift", "checks");
      await t.db.member.updateMany({ where: { displayName: "Bob" }, data: { locale: "cy" } });
      await t.db.member.updateMany({ where: { displayName: "Carol" }, data: { locale: "nl" } });
      await t.command(carol, "shift", "check Bob dbs_enhanced 2026-06-30");
      t.clock.set("2026-05-01T23:30:00Z");
      await t.tick();
      expect(plainText(t.sent.slack.dms("U-bob").at(-1)?.text)).toMatch(
        /^Mae eich gwiriad dbs_enhanced yn dod i ben ar 30 Meh 2026 /,
      );
      expect(plainText(t.sent.slack.dms("U-carol").at(-1)?.text)).toBe(
        "Een dbs_enhanced-screening verloopt op 30 jun 2026 (60 dagen), van Bob",
      );
    });
  });

  describe("hours", () => {
    it("adds up completed shifts per volunteer; coordinators see everyone's with a CSV", async () => {
      await add(`Front desk | ${SAT} | Town hall | 2`);
      await add("Night | 2026-04-05 22:00-07:00 | | 1");
      await add("Later | 2026-05-05 10:00-12:00 | | 1");
      await signUp(alice, 1);
      await signUp(bob, 1);
      await signUp(bob, 2);
      await signUp(bob, 3);
      expect(textOf((await t.command(bob, "shift", "hours")).only())).toBe(
        "No completed shifts yet: your hours will add up here.",
      );
      t.clock.set("2026-04-10T00:00:00Z");
      expect(textOf((await t.command(bob, "shift", "hours")).only())).toBe(
        "You've volunteered 12 h on 2 shifts. Thank you!",
      );
      expect(textOf((await t.command(bob, "shift", "hours all")).only())).toMatch(/^Only a network coordinator/);
      const all = messageOf((await t.command(carol, "shift", "hours all")).only());
      expect(plainText(all.text)).toBe("• Bob: 12 h over 2 shifts\n• Alice: 3 h over 1 shift");
      expect(plainText(all.context)).toMatch(/^Total: 15 h over 3 shifts · volunteers: 2\./);
      expect(all.files?.[0]?.content).toBe('volunteer,shifts,hours\r\n"Bob",2,12\r\n"Alice",1,3\r\n');
    });

    it("writes the hours as the reader writes numbers: 7,5 in Dutch, 7.5 in Welsh; the CSV keeps the point", async () => {
      await add("Library | 2026-04-06 09:00-16:30 | | 1");
      await signUp(bob, 1);
      t.clock.set("2026-04-10T00:00:00Z");
      expect(textOf((await t.command({ ...bob, locale: "nl" }, "shift", "hours")).only())).toBe(
        "Je hebt 7,5 uur vrijwilligerswerk gedaan (aantal diensten: 1). Dank je wel!",
      );
      expect(textOf((await t.command({ ...bob, locale: "cy" }, "shift", "hours")).only())).toBe(
        "Rydych chi wedi gwirfoddoli 7.5 awr mewn 1 shifft. Diolch!",
      );
      const all = messageOf((await t.command({ ...carol, locale: "nl" }, "shift", "hours all")).only());
      expect(plainText(all.text)).toBe("• Bob: 7,5 u · diensten: 1");
      expect(all.files?.[0]?.content).toBe('volunteer,shifts,hours\r\n"Bob",1,7.5\r\n');
    });
  });
});
