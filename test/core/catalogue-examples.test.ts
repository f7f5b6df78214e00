/**
 * Examples parse: every date, time, repeat and reminder example a catalogue quotes (usage lines,
 * help texts, refusals, form placeholders, in English, Welsh and Dutch) is read by the same reader
 * the feature uses, and must mean what the example means. A member who copies an example must
 * never be refused, nor get another day.
 *
 * How examples are found, so none escapes: {@link EXAMPLES} is the reviewable table (key, language,
 * the example's words, the reader, what it means). {@link looksLikeWhen} marks every date-, time- or
 * repeat-like word in every string of every catalogue; each one must fall inside an example of the
 * table, or be listed in {@link NOT_EXAMPLES} with the reason it is no example. A new string with a
 * date in it fails here until its example is added to the table.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/core/i18n/define.js";
import { catalogue, LOCALES, translator } from "../../src/core/i18n/index.js";
import { readReminders, readEscalation } from "../../src/features/admin/settings-input.js";
import { describeRepeat } from "../../src/features/meetings/card.js";
import { parseOffsets, parseRepeat, parseWhen } from "../../src/features/meetings/when.js";
import { readWhen, type WhenKind } from "../../src/reading/when/index.js";

/** Wednesday 3 June 2026, 10:00 in London: "next Tuesday" is 9 June. */
const NOW = new Date("2026-06-03T09:00:00Z");
const ZONE = "Europe/London";
/** The first start a repeat is read against (a repeat's missing weekday is the first date's): Wed 30 Sep. */
const FIRST = DateTime.fromISO("2026-09-30T14:00", { zone: ZONE });

/**
 * Which reader reads an example, as the feature that quotes it does:
 * - `shift`, `date`, `range`: the shared date reader (src/reading/when), as /shift add, a check's
 *   expiry or an ask's deadline, and a report's first and last day read them;
 * - `meeting`: the meetings feature's `parseWhen` (the shared reader, a time required);
 * - `repeat`: the meetings feature's `parseRepeat` (an RRULE, or "none");
 * - `offsets`: a meeting's own reminders; `reminders`, `escalation`: the network's settings.
 */
type Reader = WhenKind | "repeat" | "offsets" | "reminders" | "escalation";

interface Example {
  readonly key: string;
  readonly locale: Locale;
  /** The example's words, exactly as the catalogue quotes them. */
  readonly text: string;
  readonly read: Reader;
  /** Where the example is a part to add ("add a time, e.g. 2pm"): the text read, `{}` the example. */
  readonly within?: string;
  /**
   * What it means: "2026-12-05 10:00–13:00" (a start and an end), "2026-09-30 14:00" (a start),
   * "2026-12-01" (a whole day), "2026-05-01 – 2026-05-31" (whole days); an RRULE or "none"; minutes (offsets, reminders) or hours (escalation).
   */
  readonly means: string;
}

/** One example in every language (the same words, or each language's own). */
const each = (
  key: string,
  read: Reader,
  means: string,
  texts: Readonly<Record<Locale, string>>,
  within?: Readonly<Record<Locale, string>>,
): Example[] => LOCALES.map((locale) => ({ key, locale, text: texts[locale], read, means, within: within?.[locale] }));
const same = (text: string): Record<Locale, string> => ({ en: text, cy: text, nl: text });

const SHIFT = "2026-12-05 10:00–13:00";
const MEETING = "2026-09-30 14:00–16:00";

