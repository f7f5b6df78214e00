/**
 * The date reader's pieces, one at a time: the scanner, the hour rules, the day rules and the
 * clock-change nights, and what a refusal carries. Fixed "now"s and explicit zones throughout.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { LOCALES, textsOf } from "../../src/core/i18n/define.js";
import { bareHourRule, fitsPart, readClock, withMeridiem, withPart } from "../../src/reading/when/clock.js";
import { examplesOf, readWhen, type RefusalReason, type WhenKind } from "../../src/reading/when/index.js";
import { dayOfDate, dayOfMonth, dayOfWeekday, localInstant } from "../../src/reading/when/resolve.js";
import { scan } from "../../src/reading/when/scan.js";
import "../../src/reading/when/strings.js";

const LONDON = "Europe/London";
const BRUSSELS = "Europe/Brussels";
/** Thursday 3 December 2026. */
const TODAY = DateTime.fromISO("2026-12-03", { zone: LONDON });

const types = (text: string, locale: "en" | "cy" | "nl" = "en") => scan(text, locale).map((token) => token.type);

describe("the scanner", () => {
  it("knows Welsh mutations and Dutch compounds as one weekday with its part of the day", () => {
    expect(scan("nos Fawrth", "cy")).toMatchObject([{ type: "weekday", weekday: 2, part: "evening" }]);
    expect(scan("nos Wener", "cy")).toMatchObject([{ type: "weekday", weekday: 5, part: "evening" }]);
    expect(scan("dinsdagavond", "nl")).toMatchObject([{ type: "weekday", weekday: 2, part: "evening" }]);
    expect(scan("zaterdagochtend", "nl")).toMatchObject([{ type: "weekday", weekday: 6, part: "morning" }]);
    // "Mawrth" alone is March; "o Fedi", "o Fehefin", "ym Mehefin", "yn Nhachwedd" are months.
    expect(scan("Mawrth", "cy")).toMatchObject([{ type: "month", month: 3 }]);
    expect(types("o Fedi o Fehefin ym Mehefin yn Nhachwedd", "cy")).toEqual(["month", "month", "month", "month"]);
  });

  it("reads ordinals in the three languages", () => {
    for (const text of ["30th", "30ain", "30ste", "1af", "2il", "3ydd", "1e", "2de", "6ed", "7fed"])
      expect(types(text)).toEqual(["ordinal"]);
  });

  it("reads times as written", () => {
    const time = (text: string, locale: "en" | "cy" | "nl" = "en") => scan(text, locale)[0];
    expect(time("10yb", "cy")).toMatchObject({ type: "time", time: { hour: 10, meridiem: "am" } });
    expect(time("7yh", "cy")).toMatchObject({ type: "time", time: { hour: 7, meridiem: "pm" } });
    expect(time("19u30", "nl")).toMatchObject({ type: "time", time: { hour: 19, minute: 30, twentyFour: true } });
    expect(time("14.00 uur", "nl")).toMatchObject({ type: "time", time: { hour: 14, minute: 0 } });
    expect(time("07:00")).toMatchObject({ type: "time", time: { hour: 7, twentyFour: true } });
    expect(time("half past two")).toMatchObject({ type: "time", time: { hour: 2, minute: 30 } });
    expect(time("quarter to 8")).toMatchObject({ type: "time", time: { hour: 7, minute: 45 } });
    expect(time("half 3", "nl")).toMatchObject({ type: "time", time: { hour: 2, minute: 30 } });
    expect(time("half 3", "en")).toMatchObject({ type: "ambiguous" });
    expect(time("hanner dydd", "cy")).toMatchObject({ type: "time", time: { hour: 12, minute: 0 } });
    // "15.12" may be 15 December; "14.00" is a time.
    expect(time("15.12", "nl")).toMatchObject({ type: "ambiguous" });
  });

  it("tells Welsh 'am' (at, for) from English am", () => {
    expect(types("am 7", "cy")).toEqual(["number"]);
    expect(types("7 am")).toEqual(["time"]);
    expect(types("10 am 2 awr", "cy")).toEqual(["number", "length"]);
  });

  it("keeps what it cannot read, in the member's own words", () => {
    expect(scan("Saturday-ish", "en").filter((t) => t.type === "unread")).toMatchObject([{ text: "ish" }]);
  });
});

