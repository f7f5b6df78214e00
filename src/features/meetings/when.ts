import type { DateTime } from "luxon";
import { UserError } from "../../core/errors.js";
import { translator, type Locale, type Translate } from "../../core/i18n/index.js";
import { readOrRefuse } from "../../reading/when/index.js";
import { RRule, type RRuleOptions } from "./rrule.js";
import { fromFloating, toFloating } from "./recurrence.js";

/** What a line like "next Tuesday afternoon for 2 hours" means, in the network's zone. */
export interface When {
  readonly start: DateTime;
  /** When the text gave an end ("2pm-4pm") or a length ("for 2 hours"). */
  readonly durationMinutes?: number;
  /** The reader's echo: the year to show, a bare hour read by the rule, and so on. */
  readonly echo?: { readonly showYear: boolean; readonly bareHour: boolean };
}

export const MeetingDefaults = { durationMinutes: 60, maxDurationMinutes: 24 * 60 } as const;

/**
 * Reads a date and time as members write it ("30 September 2pm", "next Tuesday afternoon",
 * "dinsdagavond 19u30", "nos Fawrth am 7"), with the shared date reader, as wall-clock time in
 * `zone`. A part of the day without a time means its usual hour (afternoon: 14:00); a bare hour
 * follows the reader's rule (7 is 07:00, but "nos … am 7" is 19:00). Anything not understood, an
 * impossible date, or no time at all is refused with the part and two examples: nothing is guessed.
 */
export function parseWhen(text: string, options: { now: Date; zone: string; locale: Locale; t?: Translate }): When {
  const t = options.t ?? translator(options.locale);
  const reading = readOrRefuse(
    text,
    { now: options.now, zone: options.zone, locale: options.locale, kind: "meeting" },
    t,
  );
  if (reading.allDay) throw new UserError("meetings.when.no_time", { when: text.trim().slice(0, 60) });
  const echo = { showYear: reading.echo.showYear, bareHour: reading.echo.bareHour };
  if (!reading.end) return { start: reading.start, echo };
  const durationMinutes = Math.round(reading.end.diff(reading.start, "minutes").minutes);
  if (!(durationMinutes >= 5 && durationMinutes <= MeetingDefaults.maxDurationMinutes))
    throw new UserError("meetings.when.length", { when: text.trim().slice(0, 60) });
  return { start: reading.start, durationMinutes, echo };
}

// ---------------------------------------------------------------------------------------------
// Recurrence: a few ways people say it, in English, Welsh and Dutch, stored as an RRULE.

const WEEKDAYS: readonly (readonly [RegExp, number])[] = [
  [/\b(monday|mon|maandag|llun)\b/, 0],
  [/\b(tuesday|tue|tues|dinsdag|mawrth)\b/, 1],
  [/\b(wednesday|wed|woensdag|mercher)\b/, 2],
  [/\b(thursday|thu|thurs|donderdag|iau)\b/, 3],
  [/\b(friday|fri|vrijdag|gwener)\b/, 4],
  [/\b(saturday|sat|zaterdag|sadwrn)\b/, 5],
  [/\b(sunday|sun|zondag|sul)\b/, 6],
];

const ORDINALS: readonly (readonly [RegExp, number])[] = [
  [/\b(first|1st|eerste|cyntaf|1af)\b/, 1],
  [/\b(second|2nd|other|tweede|ail|2il)\b/, 2],
  [/\b(third|3rd|derde|trydydd|3ydd)\b/, 3],
  [/\b(fourth|4th|vierde|pedwerydd|4ydd)\b/, 4],
  [/\b(last|laatste|olaf)\b/, -1],
];

const NONE = /^(none|no|never|once|one-off|not|geen|nee|eenmalig|dim|na|unwaith)$/;
const DAILY = /^(daily|every day|each day|dagelijks|elke dag|iedere dag|bob dydd|yn ddyddiol)$/;
const WEEKLY = /^(weekly|every week|each week|wekelijks|elke week|iedere week|bob wythnos|yn wythnosol)$/;
const FORTNIGHTLY =
  /^(fortnightly|biweekly|every other week|every second week|every 2 weeks|every two weeks|tweewekelijks|om de week|om de twee weken|elke twee weken|bob pythefnos|bob yn ail wythnos|bob pythefnos)$/;
