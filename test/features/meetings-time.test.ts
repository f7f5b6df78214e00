/**
 * Reading times and repeats, and keeping a series at its local time across the clock changes:
 * the pure parts of meetings, without a database. Pinned to the last Sundays of March and
 * October 2026 (29 March, 25 October) in London and Brussels.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors.js";
import { translator } from "../../src/core/i18n/index.js";
import { describeRepeat, formatWhen } from "../../src/features/meetings/card.js";
import { toIcs, vtimezone } from "../../src/features/meetings/ics.js";
import { nextOccurrence, occurrenceByKey, occurrencesBetween } from "../../src/features/meetings/recurrence.js";
import { reminderAt } from "../../src/features/meetings/schedule.js";
import {
  firstOccurrence,
  offsetsPhrase,
  parseOffsets,
  parseRepeat,
  parseWhen,
  repeatPhrase,
} from "../../src/features/meetings/when.js";
import type { Meeting } from "../../src/features/meetings/domain.js";

const LONDON = "Europe/London";
const BRUSSELS = "Europe/Brussels";
/** Tuesday 1 September 2026, 11:00 in London. */
const NOW = new Date("2026-09-01T10:00:00Z");

const read = (text: string, locale: "en" | "cy" | "nl" = "en", zone = LONDON) => {
  const when = parseWhen(text, { now: NOW, zone, locale });
  return { at: when.start.toISO(), minutes: when.durationMinutes };
};
const errorKey = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error.key;
    throw error;
  }
  return undefined;
};

describe("reading a date and time", () => {
  it("reads English in the network's zone, with an end or a length", () => {
    expect(read("30 September 2pm")).toEqual({ at: "2026-09-30T14:00:00.000+01:00", minutes: undefined });
    expect(read("30 September 2pm-4pm")).toEqual({ at: "2026-09-30T14:00:00.000+01:00", minutes: 120 });
    expect(read("tomorrow 19:00 for 90 minutes")).toEqual({ at: "2026-09-02T19:00:00.000+01:00", minutes: 90 });
    expect(read("3/10 7pm for 2 hours")).toEqual({ at: "2026-10-03T19:00:00.000+01:00", minutes: 120 });
    expect(read("30 September 14:00", "en", BRUSSELS).at).toBe("2026-09-30T14:00:00.000+02:00");
    // After the clock change, the same wall time is a different offset.
    expect(read("2 November 10am").at).toBe("2026-11-02T10:00:00.000+00:00");
  });

  it("gives a part of the day without a time its usual hour, and refuses no time at all", () => {
    expect(read("next Tuesday afternoon").at).toBe("2026-09-08T14:00:00.000+01:00");
    expect(read("Friday morning").at).toBe("2026-09-04T10:00:00.000+01:00");
    expect(read("tomorrow evening").at).toBe("2026-09-02T19:00:00.000+01:00");
    // Refused by the shared date reader, naming the part and giving two examples.
    expect(errorKey(() => read("next Tuesday"))).toBe("reading.when.refused");
    expect(errorKey(() => read("whenever suits"))).toBe("reading.when.refused");
    expect(errorKey(() => read("tomorrow 2pm for 30 hours"))).toBe("reading.when.refused");
  });

  it("reads Dutch and Welsh", () => {
    expect(read("volgende dinsdag 14:00", "nl").at).toBe("2026-09-08T14:00:00.000+01:00");
    expect(read("30 september 14:00-16:00", "nl")).toEqual({ at: "2026-09-30T14:00:00.000+01:00", minutes: 120 });
    // Said on a Tuesday morning, "Tuesday afternoon" is today.
    expect(read("dinsdag middag", "nl").at).toBe("2026-09-01T14:00:00.000+01:00");
    expect(read("30 Medi am 2pm", "cy").at).toBe("2026-09-30T14:00:00.000+01:00");
    expect(read("dydd Mawrth nesaf prynhawn", "cy").at).toBe("2026-09-08T14:00:00.000+01:00");
    expect(read("yfory 19:00 am 2 awr", "cy")).toEqual({ at: "2026-09-02T19:00:00.000+01:00", minutes: 120 });
  });

  it("echoes the time unambiguously, in the reader's language", () => {
    const start = new Date("2026-09-29T13:00:00Z");
    expect(formatWhen(start, 120, LONDON, "en")).toBe("Tuesday 29 September 2026, 14:00–16:00 (Europe/London)");
    expect(formatWhen(start, 120, LONDON, "nl")).toBe("dinsdag 29 september 2026, 14:00–16:00 (Europe/London)");
    expect(formatWhen(start, 600, LONDON, "en")).toBe(
      "Tuesday 29 September 2026, 14:00–Wednesday 30 September 00:00 (Europe/London)",
    );
  });
});