export const EXAMPLES: readonly Example[] = [
  // Shifts: the day and times of a shift, a check's expiry.
  ...each("shift.opt.when.placeholder", "shift", SHIFT, same("2026-12-05 10:00-13:00")),
  ...each("shift.add.usage", "shift", SHIFT, same("2026-12-05 10:00-13:00")),
  ...each("shift.edit.usage", "shift", SHIFT, same("2026-12-05 10:00-13:00")),
  ...each("shift.when.invalid", "shift", SHIFT, same("2026-12-05 10:00-13:00")),
  // A CSV row's three cells, read as "date start-end".
  ...each("shift.import.bad_time", "shift", SHIFT, same("2026-12-05, 10:00, 13:00"), same("2026-12-05 10:00-13:00")),
  ...each("shift.opt.expiry.placeholder", "date", "2027-05-01", same("2027-05-01")),
  ...each("shift.check.usage", "date", "2027-05-01", same("2027-05-01")),
  ...each("shift.check.bad_expiry", "date", "2027-05-01", same("2027-05-01")),
  // Asks: the needed-by date.
  ...each("asks.post.usage", "date", "2026-12-01", same("2026-12-01")),
  ...each("asks.opt.deadline.description", "date", "2026-12-01", same("2026-12-01")),
  ...each("asks.opt.deadline.placeholder", "date", "2026-12-01", same("2026-12-01")),
  ...each("asks.extras.invalid", "date", "2026-12-01", same("2026-12-01")),
  ...each("asks.deadline.invalid", "date", "2026-12-01", same("2026-12-01")),
  // Polls: when voting closes.
  ...(["polls.post.usage", "polls.opt.closes.description", "polls.opt.closes.placeholder"] as const).flatMap((key) =>
    each(key, "date", "2026-06-05 17:00", { en: "Friday 5pm", cy: "dydd Gwener 5pm", nl: "vrijdag 17:00" }),
  ),
  // A report's first and last day.
  ...each("privacy.report.usage", "range", "2026-01-01", same("2026-01-01")),
  ...each("privacy.report.usage", "range", "2026-03-31", same("2026-03-31")),
  ...each("privacy.report.from.description", "range", "2026-01-01", same("2026-01-01")),
  ...each("privacy.report.from.description", "range", "2026-05-01 – 2026-05-31", {
    en: "last month",
    cy: "y mis diwethaf",
    nl: "vorige maand",
  }),
  ...each("privacy.report.from.placeholder", "range", "2026-01-01", same("2026-01-01")),
  ...each("privacy.report.to.description", "range", "2026-03-31", same("2026-03-31")),
  ...each("privacy.report.to.placeholder", "range", "2026-03-31", same("2026-03-31")),
  ...each("privacy.report.bad_date", "range", "2026-01-31", same("2026-01-31")),
  // Meetings: when, and how it repeats.
  ...each("meetings.add.usage", "meeting", MEETING, {
    en: "30 September 2pm-4pm",
    cy: "30 Medi 2pm-4pm",
    nl: "30 september 14:00-16:00",
  }),
  ...each("meetings.add.usage", "repeat", "FREQ=MONTHLY;BYDAY=-1WE", {
    en: "monthly",
    cy: "bob mis",
    nl: "maandelijks",
  }),
  ...each("meetings.opt.when.description", "meeting", MEETING, {
    en: "30 September 2pm-4pm",
    cy: "30 Medi 2pm-4pm",
    nl: "30 september 14:00-16:00",
  }),
  ...each("meetings.opt.when.description", "meeting", "2026-06-09 14:00", {
    en: "next Tuesday afternoon",
    cy: "prynhawn dydd Mawrth nesaf",
    nl: "volgende dinsdag in de middag",
  }),
  ...each("meetings.opt.when.placeholder", "meeting", MEETING, {
    en: "30 September 2pm-4pm",
    cy: "30 Medi 2pm-4pm",
    nl: "30 september 14:00-16:00",
  }),
  ...each("meetings.when.unreadable", "meeting", "2026-09-30 14:00", {
    en: "30 September 2pm",
    cy: "30 Medi 2pm",
    nl: "30 september 14:00",
  }),
  ...each("meetings.when.unreadable", "meeting", "2026-06-09 19:00", {
    en: "next Tuesday 19:00",
    cy: "dydd Mawrth nesaf 19:00",
    nl: "volgende dinsdag 19:00",
  }),
  // "Add a time": each example after a day that has none.
  ...each(
    "meetings.when.no_time",
    "meeting",
    "2026-09-30 14:00",
    { en: "2pm", cy: "2pm", nl: "14:00" },
    { en: "30 September {}", cy: "30 Medi {}", nl: "30 september {}" },
  ),
  ...each("meetings.when.no_time", "meeting", "2026-09-30 19:00", same("19:00"), {
    en: "30 September {}",
    cy: "30 Medi {}",
    nl: "30 september {}",
  }),
  ...each(
    "meetings.when.no_time",
    "meeting",
    "2026-09-30 14:00",
    { en: "afternoon", cy: "prynhawn", nl: "middag" },
    { en: "30 September {}", cy: "30 Medi {}", nl: "30 september {}" },
  ),
  ...each("meetings.edit.usage", "meeting", "2026-10-07 14:00", {
    en: "7 October 2pm",
    cy: "7 Hydref 2pm",
    nl: "7 oktober 14:00",
  }),
  ...each("meetings.opt.repeat.placeholder", "repeat", "FREQ=MONTHLY;BYDAY=-1WE", {
    en: "monthly",
    cy: "bob mis",
    nl: "maandelijks",
  }),
  ...each("meetings.opt.repeat.description", "repeat", "FREQ=WEEKLY;BYDAY=WE", {
    en: "weekly",
    cy: "bob wythnos",
    nl: "wekelijks",
  }),
  ...each("meetings.opt.repeat.description", "repeat", "FREQ=MONTHLY;BYDAY=-1WE", {
    en: "monthly",
    cy: "bob mis",
    nl: "maandelijks",
  }),
  ...each("meetings.opt.repeat.description", "repeat", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", {
    en: "every second Tuesday",
    cy: "bob pythefnos",
    nl: "om de twee weken",
  }).map((e) => (e.locale === "en" ? { ...e, means: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU" } : e)),
  ...each("meetings.opt.repeat.description", "repeat", "none", { en: "none", cy: "dim", nl: "geen" }),
  ...each("meetings.repeat.invalid", "repeat", "FREQ=WEEKLY;BYDAY=WE", {
    en: "weekly",
    cy: "bob wythnos",
    nl: "wekelijks",
  }),
  ...each("meetings.repeat.invalid", "repeat", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", {
    en: "every 2 weeks",
    cy: "bob pythefnos",
    nl: "om de twee weken",
  }),
  ...each("meetings.repeat.invalid", "repeat", "FREQ=MONTHLY;BYDAY=-1WE", {
    en: "monthly",
    cy: "bob mis",
    nl: "maandelijks",
  }),
  ...each("meetings.repeat.invalid", "repeat", "FREQ=MONTHLY;BYDAY=+1MO", {
    en: "first Monday of the month",
    cy: "dydd Llun cyntaf y mis",
    nl: "eerste maandag van de maand",
  }),
  ...each("meetings.repeat.invalid", "repeat", "none", { en: "none", cy: "dim", nl: "geen" }),
  // Reminders before a meeting, and the network's reminder and escalation settings.
  ...each("meetings.opt.offsets.description", "offsets", "10080 1440 60", same("1w 1d 1h")),
  ...each("meetings.opt.offsets.placeholder", "offsets", "10080 1440 60", same("1w 1d 1h")),
  ...each("meetings.reminders.usage", "offsets", "10080 1440 60", same("1w 1d 1h")),
  ...each("meetings.reminders.invalid", "offsets", "10080 1440 120 30", same("1w 1d 2h 30m")),
  ...each("meetings.reminders.invalid", "offsets", "default", { en: "default", cy: "default", nl: "standaard" }),
  ...each("meetings.opt.offsets.description", "offsets", "default", { en: "default", cy: "default", nl: "standaard" }),
  ...each("meetings.opt.offsets.description", "offsets", "", { en: "none", cy: "dim", nl: "geen" }),
  ...each("admin.settings.reminders_invalid", "reminders", "40320 10080 1440 60", same("4w 1w 1d 1h")),
  ...each("admin.opt.reminders.description", "reminders", "40320 10080 1440 60", same("4w 1w 1d 1h")),
  ...each("admin.opt.reminders.placeholder", "reminders", "40320 10080 1440 60", same("4w 1w 1d 1h")),
  ...each("admin.settings.usage", "reminders", "10080 1440", same("1w 1d")),
  ...each("admin.shift_settings.usage", "escalation", "72 24 4", same("72h 24h 4h")),
  ...each("admin.opt.escalation.placeholder", "escalation", "72 24 4", same("72h 24h 4h")),
  ...each("admin.settings.escalation_invalid", "escalation", "72 24 4", same("72h 24h 4h")),
  ...each("admin.opt.escalation.description", "escalation", "72 24 4", same("72h 24h 4h")),
  // The date reader's own refusal: "write the date in full, or “today”".
  ...each("reading.when.past", "date", "2026-06-03", { en: "today", cy: "heddiw", nl: "vandaag" }),
];

/**
 * Date-like words that are no example, by key, with the reason. A word listed here is allowed in
 * that key only; anything else date-like in it must be an example of the table.
 */
const NOT_EXAMPLES: Readonly<Record<string, { readonly why: string; readonly words: readonly string[] }>> = {
  "shift.remind.title": { why: "a label: the reminder is for tomorrow", words: ["tomorrow", "yfory", "morgen"] },
  "admin.channel.no_digest": { why: "the digest's name", words: ["weekly", "wythnosol", "wekelijks"] },
  "admin.channel.kind.digest": { why: "the digest's name", words: ["weekly", "wythnosol", "wekelijkse"] },
  "update.digest_here.done": { why: "the digest's name", words: ["weekly", "wythnosol", "wekelijkse"] },
  "update.digest_off.done": { why: "the digest's name", words: ["weekly", "wythnosol", "wekelijkse"] },
  "update.digest_here.description": { why: "the digest's name", words: ["weekly", "wythnosol"] },
  "update.digest_off.description": { why: "the digest's name", words: ["weekly", "wythnosol"] },
  "shift.at_risk.none": { why: "plain prose", words: ["every cover"] },
  "update.digest.title": { why: "the digest's title", words: ["this week", "deze week"] },
  "admin.opt.approval.description": { why: "plain prose", words: ["each cover"] },
  "shift.template.text": { why: "says a night shift ends the next morning", words: ["morning", "bore", "ochtend"] },
  "update.reading.nothing": {
    why: "an example of an update: the project meets every Saturday",
    words: ["every saturday", "saturday", "bob dydd", "dydd sadwrn", "elke zaterdag", "zaterdag"],
  },
  "asks.reading.nothing": {
    why: "an example ask; its needed-by day is read by the ask's own reader (test/features/asks-paragraph.test.ts)",
    words: ["friday", "dydd gwener", "vrijdag"],
  },
};

/**
 * How a meeting's repeat is described on its card (meetings.repeat.*): not examples, but a member
 * may copy the words back into "repeat", so each description must read back as its own rule.
 */
const DESCRIBED = [
  "FREQ=DAILY",
  "FREQ=WEEKLY;BYDAY=TU",
  "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
  "FREQ=WEEKLY;INTERVAL=3;BYDAY=TU",
  "FREQ=MONTHLY;BYDAY=+1TU",
  "FREQ=MONTHLY;BYDAY=+2TU",
  "FREQ=MONTHLY;BYDAY=+3TU",
  "FREQ=MONTHLY;BYDAY=+4TU",
  "FREQ=MONTHLY;BYDAY=-1TU",
  "FREQ=MONTHLY;BYMONTHDAY=12",
];
const DESCRIPTION_KEYS = /^meetings\.repeat\.(daily|weekly|weeks|monthly_day|monthly\.(1|2|3|4|last))$/;

const WEEKDAYS =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag";
const CY_WEEKDAYS =
  "(?:dydd|ddydd|nos|bore|prynhawn) (?:llun|lun|mawrth|fawrth|mercher|fercher|iau|gwener|wener|sadwrn|sul)";
const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december|" +
  "januari|februari|maart|mei|juni|juli|augustus|oktober|" +
  "ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr|" +
  "fawrth|fai|fehefin|orffennaf|fedi|dachwedd|ragfyr"; // Welsh months after "o": "30ain o Fedi"
const UNITS = "days?|weeks?|months?|dag|dagen|weken|maand|dydd|wythnos|mis";

/** Every date-, time- or repeat-like stretch of a text: what must be an example, or said not to be one. */
const LOOKS_LIKE: readonly RegExp[] = [
  /\d{4}-\d{2}-\d{2}/g, // 2026-12-05
  /(?<![:\d-])\b\d{1,2}[/-]\d{1,2}([/-]\d{2,4})?\b/g, // 15/12/2026, 15-12-2026
  /\b\d{1,2}[:.]\d{2}\b/g, // 10:00, 19.30
  /\b\d{1,2} ?(am|pm|yb|yh|yp|u)(\d{2})?\b/gi, // 2pm, 10yb, 14u, 19u30
  new RegExp(`\\b\\d{1,2}(st|nd|rd|th|e|ain|fed|ydd|af|il)? (o )?(${MONTHS})\\b`, "gi"), // 30 September, 30ain o Fedi
  new RegExp(`\\b(${MONTHS}) \\d{4}\\b`, "gi"), // Medi 2027
  new RegExp(`\\b(${WEEKDAYS})(ochtend|middag|avond|nacht)?\\b`, "gi"),
  new RegExp(`\\b${CY_WEEKDAYS}\\b`, "gi"),
  /\b(today|tonight|tomorrow|yesterday|vandaag|vanavond|morgen|overmorgen|gisteren|heddiw|heno|yfory|drennydd|ddoe)\b/gi,
  /\b(next|this|last|volgende|deze|vorige) (week|month|maand)\b|\b(wythnos|mis) (nesaf|yma|diwethaf)\b/gi,
  /\b(noon|midday|midnight|middernacht|hanner dydd|canol dydd|hanner nos|half past|quarter (past|to)|kwart (over|voor))\b/gi,
  /\b(morning|afternoon|evening|ochtend|voormiddag|middag|namiddag|avond|bore|prynhawn|noswaith)\b/gi,
  /\b(daily|weekly|fortnightly|monthly|dagelijks|wekelijkse?|tweewekelijks|maandelijkse?|wythnosol|misol|fisol|pythefnos)\b/gi,
  new RegExp(
    `\\b(every|each|elke|iedere|bob|om de) (other |second |two |twee |\\d+ )?(${UNITS}|${WEEKDAYS}|cover)\\b`,
    "gi",
  ),
  /\b\d{1,4}[wdh]\b/g, // reminder offsets: 4w 1d 72h
];

type Form = { readonly key: string; readonly locale: Locale; readonly text: string };

/** Every text of every catalogue: each plural form on its own. */
function allForms(): Form[] {
  return LOCALES.flatMap((locale) =>
    Object.entries(catalogue(locale)).flatMap(([key, text]) =>
      (typeof text === "string" ? [text] : Object.values(text)).map((form) => ({ key, locale, text: form })),
    ),
  );
}

/** The date-like stretches of a text, with where they are. */
export function looksLikeWhen(text: string): { word: string; start: number; end: number }[] {
  return LOOKS_LIKE.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length })),
  ).sort((a, b) => a.start - b.start);
}