/** "every 3 weeks", also with its day as a card says it: "every 3 weeks on Tuesday", "dydd Mawrth, bob 3 wythnos". */
const EVERY_N_WEEKS = /\b(?:every|elke|om de|bob)\s+(\d+)\s+(?:weeks|weken|wythnos)\b/;
const MONTHLY = /^(monthly|every month|each month|maandelijks|elke maand|iedere maand|bob mis|yn fisol|misol)$/;
const MONTH_WORD = /\b(month|monthly|maand|maandelijks|mis|fisol|misol)\b/;
const MONTH_DAY =
  /\b(?:day|dag|d?diwrnod)\s+(\d{1,2})\b|\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|e|ste|de|fed|ain|ydd|il|af)\b/;
const EVERY = /\b(every|each|elke|iedere|om de|bob)\b/;

const RRULE_DAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU] as const;

function weekdayOf(text: string): number | undefined {
  return WEEKDAYS.find(([pattern]) => pattern.test(text))?.[1];
}

function ordinalOf(text: string): number | undefined {
  return ORDINALS.find(([pattern]) => pattern.test(text))?.[1];
}

/** Which of its weekday a date is in its month: 1 … 4, or -1 for the last. */
export function nthOfMonth(day: DateTime): number {
  const nth = Math.ceil(day.day / 7);
  return day.plus({ weeks: 1 }).month !== day.month ? -1 : nth;
}

const rule = (options: Partial<RRuleOptions>) => RRule.optionsToString(options).replace(/^RRULE:/, "");

/**
 * Reads how a meeting repeats ("monthly", "every second Tuesday", "first Monday of the month",
 * "elke dinsdag", "bob pythefnos", or an RRULE) into an RRULE without DTSTART; null for none.
 * The first date fills in what is not said: "weekly" repeats on its weekday. "Every second
 * Tuesday" is every other week; "second Tuesday of the month" is monthly. The echo before saving
 * says which.
 */
export function parseRepeat(text: string | undefined, first: DateTime): string | null {
  const said = (text ?? "").trim().toLowerCase().replace(/\s+/g, " ").replace(/[.!]$/, "");
  if (said === "" || NONE.test(said)) return null;
  const invalid = () => new UserError("meetings.repeat.invalid", { repeat: (text ?? "").trim().slice(0, 60) });
  if (/^(rrule:)?freq=/i.test(said)) {
    try {
      const options = RRule.parseString((text ?? "").trim().replace(/^rrule:/i, ""));
      if (options.freq === undefined || options.dtstart) throw invalid();
      return rule(options);
    } catch {
      throw invalid();
    }
  }
  const startDay = RRULE_DAYS[first.weekday - 1] ?? RRule.MO;
  const weekday = weekdayOf(said);
  const day = weekday === undefined ? startDay : (RRULE_DAYS[weekday] ?? startDay);
  const ordinal = ordinalOf(said);
  if (DAILY.test(said)) return rule({ freq: RRule.DAILY });
  if (WEEKLY.test(said)) return rule({ freq: RRule.WEEKLY, byweekday: [startDay] });
  if (FORTNIGHTLY.test(said)) return rule({ freq: RRule.WEEKLY, interval: 2, byweekday: [startDay] });
  const everyN = EVERY_N_WEEKS.exec(said);
  if (everyN) {
    const interval = Number(everyN[1]);
    if (interval < 1 || interval > 52) throw invalid();
    return rule({ freq: RRule.WEEKLY, interval, byweekday: [day] });
  }
  if (MONTHLY.test(said)) return rule({ freq: RRule.MONTHLY, byweekday: [startDay.nth(nthOfMonth(first))] });
  const monthWord = MONTH_WORD.test(said);
  if (monthWord && weekday === undefined) {
    const match = MONTH_DAY.exec(said);
    const date = Number(match?.[1] ?? match?.[2] ?? first.day);
    if (!(date >= 1 && date <= 31)) throw invalid();
    return rule({ freq: RRule.MONTHLY, bymonthday: [date] });
  }
  if (weekday !== undefined && ordinal !== undefined) {
    // "every second Tuesday" / "every other Tuesday": every other week. Any other ordinal, or the
    // month named, is a day of each month.
    if (ordinal === 2 && !monthWord) return rule({ freq: RRule.WEEKLY, interval: 2, byweekday: [day] });
    return rule({ freq: RRule.MONTHLY, byweekday: [day.nth(ordinal)] });
  }
  if (weekday !== undefined && (EVERY.test(said) || said === weekdayName(weekday)))
    return rule({ freq: RRule.WEEKLY, byweekday: [day] });
  throw invalid();
}