describe("reading how a meeting repeats", () => {
  const tuesday = DateTime.fromISO("2026-09-08T19:00", { zone: LONDON });
  const repeat = (text: string, first = tuesday) => parseRepeat(text, first);

  it("stores an RRULE without a start", () => {
    expect(repeat("")).toBeNull();
    expect(repeat("none")).toBeNull();
    expect(repeat("weekly")).toBe("FREQ=WEEKLY;BYDAY=TU");
    expect(repeat("every Thursday")).toBe("FREQ=WEEKLY;BYDAY=TH");
    expect(repeat("fortnightly")).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
    expect(repeat("every second Tuesday")).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
    expect(repeat("second Tuesday of the month")).toBe("FREQ=MONTHLY;BYDAY=+2TU");
    expect(repeat("first Monday of the month")).toBe("FREQ=MONTHLY;BYDAY=+1MO");
    expect(repeat("last Friday")).toBe("FREQ=MONTHLY;BYDAY=-1FR");
    // "monthly" keeps the first date's place in its month: 8 September is the second Tuesday.
    expect(repeat("monthly")).toBe("FREQ=MONTHLY;BYDAY=+2TU");
    expect(repeat("monthly", DateTime.fromISO("2026-09-29T19:00", { zone: LONDON }))).toBe("FREQ=MONTHLY;BYDAY=-1TU");
    expect(repeat("monthly on day 15")).toBe("FREQ=MONTHLY;BYMONTHDAY=15");
    expect(repeat("every 3 weeks")).toBe("FREQ=WEEKLY;INTERVAL=3;BYDAY=TU");
    expect(repeat("FREQ=DAILY;COUNT=3")).toBe("FREQ=DAILY;COUNT=3");
    expect(repeat("elke dinsdag")).toBe("FREQ=WEEKLY;BYDAY=TU");
    expect(repeat("maandelijks")).toBe("FREQ=MONTHLY;BYDAY=+2TU");
    expect(repeat("om de week")).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
    expect(repeat("bob pythefnos")).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
    expect(repeat("bob dydd Mawrth")).toBe("FREQ=WEEKLY;BYDAY=TU");
    expect(errorKey(() => repeat("whenever"))).toBe("meetings.repeat.invalid");
    expect(errorKey(() => repeat("FREQ=SOMETIMES"))).toBe("meetings.repeat.invalid");
  });

  it("reads its own phrases back (the edit form) and describes them in each language", () => {
    for (const text of [
      "weekly",
      "fortnightly",
      "monthly",
      "last Friday",
      "monthly on day 15",
      "every 3 weeks",
      "daily",
    ]) {
      const rule = repeat(text);
      expect(repeat(repeatPhrase(rule)), text).toBe(rule);
    }
    const en = translator("en");
    expect(describeRepeat(repeat("every second Tuesday"), en, "en")).toBe("every 2 weeks on Tuesday");
    expect(describeRepeat(repeat("second Tuesday of the month"), en, "en")).toBe("every month on the second Tuesday");
    expect(describeRepeat(repeat("maandelijks"), translator("nl"), "nl")).toBe("elke maand op de tweede dinsdag");
  });

  it("starts a series on its first date on or after the one given", () => {
    const wednesday = DateTime.fromISO("2026-09-30T19:00", { zone: LONDON });
    expect(firstOccurrence(wednesday, "FREQ=WEEKLY;BYDAY=TU", LONDON).toISO()).toBe("2026-10-06T19:00:00.000+01:00");
    expect(firstOccurrence(wednesday, null, LONDON).toISO()).toBe("2026-09-30T19:00:00.000+01:00");
  });

  it("reads reminder offsets", () => {
    expect(parseOffsets("1w 1d 2h 30m")).toEqual([10080, 1440, 120, 30]);
    expect(parseOffsets("2 days, 3 hours")).toEqual([2880, 180]);
    expect(parseOffsets("default")).toBeUndefined();
    expect(parseOffsets("none")).toEqual([]);
    expect(offsetsPhrase([40320, 10080, 1440, 60])).toBe("4w 1w 1d 1h");
    expect(errorKey(() => parseOffsets("soon"))).toBe("meetings.reminders.invalid");
    expect(errorKey(() => parseOffsets("1m"))).toBe("meetings.reminders.range");
  });
});

