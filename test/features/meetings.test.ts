import { beforeEach, describe, expect, it } from "vitest";
import { plainText, type Message } from "../../src/core/message.js";
import { routes } from "../../src/features/index.js";
import { HttpListener } from "../../src/http/server.js";
import { silentLogger } from "../../src/core/logger.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice, bob } from "../support/gather.js";
import type { Sent } from "../support/responder.js";

const messageOf = (sent: Sent | undefined): Message => {
  if (!sent || sent.kind === "form") throw new Error(`expected a message, got ${sent?.kind}`);
  return sent.message;
};
const textOf = (sent: Sent | undefined) => plainText(messageOf(sent).text);
const ids = (m: Message | undefined) => (m?.actions ?? []).map((a) => a.id);
const fields = (m: Message | undefined) => (m?.fields ?? []).map((f) => [f.label, plainText(f.value)]);

const carol = { ...alice, userExternalId: "U-carol", displayName: "Carol" };
const dave = { ...alice, userExternalId: "U-dave", displayName: "Dave" };

/** Tuesday 1 September 2026, 11:00 in London. */
const NOW = "2026-09-01T10:00:00Z";

describe.each(databases)("meetings on $provider", (database) => {
  const t = gatherPerTest(database, { now: NOW });

  beforeEach(async () => {
    // Alice coordinates; the others are members.
    await t.command(alice, "meeting", "list");
    await t.db.member.updateMany({ where: { displayName: "Alice" }, data: { role: "coordinator" } });
  });

  /** `/meeting add <text>` as Alice, then Save: the public card. */
  async function schedule(text: string): Promise<Message> {
    const echo = messageOf((await t.command(alice, "meeting", `add ${text}`)).only());
    const saved = await t.press(alice, ids(echo)[0] as string);
    expect(saved.sent.map((s) => s.kind)).toEqual(["update", "public"]);
    return messageOf(saved.sent[1]);
  }
  const meetingRow = (number = 1) => t.db.meeting.findFirstOrThrow({ where: { number } });
  /** `/meeting cancel n`, then Yes on its confirmation. */
  const cancelMeeting = async (actor: typeof alice, number = 1) => {
    const asked = (await t.command(actor, "meeting", `cancel ${number}`)).only();
    return t.press(actor, ids(messageOf(asked))[0] as string);
  };
  const pendingJobs = async (kind = "meeting.remind") =>
    (await t.db.job.findMany({ where: { kind, status: "pending" }, orderBy: { dueAt: "asc" } })).map((j) =>
      j.dueAt.toISOString(),
    );
  const at = async (iso: string) => {
    t.clock.set(iso);
    return t.tick();
  };

  it("reads one sentence into the title, the time and the place, in English, Welsh and Dutch, and echoes it", async () => {
    t.clock.set("2026-09-04T10:00:00Z"); // a Friday: "next Thursday" is the 10th
    const echo = messageOf(
      (await t.command(alice, "meeting", "add Network meeting next Thursday 2pm at the Beaney, Canterbury")).only(),
    );
    expect(echo.title).toBe("Check before saving: Network meeting");
    expect(plainText(echo.text)).toMatch(/^Thursday 10 September 2026, 14:00/);
    expect(fields(echo)).toEqual([
      ["Place", "the Beaney, Canterbury"],
      ["Host", "Alice"],
    ]);
    await t.press(alice, ids(echo)[0] as string);
    expect(await meetingRow(1)).toMatchObject({ title: "Network meeting", place: "the Beaney, Canterbury" });
    expect((await meetingRow(1)).startsAt.toISOString()).toBe("2026-09-10T13:00:00.000Z");

    await schedule("Cyfarfod y rhwydwaith nos Fawrth 8 Medi am 7 yn y Llyfrgell");
    expect(await meetingRow(2)).toMatchObject({ title: "Cyfarfod y rhwydwaith", place: "y Llyfrgell" });
    expect((await meetingRow(2)).startsAt.toISOString()).toBe("2026-09-08T18:00:00.000Z");
    // A place not set yet, said with its label, is "tbc", not a place called "location tbc".
    await schedule("Planning call Monday 7 September 10am, location tbc");
    expect(await meetingRow(3)).toMatchObject({ title: "Planning call", place: null });
    await schedule("Netwerkoverleg dinsdagavond 8 september om 7 uur op het stadhuis");
    expect(await meetingRow(4)).toMatchObject({ title: "Netwerkoverleg", place: "het stadhuis" });
    expect((await meetingRow(4)).startsAt.toISOString()).toBe("2026-09-08T18:00:00.000Z");
  });

  it("Edit on the echo gives the form back filled in with what was read; the draft waits for Save", async () => {
    const echo = messageOf(
      (await t.command(alice, "meeting", "add Steering group | 30 September 2pm-4pm | Town hall")).only(),
    );
    const form = (await t.press(alice, ids(echo)[1] as string)).only();
    if (form.kind !== "form") throw new Error(`expected a form, got ${form.kind}`);
    expect(Object.fromEntries(form.form.fields.map((f) => [f.id, f.value]))).toMatchObject({
      title: "Steering group",
      when: "Wednesday 30 September 2026 14:00-16:00",
      place: "Town hall",
    });
    await t.press(alice, ids(echo)[0] as string);
    expect(await meetingRow(1)).toMatchObject({ title: "Steering group", status: "scheduled" });
  });

  it.each([
    [
      "no time",
      "Network meeting at the Beaney",
      "I couldn't find when the meeting is. Try: /meeting add Network meeting next Tuesday 2pm at the Beaney",
    ],
    [
      "no title",
      "Thursday 10 September 2pm",
      "I couldn't find what the meeting is called. Try: /meeting add Network meeting Thursday 10 September 2pm",
    ],
    [
      "a repeat",
      "Steering group every second Tuesday 7pm",
      "A meeting that repeats needs its parts apart, with |: /meeting add Steering group | 30 September 2pm-4pm | Town hall | monthly | host: me",
    ],
  ])("asks for the part of a sentence it could not read (%s), storing nothing", async (_name, text, expected) => {
    expect(textOf((await t.command(alice, "meeting", `add ${text}`)).only())).toBe(expected);
    expect(await t.db.meeting.count()).toBe(0);
  });

  it("echoes what it understood privately, with Save and Cancel; Save numbers it, posts the card and plans its reminders", async () => {
    const echo = messageOf(
      (await t.command(alice, "meeting", "add Steering group | 30 September 2pm-4pm | Town hall")).only(),
    );
    expect(echo.title).toBe("Check before saving: Steering group");
    expect(echo.text).toBe("Wednesday 30 September 2026, 14:00–16:00 (Europe/London)");
    expect(fields(echo)).toEqual([
      ["Place", "Town hall"],
      ["Host", "Alice"],
    ]);
    const draft = await t.db.meeting.findFirstOrThrow();
    expect(draft).toMatchObject({ status: "draft", durationMinutes: 120, timeZone: "Europe/London" });
    expect(draft.number).toBeLessThan(0);
    expect(draft.startsAt.toISOString()).toBe("2026-09-30T13:00:00.000Z");
    expect(ids(echo)).toEqual([
      `meeting.save:${draft.id}`,
      `meeting.draft-edit:${draft.id}`,
      `meeting.discard:${draft.id}`,
    ]);
    expect(await pendingJobs()).toEqual([]);

    const saved = await t.press(alice, ids(echo)[0] as string);
    expect(messageOf(saved.sent[0]).text).toBe("Saved as meeting #1. Reminders will go out by themselves.");
    const card = messageOf(saved.sent[1]);
    expect(card.title).toBe("Steering group");
    expect(card.text).toBe("Wednesday 30 September 2026, 14:00–16:00 (Europe/London)");
    expect(plainText(card.context)).toBe("Meeting #1 · 0 going, 0 maybe");
    expect(card.actions?.map((a) => [a.label, a.id])).toEqual([
      ["Going", `meeting.rsvp:${draft.id}:once:g`],
      ["Maybe", `meeting.rsvp:${draft.id}:once:m`],
      ["Can't", `meeting.rsvp:${draft.id}:once:n`],
    ]);
    expect(await meetingRow()).toMatchObject({ id: draft.id, status: "scheduled", number: 1, sequence: 0 });
    // The network's default reminders: four weeks, a week, a day and an hour before.
    expect(await pendingJobs()).toEqual([
      "2026-09-02T13:00:00.000Z",
      "2026-09-23T13:00:00.000Z",
      "2026-09-29T13:00:00.000Z",
      "2026-09-30T12:00:00.000Z",
    ]);
    expect(await t.db.auditEntry.count({ where: { action: "meeting.scheduled" } })).toBe(1);

    // A second press (or a second instance) changes nothing.
    const again = (await t.press(alice, ids(echo)[0] as string)).only();
    expect(messageOf(again).text).toBe("Saved as meeting #1. Reminders will go out by themselves.");
    expect(await t.db.meeting.count()).toBe(1);
    expect((await t.db.network.findFirstOrThrow()).lastMeetingNumber).toBe(1);
  });

  it("reads “afternoon” as 14:00 and says so; Cancel keeps nothing; refusals are friendly and store nothing", async () => {
    const echo = messageOf(
      (await t.command(alice, "meeting", "add Coffee morning | next Tuesday afternoon | tbc")).only(),
    );
    expect(echo.text).toBe("Tuesday 8 September 2026, 14:00–15:00 (Europe/London)");
    expect(fields(echo)[0]).toEqual(["Place", "tbc"]);
    const dropped = (await t.press(alice, ids(echo)[2] as string)).only();
    expect(messageOf(dropped).text).toBe("Not saved. Nothing was kept.");
    expect(await t.db.meeting.count()).toBe(0);

    const refusals = [
      // The shared date reader's refusals: the part not read, then two examples.
      ["add Coffee | whenever suits", "I couldn't read “whenever suits” as a date or time. For example: "],
      ["add Coffee | next Tuesday", "At what time? For example: "],
      ["add Coffee | yesterday 2pm", "“yesterday 2pm” is in the past."],
      ["add Coffee | tomorrow 2pm | tbc | sometimes", "I couldn't read how “sometimes” repeats."],
    ] as const;
    for (const [line, start] of refusals) {
      const sent = (await t.command(alice, "meeting", line)).only();
      expect(sent.kind).toBe("private");
      expect(textOf(sent).startsWith(start), textOf(sent)).toBe(true);
    }
    expect(textOf((await t.command(bob, "meeting", "add Coffee | tomorrow 2pm")).only())).toMatch(
      /^Only a network coordinator can do that/,
    );
    expect(await t.db.meeting.count()).toBe(0);
    // No text opens the form (five fields).
    const form = (await t.command(alice, "meeting", "add")).only();
    expect(form.kind === "form" && form.form.fields.map((f) => f.id)).toEqual([
      "title",
      "when",
      "place",
      "host",
      "repeat",
    ]);
  });

  it("RSVPs by button; the host and coordinators see who is coming, others do not", async () => {
    const card = await schedule("Steering group | 30 September 2pm-4pm | Town hall | host: Carol");
    await t.command(carol, "meeting", "list");
    // Carol had not been seen when the meeting was scheduled: she is a guest host by name until then.
    expect((await meetingRow()).hostName).toBe("Carol");
    const [going, maybe, cant] = ids(card) as [string, string, string];
    expect(textOf((await t.press(bob, maybe)).only())).toBe(
      "Noted as maybe for “Steering group”, Wednesday 30 September 2026, 14:00–16:00 (Europe/London).",
    );
    expect(textOf((await t.press(bob, going)).only())).toBe(
      "You're going to “Steering group”, Wednesday 30 September 2026, 14:00–16:00 (Europe/London). You'll get the reminders.",
    );
    await t.press(carol, maybe);
    await t.press(dave, cant);
    expect(await t.db.meetingRsvp.count()).toBe(3);

    const who = messageOf((await t.command(alice, "meeting", "who 1")).only());
    expect(who.title).toBe("Who is coming to meeting #1 “Steering group”");
    expect(plainText(who.text)).toBe("Going (1): Bob\nMaybe (1): Carol\nCan't (1): Dave");
    expect(textOf((await t.command(bob, "meeting", "who 1")).only())).toBe(
      "Only a coordinator or the host of meeting #1 can see who is coming.",
    );
    expect(textOf((await t.command(bob, "meeting", "who 7")).only())).toBe(
      "There is no meeting #7. /meeting list shows what is coming up.",
    );

    const shown = messageOf((await t.command(bob, "meeting", "show 1")).only());
    expect(plainText(shown.context)).toBe("Meeting #1 · 1 going, 1 maybe");
    expect(shown.files?.[0]).toMatchObject({ name: "meeting-1.ics", contentType: "text/calendar" });
    expect(shown.files?.[0]?.content).toContain(`UID:meeting-${(await meetingRow()).id}@gather`);
    expect(textOf((await t.press(bob, `meeting.rsvp:${(await meetingRow()).id}:2026-09-30:g`)).only())).toBe(
      "That date of meeting #1 has passed.",
    );
  });

  it("reminders go out by themselves: to the channel, and by DM to those going; late ones say so", async () => {
    const card = await schedule("Steering group | 30 September 2pm-4pm | Town hall");
    await t.press(bob, ids(card)[0] as string);
    await t.press(carol, ids(card)[1] as string);
    const channel = () => t.sent.slack.posts("C-test").map((m) => m.title);

    expect(await at("2026-09-02T13:00:00Z")).toMatchObject({ done: 1 });
    expect(channel()).toEqual(["Save the date: Steering group"]);
    const [dm] = t.sent.slack.dms("U-bob");
    expect(dm?.title).toBe("Save the date: Steering group");
    expect(plainText(dm?.text)).toMatch(/^Wednesday 30 September 2026, 14:00–16:00 \(Europe\/London\) · /);
    expect(ids(dm)).toEqual(ids(card));
    expect(t.sent.slack.dms("U-carol")).toEqual([]); // maybe: no DMs

    // Reminders may go to a channel of their own.
    await t.db.space.updateMany({ data: { remindersChannelId: "C-reminders" } });
    await at("2026-09-23T13:00:00Z");
    expect(t.sent.slack.posts("C-reminders").map((m) => m.title)).toEqual(["Reminder: Steering group"]);
    // Two hours late (after downtime): still sent, marked.
    await at("2026-09-29T15:00:00Z");
    expect(t.sent.slack.posts("C-reminders").map((m) => m.title)).toEqual([
      "Reminder: Steering group",
      "Reminder: Steering group (delayed)",
    ]);
    await at("2026-09-30T12:00:00Z");
    expect(await at("2026-10-01T12:00:00Z")).toMatchObject({ claimed: 0 });
    expect(t.sent.slack.dms("U-bob")).toHaveLength(4);
    expect(channel()).toEqual(["Save the date: Steering group"]);
  });

  it("a place still tbc ten days before: the host is nudged; a guest host's coordinators instead", async () => {
    await schedule("AGM | 30 September 6pm | tbc");
    await schedule("Talk | 29 September 6pm | tbc | host: Dr Jones");
    await schedule("Social | 28 September 6pm | The Crown");
    expect(await pendingJobs("meeting.place-nudge")).toEqual(["2026-09-19T17:00:00.000Z", "2026-09-20T17:00:00.000Z"]);
    await at("2026-09-19T17:00:00Z");
    await at("2026-09-20T17:00:00Z");
    const nudges = t.sent.slack.dms("U-alice").filter((m) => plainText(m.text).includes("still has no place"));
    expect(nudges.map((m) => plainText(m.text))).toEqual([
      "Meeting #2 “Talk” on Tuesday 29 September 2026, 18:00–19:00 (Europe/London) still has no place. Set it with /meeting edit 2 | place: …",
      "Meeting #1 “AGM” on Wednesday 30 September 2026, 18:00–19:00 (Europe/London) still has no place. Set it with /meeting edit 1 | place: …",
    ]);
  });

  it("an edit to the time or place tells those coming what changed and moves every pending reminder", async () => {
    const card = await schedule("Steering group | 30 September 2pm-4pm | tbc");
    await t.press(bob, ids(card)[0] as string);
    await t.press(carol, ids(card)[1] as string);
    await t.press(dave, ids(card)[2] as string);
    const before = await meetingRow();

    expect(textOf((await t.command(bob, "meeting", "edit 1 | place: Library")).only())).toBe(
      "Only a coordinator or the host of meeting #1 can change it.",
    );
    const edited = await t.command(alice, "meeting", "edit 1 | when: 7 October 10am | place: Library");
    expect(edited.sent.map((s) => s.kind)).toEqual(["private", "public"]);
    const notice = messageOf(edited.sent[1]);
    expect(notice.title).toBe("Meeting #1 “Steering group” has changed");
    expect(plainText(notice.text)).toBe(
      "New time: Wednesday 7 October 2026, 10:00–12:00 (Europe/London)\nNew place: Library",
    );
    // Those coming are told by a job each, after Alice has her answer.
    expect(t.sent.slack.dms("U-bob")).toEqual([]);
    await t.tick();
    for (const to of ["U-bob", "U-carol"]) expect(t.sent.slack.dms(to).map((m) => m.title)).toEqual([notice.title]);
    expect(t.sent.slack.dms("U-dave")).toEqual([]);

    const after = await meetingRow();
    expect(after).toMatchObject({ sequence: 1, place: "Library", durationMinutes: 120 });
    expect(after.startsAt.toISOString()).toBe("2026-10-07T09:00:00.000Z");
    expect(await pendingJobs()).toEqual([
      "2026-09-09T09:00:00.000Z",
      "2026-09-30T09:00:00.000Z",
      "2026-10-06T09:00:00.000Z",
      "2026-10-07T08:00:00.000Z",
    ]);
    // The old plan is cancelled, not deleted: history stays in the job table.
    expect(await t.db.job.count({ where: { kind: "meeting.remind", status: "cancelled" } })).toBe(4);
    expect(await t.db.job.count({ where: { kind: "meeting.place-nudge", status: "pending" } })).toBe(0);
    expect(await t.db.auditEntry.findFirst({ where: { action: "meeting.edited" } })).toMatchObject({
      subjectId: before.id,
      details: JSON.stringify({ changed: ["time", "place"] }),
    });

    // The form opens with what is there; saving it unchanged changes nothing.
    const form = (await t.command(alice, "meeting", "edit 1")).only();
    if (form.kind !== "form") throw new Error("expected the edit form");
    expect(form.form.id).toBe("meeting.edit:1");
    const values = Object.fromEntries(form.form.fields.map((f) => [f.id, f.value ?? ""]));
    expect(values).toEqual({
      title: "Steering group",
      when: "Wednesday 7 October 2026 10:00-12:00",
      place: "Library",
      host: "Alice",
      repeat: "",
    });
    expect(textOf((await t.form(alice, "meeting.edit:1", values)).only())).toBe("Nothing changed on meeting #1.");
    expect((await meetingRow()).sequence).toBe(1);
    // A title alone is quiet: no notice to anyone.
    const retitled = await t.command(alice, "meeting", "edit 1 | title: Steering group (autumn)");
    expect(retitled.sent.map((s) => s.kind)).toEqual(["private"]);
    expect((await meetingRow()).sequence).toBe(2);
  });

  it("those coming hear of a change by a job each; a change cancelled before it went out is not sent", async () => {
    const card = await schedule("Steering group | 30 September 2pm-4pm | Town hall");
    await t.press(bob, ids(card)[0] as string);
    await t.press(carol, ids(card)[1] as string);
    await t.command(alice, "meeting", "edit 1 | place: Library");
    expect(await t.db.job.count({ where: { kind: "meeting.notice", status: "pending" } })).toBe(2);
    await cancelMeeting(alice);
    await t.tick();
    for (const to of ["U-bob", "U-carol"])
      expect(t.sent.slack.dms(to).map((m) => m.title)).toEqual(["Meeting #1 “Steering group” is cancelled"]);
    expect(t.sent.slack.dms("U-alice")).toEqual([]);
    await t.tick();
    expect(t.sent.slack.dms("U-bob")).toHaveLength(1);
  });

  it("cancelling stops its reminders and tells those coming; the card and feed say cancelled", async () => {
    const card = await schedule("Steering group | 30 September 2pm-4pm | Town hall");
    await t.press(bob, ids(card)[0] as string);
    expect(textOf((await t.command(bob, "meeting", "cancel 1")).only())).toBe(
      "Only a coordinator or the host of meeting #1 can change it.",
    );
    // First a confirmation: nothing changes until Yes; Keep it keeps it.
    const asked = messageOf((await t.command(alice, "meeting", "cancel 1")).only());
    expect(plainText(asked.text)).toBe(
      "Cancel meeting #1 “Steering group” (Wednesday 30 September 2026, 14:00–16:00 (Europe/London))? " +
        "Everyone coming will be told and its reminders will stop.",
    );
    expect(asked.actions?.map((a) => a.label)).toEqual(["Yes, cancel it", "Keep it"]);
    const [yes = "", keep = ""] = ids(asked);
    expect(textOf((await t.press(alice, keep)).only())).toBe("Kept: meeting #1 is not cancelled.");
    expect(await meetingRow()).toMatchObject({ status: "scheduled", sequence: 0 });
    expect(await pendingJobs()).not.toEqual([]);
    expect(textOf((await t.press(bob, yes)).only())).toBe(
      "Only a coordinator or the host of meeting #1 can change it.",
    );
    const cancelled = await t.press(alice, yes);
    expect(cancelled.sent.map((s) => [s.kind, messageOf(s).title ?? plainText(messageOf(s).text)])).toEqual([
      ["update", "Meeting #1 is cancelled; its reminders are off and those coming were told."],
      ["public", "Meeting #1 “Steering group” is cancelled"],
    ]);
    await t.tick(); // those coming are told by jobs, after Alice has her answer
    expect(t.sent.slack.dms("U-bob").map((m) => m.title)).toEqual(["Meeting #1 “Steering group” is cancelled"]);
    expect(await pendingJobs()).toEqual([]);
    expect(await meetingRow()).toMatchObject({ status: "cancelled", sequence: 1 });
    expect(textOf((await t.press(bob, ids(card)[1] as string)).only())).toBe("Meeting #1 has been cancelled.");
    expect(textOf((await t.command(alice, "meeting", "cancel 1")).only())).toBe("Meeting #1 has been cancelled.");
    expect(textOf((await t.press(alice, yes)).only())).toBe("Meeting #1 has been cancelled.");
    expect(textOf((await t.command(bob, "meeting", "list")).only())).toBe("No meetings are planned yet.");
    const shown = messageOf((await t.command(bob, "meeting", "show 1")).only());
    expect(shown.title).toBe("Cancelled: Steering group");
    expect(shown.actions).toBeUndefined();
    expect(shown.files?.[0]?.content).toContain("STATUS:CANCELLED");
    await at("2026-09-30T12:00:00Z");
    expect(t.sent.slack.posts("C-test")).toEqual([]);
  });

  it("lists what is coming up, a series by its next date; links and reminders per meeting", async () => {
    await schedule("Steering group | 30 September 2pm-4pm | Town hall");
    await schedule("Choir | Tuesday 7pm | Chapel | weekly");
    await schedule("Board | 1 October 6pm | Online https://meet.example/board");
    const list = messageOf((await t.command(bob, "meeting", "list")).only());
    expect(plainText(list.text).split("\n")).toEqual([
      "#2 Choir · Tue 1 Sep 19:00 · Chapel · every week on Tuesday",
      "#1 Steering group · Wed 30 Sep 14:00 · Town hall",
      "#3 Board · Thu 1 Oct 18:00 · Online",
    ]);
    expect((await meetingRow(3)).onlineUrl).toBe("https://meet.example/board");

    expect(textOf((await t.command(alice, "meeting", "links 1 none | https://docs.example/agenda")).only())).toBe(
      "Wednesday 30 September 2026, 14:00–16:00 (Europe/London)",
    );
    expect(await meetingRow(1)).toMatchObject({ onlineUrl: null, agendaUrl: "https://docs.example/agenda" });
    expect(textOf((await t.command(alice, "meeting", "links 1 agenda: not a link")).only())).toBe(
      "Agenda link must be a link starting with https://, or “none”.",
    );

    expect(textOf((await t.command(alice, "meeting", "reminders 1 2d 3h")).only())).toBe(
      "Reminders for meeting #1: 2d 3h before.",
    );
    const one = await meetingRow(1);
    const planned = await t.db.job.findMany({
      where: { kind: "meeting.remind", status: "pending", dedupeKey: { startsWith: `meeting.remind:${one.id}:` } },
      orderBy: { dueAt: "asc" },
    });
    expect(planned.map((j) => j.dueAt.toISOString())).toEqual(["2026-09-28T13:00:00.000Z", "2026-09-30T10:00:00.000Z"]);
    expect(textOf((await t.command(alice, "meeting", "reminders 1 soonish")).only())).toMatch(
      /^I couldn't read “soonish”/,
    );
  });

  it("a weekly series plans each next date as the last one begins, at 19:00 local across the clock change", async () => {
    t.clock.set("2026-03-10T10:00:00Z");
    const card = await schedule("Choir | 17 March 7pm | Chapel | weekly");
    expect(card.actions?.[0]?.id).toMatch(/:2026-03-17:g$/);
    const series = await meetingRow();
    const remindersFor = async (occurrence: string) =>
      (
        await t.db.job.findMany({
          where: { kind: "meeting.remind", status: "pending", dedupeKey: { contains: `:${occurrence}:` } },
          orderBy: { dueAt: "asc" },
        })
      ).map((j) => j.dueAt.toISOString());
    expect(await remindersFor("2026-03-17")).toEqual([
      "2026-03-10T19:00:00.000Z",
      "2026-03-16T19:00:00.000Z",
      "2026-03-17T18:00:00.000Z",
    ]);
    await at("2026-03-17T19:00:00Z"); // the first begins: the second is planned
    // A week's reminder would fall as the last one begins: only the day's and the hour's.
    expect(await remindersFor("2026-03-24")).toEqual(["2026-03-23T19:00:00.000Z", "2026-03-24T18:00:00.000Z"]);
    await at("2026-03-24T19:00:00Z");
    // 31 March is summer time: still 19:00 local, 18:00 UTC.
    expect(await remindersFor("2026-03-31")).toEqual(["2026-03-30T18:00:00.000Z", "2026-03-31T17:00:00.000Z"]);
    await t.press(bob, `meeting.rsvp:${series.id}:2026-03-31:g`);
    await at("2026-03-30T18:00:00Z");
    const [dm] = t.sent.slack.dms("U-bob").slice(-1);
    expect(dm?.title).toBe("Reminder: Choir");
    expect(plainText(dm?.text)).toMatch(/^Tuesday 31 March 2026, 19:00–20:00 \(Europe\/London\)/);
    const list = messageOf((await t.command(bob, "meeting", "list")).only());
    expect(plainText(list.text)).toBe("#1 Choir · Tue 31 Mar 19:00 · Chapel · every week on Tuesday");
  });

  it("serves the network's calendar feed at a secret link; reset revokes the old one", async () => {
    await schedule("Steering group | 30 September 2pm-4pm | Town hall");
    expect(textOf((await t.command(bob, "meeting", "feed")).only())).toMatch(/^Only a network coordinator/);
    const feed = messageOf((await t.command(alice, "meeting", "feed")).only());
    const url = plainText(feed.text).split(" ").pop() as string;
    const token = (await t.db.network.findFirstOrThrow()).calendarToken as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(url).toBe(`http://localhost:8080/calendar/${token}.ics`);
    // Asking again shows the same link.
    expect(plainText(messageOf((await t.command(alice, "meeting", "feed")).only()).text)).toContain(token);

    const listener = new HttpListener({
      routes,
      deps: { db: t.db, provider: t.database.provider, clock: t.clock, logger: silentLogger },
    });
    const port = await listener.listen(0);
    try {
      const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`);
      const ok = await get(`/calendar/${token}.ics`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      const body = await ok.text();
      const id = (await meetingRow()).id;
      expect(body).toContain(`UID:meeting-${id}@gather`);
      expect(body).toContain("DTSTART;TZID=Europe/London:20260930T140000");
      expect(body).toContain("SEQUENCE:0");
      expect((await get(`/calendar/${"x".repeat(32)}.ics`)).status).toBe(404);
      expect((await get(`/calendar/${token}`)).status).toBe(404);

      await t.command(alice, "meeting", "edit 1 | when: 30 September 3pm");
      expect(await (await get(`/calendar/${token}.ics`)).text()).toContain("SEQUENCE:1");

      const reset = messageOf((await t.command(alice, "meeting", "feed reset")).only());
      expect(plainText(reset.text)).toMatch(/^New calendar link \(the old one no longer works\): http/);
      const fresh = (await t.db.network.findFirstOrThrow()).calendarToken as string;
      expect(fresh).not.toBe(token);
      expect((await get(`/calendar/${token}.ics`)).status).toBe(404);
      expect((await get(`/calendar/${fresh}.ics`)).status).toBe(200);
      expect(
        await t.db.auditEntry.count({ where: { action: { in: ["meeting.feed_created", "meeting.feed_reset"] } } }),
      ).toBe(2);
    } finally {
      await listener.close();
    }
  });
});