describe("the hour rules", () => {
  it("reads a bare hour as the likelier daytime hour: 1–6 afternoon, 7–11 morning, 12 noon", () => {
    expect([1, 2, 6, 7, 11, 12].map(bareHourRule)).toEqual([13, 14, 18, 7, 11, 12]);
  });

  it("applies am/pm and the parts of the day", () => {
    expect(withMeridiem(12, "am")).toBe(0);
    expect(withMeridiem(12, "pm")).toBe(12);
    expect(withMeridiem(13, "pm")).toBeUndefined();
    expect(withPart(7, "evening")).toBe(19);
    expect(withPart(2, "night")).toBe(2);
    expect(withPart(12, "evening")).toBeUndefined();
    expect(fitsPart(14, "morning")).toBe(false);
  });

  it("reads ranges: the end is the shorter span; a 24-hour end keeps the start as written", () => {
    const bare = (hour: number) => ({ hour, minute: 0, twentyFour: false });
    const fixed = (hour: number) => ({ hour, minute: 0, twentyFour: true });
    expect(readClock(bare(10), bare(1), undefined)).toMatchObject({ start: { hour: 10 }, end: { hour: 13 } });
    expect(readClock(bare(9), bare(5), undefined)).toMatchObject({ start: { hour: 9 }, end: { hour: 17 } });
    expect(readClock(bare(6), fixed(14), undefined)).toMatchObject({ start: { hour: 6 }, end: { hour: 14 } });
    expect(readClock(fixed(22), bare(6), undefined)).toMatchObject({ start: { hour: 22 }, end: { hour: 6 } });
    const ninePm = { hour: 11, minute: 0, meridiem: "pm" as const, twentyFour: false };
    expect(readClock(bare(9), ninePm, undefined)).toMatchObject({ start: { hour: 21 }, end: { hour: 23 } });
    expect(readClock(bare(7), bare(9), "evening")).toMatchObject({ start: { hour: 19 }, end: { hour: 21 } });
    expect(readClock(fixed(14), undefined, "morning")).toEqual({ failure: "conflict", which: "start" });
  });
});

describe("the day rules", () => {
  it("takes a yearless date as the next such day, leap days included", () => {
    const date = (day: number, month: number) => ({ kind: "date" as const, day, month, text: "" });
    expect(dayOfDate(date(3, 12), TODAY, "next")?.toISODate()).toBe("2026-12-03");
    expect(dayOfDate(date(2, 12), TODAY, "next")?.toISODate()).toBe("2027-12-02");
    expect(dayOfDate(date(29, 2), TODAY, "next")?.toISODate()).toBe("2028-02-29");
    expect(dayOfDate(date(4, 12), TODAY, "last")?.toISODate()).toBe("2025-12-04");
    expect(dayOfDate(date(31, 6), TODAY, "next")).toBeUndefined();
    expect(dayOfDate({ ...date(29, 2), year: 2027 }, TODAY, "next")).toBeUndefined();
  });

  it("takes a weekday as the first from today on, 'next' as the first after today", () => {
    expect(dayOfWeekday(4, false, TODAY).toISODate()).toBe("2026-12-03");
    expect(dayOfWeekday(4, true, TODAY).toISODate()).toBe("2026-12-10");
    expect(dayOfWeekday(6, true, TODAY).toISODate()).toBe("2026-12-05");
    expect(dayOfMonth(31, TODAY, "next")?.toISODate()).toBe("2026-12-31");
    expect(dayOfMonth(2, TODAY, "next")?.toISODate()).toBe("2027-01-02");
  });
});