describe("a series across the clock changes", () => {
  const weekly = (zone: string, firstLocal: string) => ({
    startsAt: DateTime.fromISO(firstLocal, { zone }).toJSDate(),
    timeZone: zone,
    rrule: "FREQ=WEEKLY;BYDAY=TU",
    durationMinutes: 90,
  });
  const localTimes = (series: ReturnType<typeof weekly>, from: string, to: string) =>
    occurrencesBetween(series, new Date(from), new Date(to)).map((o) => [
      o.key,
      DateTime.fromJSDate(o.start, { zone: series.timeZone }).toFormat("HH:mm"),
      o.start.toISOString(),
    ]);

  it("a weekly Tuesday 19:00 in London stays 19:00 before and after 29 March and 25 October", () => {
    const series = weekly(LONDON, "2026-03-17T19:00");
    expect(localTimes(series, "2026-03-17T00:00Z", "2026-04-08T00:00Z")).toEqual([
      ["2026-03-17", "19:00", "2026-03-17T19:00:00.000Z"],
      ["2026-03-24", "19:00", "2026-03-24T19:00:00.000Z"],
      ["2026-03-31", "19:00", "2026-03-31T18:00:00.000Z"],
      ["2026-04-07", "19:00", "2026-04-07T18:00:00.000Z"],
    ]);
    expect(localTimes(series, "2026-10-13T00:00Z", "2026-11-04T00:00Z")).toEqual([
      ["2026-10-13", "19:00", "2026-10-13T18:00:00.000Z"],
      ["2026-10-20", "19:00", "2026-10-20T18:00:00.000Z"],
      ["2026-10-27", "19:00", "2026-10-27T19:00:00.000Z"],
      ["2026-11-03", "19:00", "2026-11-03T19:00:00.000Z"],
    ]);
  });

  it("and in Brussels", () => {
    const series = weekly(BRUSSELS, "2026-03-24T19:00");
    expect(localTimes(series, "2026-03-24T00:00Z", "2026-04-01T00:00Z").map((o) => o[2])).toEqual([
      "2026-03-24T18:00:00.000Z",
      "2026-03-31T17:00:00.000Z",
    ]);
    expect(localTimes(series, "2026-10-20T00:00Z", "2026-10-28T00:00Z").map((o) => o[2])).toEqual([
      "2026-10-20T17:00:00.000Z",
      "2026-10-27T18:00:00.000Z",
    ]);
  });

  it("finds the next occurrence and an occurrence by its key", () => {
    const series = weekly(LONDON, "2026-03-17T19:00");
    expect(nextOccurrence(series, new Date("2026-03-24T19:00:00Z"))?.key).toBe("2026-03-31");
    expect(nextOccurrence(series, new Date("2026-03-24T19:00:00Z"), true)?.key).toBe("2026-03-24");
    expect(occurrenceByKey(series, "2026-03-31")?.start.toISOString()).toBe("2026-03-31T18:00:00.000Z");
    expect(occurrenceByKey(series, "2026-03-30")).toBeUndefined();
  });

  it("counts whole days and weeks before a meeting in wall-clock time, across the change", () => {
    // Monday 30 March 19:00 BST, the day after the change: a day before is Sunday 19:00 BST,
    // a week before Monday 23 March 19:00 GMT.
    const monday = new Date("2026-03-30T18:00:00Z");
    expect(reminderAt(monday, 1440, LONDON).toISOString()).toBe("2026-03-29T18:00:00.000Z");
    expect(reminderAt(monday, 10080, LONDON).toISOString()).toBe("2026-03-23T19:00:00.000Z");
    expect(reminderAt(monday, 60, LONDON).toISOString()).toBe("2026-03-30T17:00:00.000Z");
    // Sunday 29 March 19:00 BST: the day before was still GMT.
    expect(reminderAt(new Date("2026-03-29T18:00:00Z"), 1440, LONDON).toISOString()).toBe("2026-03-28T19:00:00.000Z");
    // Brussels, Monday 26 October 19:00 CET: a day before is Sunday 19:00 CET, after the change.
    expect(reminderAt(new Date("2026-10-26T18:00:00Z"), 1440, BRUSSELS).toISOString()).toBe("2026-10-25T18:00:00.000Z");
  });
});