const weekdayName = (index: number) =>
  ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"][index];

/** The series' first start on or after the given one: "every Tuesday" from a Wednesday starts next Tuesday. */
export function firstOccurrence(start: DateTime, rrule: string | null, zone: string): DateTime {
  if (!rrule) return start;
  const floating = toFloating(start.toJSDate(), zone);
  const first = new RRule({ ...RRule.parseString(rrule), dtstart: floating }).after(floating, true);
  return first ? fromFloating(first, zone) : start;
}

/** An RRULE as words the repeat option reads back (the edit form's value). */
export function repeatPhrase(rrule: string | null): string {
  if (!rrule) return "";
  const options = RRule.parseString(rrule);
  const interval = options.interval ?? 1;
  const days = [options.byweekday ?? []].flat();
  const first = days[0];
  const dayName = (d: unknown) =>
    typeof d === "object" && d !== null && "weekday" in d
      ? weekdayName((d as { weekday: number }).weekday)
      : typeof d === "number"
        ? weekdayName(d)
        : undefined;
  if (options.freq === RRule.DAILY && interval === 1 && days.length === 0) return "daily";
  if (options.freq === RRule.WEEKLY && days.length === 1 && !options.count && !options.until) {
    const name = dayName(first);
    if (interval === 1) return `every ${name}`;
    if (interval === 2) return `every other ${name}`;
    return `every ${interval} weeks`;
  }
  if (options.freq === RRule.MONTHLY && interval === 1 && days.length === 1) {
    const n = typeof first === "object" && first !== null && "n" in first ? (first as { n?: number }).n : undefined;
    const nth = { 1: "first", 2: "second", 3: "third", 4: "fourth", [-1]: "last" }[n ?? 0];
    if (nth) return `${nth} ${dayName(first)} of the month`;
  }
  if (options.freq === RRule.MONTHLY && interval === 1 && [options.bymonthday ?? []].flat().length === 1)
    return `monthly on day ${[options.bymonthday ?? []].flat()[0]}`;
  return rrule;
}

// ---------------------------------------------------------------------------------------------
// Reminder offsets: "4w 1w 1d 1h", "2 days, 3 hours", "default", "none".

const UNIT_MINUTES: Readonly<Record<string, number>> = { m: 1, h: 60, d: 1440, w: 10080 };
const OFFSET =
  /^(\d+)\s*(m|min|mins|minutes?|minuten|munud|h|hr|hrs|hours?|uur|u|awr|d|days?|dag|dagen|diwrnod|w|wk|wks|weeks?|weken|wythnos)$/;

/** Reminder offsets in minutes, largest first; "default" is undefined (the network's), "none" an empty list. */
export function parseOffsets(text: string): number[] | undefined {
  const said = text.trim().toLowerCase();
  if (/^(default|standaard|arferol|diofyn)$/.test(said)) return undefined;
  if (NONE.test(said)) return [];
  const parts = said
    .split(/[,;\s]+(?=\d)/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const minutes = parts.map((part) => {
    const match = OFFSET.exec(part.replace(/\s+before$/, ""));
    if (!match) throw new UserError("meetings.reminders.invalid", { part: part.slice(0, 30) });
    const unit = (match[2] ?? "m").replace(/^(min|mins|minutes?|minuten|munud)$/, "m");
    const key = unit.startsWith("m")
      ? "m"
      : /^(h|hr|hrs|hours?|uur|u|awr)$/.test(unit)
        ? "h"
        : /^(d|days?|dag|dagen|diwrnod)$/.test(unit)
          ? "d"
          : "w";
    return Number(match[1]) * (UNIT_MINUTES[key] ?? 1);
  });
  if (minutes.length > 6 || minutes.some((m) => m < 5 || m > 60 * 24 * 7 * 8))
    throw new UserError("meetings.reminders.range");
  return [...new Set(minutes)].sort((a, b) => b - a);
}

/** Offsets as short words: [10080, 60] → "1w 1h". */
export function offsetsPhrase(minutes: readonly number[]): string {
  return minutes
    .map((m) =>
      m % 10080 === 0 ? `${m / 10080}w` : m % 1440 === 0 ? `${m / 1440}d` : m % 60 === 0 ? `${m / 60}h` : `${m}m`,
    )
    .join(" ");
}