describe("the clock-change nights", () => {
  const day = (iso: string, zone: string) => DateTime.fromISO(iso, { zone });

  it("refuses a local time the clocks skip, in London and Brussels", () => {
    expect(localInstant(day("2026-03-29", LONDON), { hour: 1, minute: 30 })).toEqual({ gap: true });
    expect(localInstant(day("2026-03-29", BRUSSELS), { hour: 2, minute: 30 })).toEqual({ gap: true });
    expect(localInstant(day("2026-03-29", BRUSSELS), { hour: 1, minute: 30 })).not.toHaveProperty("gap");
  });

  it("reads a time the clocks show twice as the first, and gives the other offset", () => {
    const london = localInstant(day("2026-10-25", LONDON), { hour: 1, minute: 30 });
    expect(london).toMatchObject({ otherOffset: "+00:00" });
    if ("at" in london) expect(london.at.toISO()).toBe("2026-10-25T01:30:00.000+01:00");
    const brussels = localInstant(day("2026-10-25", BRUSSELS), { hour: 2, minute: 30 });
    if ("at" in brussels) expect(brussels.at.toISO()).toBe("2026-10-25T02:30:00.000+02:00");
  });

  it("echoes the repeated time and measures a night shift over the change in real hours", () => {
    const now = new Date("2026-10-21T12:00:00Z");
    const night = readWhen("Sat 22:00-07:00", { now, zone: LONDON, locale: "en", kind: "shift" });
    expect(night.ok && night.end?.diff(night.start, "hours").hours).toBe(10);
    const early = readWhen("Sunday 1:30am", { now, zone: LONDON, locale: "en", kind: "meeting" });
    expect(early.ok && early.echo.repeatedTime).toEqual({ at: "start", offset: "+01:00", otherOffset: "+00:00" });
  });
});

describe("what a reading says", () => {
  const now = new Date("2026-12-03T07:16:00Z");
  const read = (text: string, kind: WhenKind, locale: "en" | "cy" | "nl" = "en") =>
    readWhen(text, { now, zone: locale === "nl" ? BRUSSELS : LONDON, locale, kind });

  it("echoes the year when it is not this year, a day not written, the bare-hour rule and a night shift", () => {
    const gone = read("today 06:00-07:00", "shift");
    expect(gone.ok && gone.echo).toMatchObject({ past: true, showYear: false });
    // Today not said outright, and gone: today's, or next year's? Refused.
    expect(read("3 December 06:00-07:00", "shift")).toMatchObject({ ok: false, reason: "past" });
    const next = read("2 December 8pm", "meeting");
    expect(next.ok && next.echo.showYear).toBe(true);
    const today = read("10-1", "shift");
    expect(today.ok && today.echo).toMatchObject({ dayGiven: false, bareHour: true });
    const night = read("22:00-07:00", "shift");
    expect(night.ok && night.echo.overnight).toBe(true);
  });

  it("refuses with the part not understood, a message key and two examples in the reader's language", () => {
    const refused = read("Saturday 10-1 ish", "shift", "cy");
    expect(refused).toMatchObject({ ok: false, reason: "unread", unread: "ish", messageKey: "reading.when.unread" });
    expect(!refused.ok && refused.examples).toEqual(examplesOf("cy").shift);
  });

  it("understands every example it gives, and has a message for every reason", () => {
    for (const locale of LOCALES)
      for (const kind of ["meeting", "shift", "date", "range"] as const)
        for (const example of examplesOf(locale)[kind]) expect(read(example, kind, locale).ok, example).toBe(true);
    const reasons: RefusalReason[] = [
      "empty",
      "unread",
      "impossible",
      "no_such_time",
      "past",
      "conflict",
      "ambiguous",
      "no_day",
      "no_time",
      "no_end",
      "bad_span",
    ];
    for (const reason of reasons) expect(textsOf(`reading.when.${reason}`), reason).toBeDefined();
  });

  it("asks for what a kind needs", () => {
    expect(read("", "meeting")).toMatchObject({ reason: "empty" });
    expect(read("next Tuesday", "meeting")).toMatchObject({ reason: "no_time" });
    expect(read("Saturday 10am", "shift")).toMatchObject({ reason: "no_end" });
    expect(read("10am", "date")).toMatchObject({ reason: "no_day" });
    expect(read("tomorrow 2pm for 30 hours", "meeting")).toMatchObject({ reason: "bad_span" });
  });
});