const hhmm = (at: DateTime) => at.toFormat("yyyy-MM-dd HH:mm");

/** What an example means, read by its reader, in the notation of {@link Example.means}; or why it was refused. */
function reading(example: Example): string {
  const text = example.within ? example.within.replace("{}", example.text) : example.text;
  const { locale } = example;
  try {
    switch (example.read) {
      case "meeting": {
        const when = parseWhen(text, { now: NOW, zone: ZONE, locale });
        const end = when.durationMinutes ? when.start.plus({ minutes: when.durationMinutes }) : undefined;
        return end ? `${hhmm(when.start)}–${end.toFormat("HH:mm")}` : hhmm(when.start);
      }
      case "repeat":
        return parseRepeat(text, FIRST) ?? "none";
      case "offsets":
        return parseOffsets(text)?.join(" ") ?? "default";
      case "reminders":
      case "escalation": {
        const read = (example.read === "reminders" ? readReminders : readEscalation)(text);
        return Array.isArray(read) ? read.join(" ") : `refused: ${JSON.stringify(read)}`;
      }
      default: {
        const read = readWhen(text, { now: NOW, zone: ZONE, locale, kind: example.read });
        if (!read.ok) return `refused (${read.reason}: ${read.unread ?? ""})`;
        if (read.allDay) {
          // Whole days: one ("2026-12-01"), or the first and the last ("2026-05-01 – 2026-05-31").
          const last = (read.end ?? read.start.plus({ days: 1 })).minus({ days: 1 });
          const first = read.start.toISODate() ?? "";
          return last.hasSame(read.start, "day") ? first : `${first} – ${last.toISODate() ?? ""}`;
        }
        if (!read.end) return hhmm(read.start);
        return `${hhmm(read.start)}–${read.end.toFormat(read.end.hasSame(read.start, "day") ? "HH:mm" : "yyyy-MM-dd HH:mm")}`;
      }
    }
  } catch (error) {
    return `refused (${(error as Error).message})`;
  }
}

