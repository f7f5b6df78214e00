import { DateTime } from "luxon";
import { RRule, type RRuleOptions } from "./rrule.js";

/**
 * Occurrences of a meeting. A series keeps its local wall-clock time across the clock changes:
 * rrule works in "floating" UTC dates, so the rule is expanded in local wall time (the zone's
 * fields written as if they were UTC) and each result turned back into an instant with luxon.
 */
export interface Series {
  readonly startsAt: Date;
  readonly timeZone: string;
  readonly rrule: string | null;
  readonly durationMinutes: number;
}

export interface Occurrence {
  /** "once" for a one-off; else the occurrence's local date, "2026-09-30" (RSVPs and job keys). */
  readonly key: string;
  readonly start: Date;
  readonly end: Date;
}

const DAY_MS = 24 * 3600 * 1000;
export const ONCE = "once";

/** The zone's wall-clock fields of an instant, written as a UTC date (rrule's "floating" time). */
export function toFloating(at: Date, timeZone: string): Date {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

/** A floating date back to the instant it names in the zone (a time in the spring gap moves forward). */
export function fromFloating(floating: Date, timeZone: string): DateTime {
  return DateTime.fromObject(
    {
      year: floating.getUTCFullYear(),
      month: floating.getUTCMonth() + 1,
      day: floating.getUTCDate(),
      hour: floating.getUTCHours(),
      minute: floating.getUTCMinutes(),
      second: floating.getUTCSeconds(),
    },
    { zone: timeZone },
  );
}

/** The rule of a series, anchored at its first start in local wall time. */
export function ruleOf(series: Series): RRule {
  return new RRule({ ...RRule.parseString(series.rrule ?? ""), dtstart: toFloating(series.startsAt, series.timeZone) });
}

function occurrenceAt(series: Series, start: DateTime): Occurrence {
  return {
    key: series.rrule ? (start.toISODate() ?? "") : ONCE,
    start: start.toJSDate(),
    end: start.plus({ minutes: series.durationMinutes }).toJSDate(),
  };
}

/** The first occurrence starting after `after` (or at it, when `inclusive`). */
export function nextOccurrence(series: Series, after: Date, inclusive = false): Occurrence | undefined {
  const passes = (start: Date) => (inclusive ? start >= after : start > after);
  if (!series.rrule) {
    return passes(series.startsAt)
      ? occurrenceAt(series, DateTime.fromJSDate(series.startsAt, { zone: series.timeZone }))
      : undefined;
  }
  const rule = ruleOf(series);
  // A day's margin: floating and real times differ by the zone's offset.
  let cursor = new Date(toFloating(after, series.timeZone).getTime() - DAY_MS);
  for (let i = 0; i < 50; i++) {
    const floating = rule.after(cursor, false);
    if (!floating) return undefined;
    const start = fromFloating(floating, series.timeZone);
    if (passes(start.toJSDate())) return occurrenceAt(series, start);
    cursor = floating;
  }
  return undefined;
}

/** Occurrences starting in [from, to), at most `limit`. */
export function occurrencesBetween(series: Series, from: Date, to: Date, limit = 100): Occurrence[] {
  const out: Occurrence[] = [];
  let next = nextOccurrence(series, from, true);
  while (next && next.start < to && out.length < limit) {
    out.push(next);
    next = nextOccurrence(series, next.start);
  }
  return out;
}

/** The occurrence with this key, if the series has one (an RSVP button names it). */
export function occurrenceByKey(series: Series, key: string): Occurrence | undefined {
  if (!series.rrule) return key === ONCE ? nextOccurrence(series, series.startsAt, true) : undefined;
  const day = DateTime.fromISO(key, { zone: series.timeZone });
  if (!day.isValid) return undefined;
  const found = nextOccurrence(series, day.startOf("day").toJSDate(), true);
  return found?.key === key ? found : undefined;
}

/** The rule's options without its anchor, for describing it. */
export function ruleOptions(rrule: string): Partial<RRuleOptions> {
  return RRule.parseString(rrule);
}