describe("calendar files", () => {
  const meeting = (over: Partial<Meeting> = {}): Meeting => ({
    id: "m1",
    networkId: "n1",
    number: 1,
    title: "Steering group; autumn",
    startsAt: new Date("2026-03-17T19:00:00Z"),
    durationMinutes: 90,
    timeZone: LONDON,
    rrule: "FREQ=WEEKLY;BYDAY=TU",
    hostId: null,
    hostName: null,
    place: "Town hall",
    onlineUrl: null,
    agendaUrl: null,
    reminderOffsets: null,
    status: "scheduled",
    sequence: 2,
    spaceId: null,
    channelId: null,
    createdById: null,
    createdAt: new Date("2026-03-01T00:00:00Z"),
    updatedAt: new Date("2026-03-02T00:00:00Z"),
    cancelledAt: null,
    ...over,
  });

  it("writes local times with their zone, the rule, a stable UID and SEQUENCE", () => {
    const ics = toIcs(
      "Network",
      [meeting(), meeting({ id: "m2", number: 2, rrule: null, status: "cancelled" })],
      new Date("2026-03-01T00:00:00Z"),
    );
    const lines = ics.split("\r\n");
    expect(lines).toContain("UID:meeting-m1@gather");
    expect(lines).toContain("SEQUENCE:2");
    expect(lines).toContain("DTSTART;TZID=Europe/London:20260317T190000");
    expect(lines).toContain("DTEND;TZID=Europe/London:20260317T203000");
    expect(lines).toContain("RRULE:FREQ=WEEKLY;BYDAY=TU");
    expect(lines).toContain("SUMMARY:Steering group\\; autumn");
    expect(lines).toContain("STATUS:CANCELLED");
    expect(lines.filter((l) => l === "BEGIN:VTIMEZONE")).toHaveLength(1);
  });

  it("describes the zone's clock changes in a VTIMEZONE", () => {
    const text = vtimezone(LONDON, new Date("2026-01-01T00:00:00Z"), new Date("2027-01-01T00:00:00Z"));
    expect(text.split("\r\n")).toEqual([
      "BEGIN:VTIMEZONE",
      "TZID:Europe/London",
      "BEGIN:DAYLIGHT",
      "DTSTART:20260329T010000",
      "TZOFFSETFROM:+0000",
      "TZOFFSETTO:+0100",
      "END:DAYLIGHT",
      "BEGIN:STANDARD",
      "DTSTART:20261025T020000",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0000",
      "END:STANDARD",
      "END:VTIMEZONE",
    ]);
  });
});