describe("examples in the catalogues", () => {
  const forms = allForms();

  it.each(EXAMPLES.map((e) => [`${e.locale} ${e.key}: “${e.text}”`, e] as const))(
    "%s is read as the example means",
    (_name, example) => {
      expect(reading(example)).toBe(example.means);
    },
  );

  it("quotes each example of the table where the table says (the table is not out of date)", () => {
    const stale = EXAMPLES.filter(
      (e) => !forms.some((f) => f.key === e.key && f.locale === e.locale && f.text.includes(e.text)),
    ).map((e) => `${e.locale} ${e.key}: “${e.text}” is no longer in the string`);
    expect(stale).toEqual([]);
  });

  it("lists as no example only words still found in their string", () => {
    const stale = Object.entries(NOT_EXAMPLES).flatMap(([key, { words }]) =>
      words
        .filter(
          (word) =>
            !forms.some(
              (f) => f.key === key && looksLikeWhen(f.text).some((found) => found.word.toLowerCase() === word),
            ),
        )
        .map((word) => `${key}: “${word}”`),
    );
    expect(stale).toEqual([]);
  });

  it("has no date, time or repeat in any string that the table does not read", () => {
    const loose: string[] = [];
    for (const form of forms) {
      if (DESCRIPTION_KEYS.test(form.key)) continue; // read back below
      const covered = EXAMPLES.filter((e) => e.key === form.key && e.locale === form.locale).flatMap((e) =>
        [...form.text.matchAll(new RegExp(e.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g"))].map((m) => [
          m.index,
          m.index + e.text.length,
        ]),
      );
      const allowed = (NOT_EXAMPLES[form.key]?.words ?? []).map((w) => w.toLowerCase());
      for (const found of looksLikeWhen(form.text)) {
        if (covered.some(([start, end]) => found.start >= start! && found.end <= end!)) continue;
        if (allowed.includes(found.word.toLowerCase())) continue;
        loose.push(`${form.locale} ${form.key}: “${found.word}” in “${form.text}”`);
      }
    }
    expect(loose).toEqual([]);
  });

  it("finds dates, times and repeats the way the table's examples write them", () => {
    const words = (text: string) => looksLikeWhen(text).map((f) => f.word);
    expect(words("Write it like 2026-12-05 10:00-13:00.")).toEqual(["2026-12-05", "10:00", "13:00"]);
    expect(words("e.g. “30 Medi 2pm” neu “dydd Mawrth nesaf”")).toEqual(["30 Medi", "2pm", "dydd Mawrth"]);
    expect(words("bv. “dinsdagavond 19u30” of “om de twee weken”")).toContain("dinsdagavond");
    expect(words("om de twee weken")).toEqual(["om de twee weken"]);
    expect(words("“nos Fawrth am 7”, “30ain o Fedi 2027”, “dydd Sadwrn 10yb-1yp”, “15-12-2026”")).toEqual([
      "nos Fawrth",
      "30ain o Fedi",
      "Fedi 2027",
      "dydd Sadwrn",
      "10yb",
      "1yp",
      "15-12-2026",
    ]);
    expect(words("Shift #12 needs cover")).toEqual([]);
  });

  it.each(LOCALES)("reads back every repeat as a %s card describes it", (locale) => {
    const t = translator(locale);
    const misread = DESCRIBED.map((rule) => [rule, describeRepeat(rule, t, locale) ?? ""] as const)
      .map(([rule, words]) => {
        try {
          const read = parseRepeat(words, FIRST);
          return read === rule ? undefined : `“${words}” is read as ${read}, not ${rule}`;
        } catch (error) {
          return `“${words}” is refused: ${(error as Error).message}`;
        }
      })
      .filter(Boolean);
    expect(misread).toEqual([]);
  });
});
