/**
 * From the parts of a reading to days and instants in the network's zone: which calendar day a
 * weekday or a yearless date is, whether two ways of naming the day agree, and what a local time
 * is on the nights the clocks change.
 */
import { DateTime } from "luxon";
import type { DaySpec, Failure } from "./assemble.js";
import type { HourMinute } from "./clock.js";

/** The days in a month; February counts 29 so that "29 February" can be looked for in leap years. */
const MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The calendar day a date names. With no year, the next such day from today on (`next`, leap
 * days included: 29 February said in 2026 is 2028's) or the last one up to today (`last`).
 */
export function dayOfDate(
  spec: DaySpec & { kind: "date" },
  today: DateTime,
  yearless: "next" | "last",
): DateTime | undefined {
  const { month, day } = spec;
  if (month < 1 || month > 12 || day < 1 || day > (MAX_DAYS[month - 1] ?? 0)) return undefined;
  const on = (year: number) => DateTime.fromObject({ year, month, day }, { zone: today.zone });
  if (spec.year !== undefined) {
    const date = on(spec.year);
    return date.isValid ? date : undefined;
  }
  const step = yearless === "next" ? 1 : -1;
  for (let year = today.year, tries = 0; tries < 9; year += step, tries++) {
    const date = on(year);
    if (date.isValid && (yearless === "next" ? date >= today : date <= today)) return date;
  }
  return undefined;
}

/** A day of the month with the month not said: the next one from today on (or the last one up to today). */
export function dayOfMonth(day: number, today: DateTime, yearless: "next" | "last"): DateTime | undefined {
  const step = yearless === "next" ? 1 : -1;
  for (let months = 0; months < 12; months++) {
    const month = today.startOf("month").plus({ months: months * step });
    if (day > (month.daysInMonth ?? 0)) continue;
    const date = month.set({ day });
    if (yearless === "next" ? date >= today : date <= today) return date;
  }
  return undefined;
}

/**
 * A weekday from today: the first one on or after today, or after today when `next` ("next
 * Tuesday" said on a Tuesday is in a week). {@link resolveDay} refuses "next" for a weekday still
 * to come this week (Saturday, said on a Thursday), which members read both ways.
 */
export function dayOfWeekday(weekday: number, next: boolean, today: DateTime): DateTime {
  const ahead = (weekday - today.weekday + 7) % 7;
  return today.plus({ days: ahead === 0 && next ? 7 : ahead });
}

/** The one day the specs name, or a failure when they disagree or one is impossible. */
export function resolveDay(specs: readonly DaySpec[], today: DateTime, yearless: "next" | "last"): DateTime | Failure {
  const whole = specs.find((spec) => spec.kind === "month" || spec.kind === "period");
  if (whole) return { reason: "no_day", unread: whole.text };
  const kinds = specs.map((spec) => spec.kind);
  if (new Set(kinds).size !== kinds.length) return { reason: "conflict", unread: specs.map((s) => s.text).join(" / ") };
  let found: DateTime | undefined;
  // A date first: a weekday beside it checks it, rather than naming a day of its own.
  const rank = (spec: DaySpec) => ["date", "dayOfMonth", "relative", "weekday"].indexOf(spec.kind);
  const ordered = [...specs].sort((a, b) => rank(a) - rank(b));
  const disagree: Failure = { reason: "conflict", unread: specs.map((s) => s.text).join(" / ") };
  for (const spec of ordered) {
    if (spec.kind === "date") {
      const date = dayOfDate(spec, today, yearless);
      if (!date) return { reason: "impossible", unread: spec.text };
      found = date;
    } else if (spec.kind === "dayOfMonth") {
      if (found) return disagree;
      const date = dayOfMonth(spec.day, today, yearless);
      if (!date) return { reason: "impossible", unread: spec.text };
      found = date;
    } else if (spec.kind === "relative") {
      const date = today.plus({ days: spec.days });
      if (found && !found.hasSame(date, "day")) return disagree;
      found = date;
    } else if (spec.kind !== "weekday") {
      return { reason: "no_day", unread: spec.text };
    } else if (found) {
      if (found.weekday !== spec.weekday) return disagree;
    } else if (spec.nextWeek) {
      found = today.startOf("week").plus({ weeks: 1, days: spec.weekday - 1 });
    } else {
      // Said on a Thursday, "next Saturday" is this week's for some and next week's for others.
      if (spec.next && spec.weekday > today.weekday) return { reason: "ambiguous", unread: spec.text };
      found = dayOfWeekday(spec.weekday, spec.next, today);
    }
  }
  return found ?? today;
}

/** A local time on a day, or why it cannot be one. */
export type LocalInstant = { readonly at: DateTime; readonly otherOffset?: string } | { readonly gap: true };

/**
 * A wall-clock time on a calendar day in the day's zone. A time the clocks skip (01:30 in London
 * on the last Sunday of March) is a gap. A time the clocks show twice (01:30 in London on the
 * last Sunday of October) is read as the **first** of the two, in summer time, and the other
 * offset is returned for the echo.
 */
export function localInstant(day: DateTime, time: HourMinute): LocalInstant {
  const at = DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute },
    { zone: day.zone },
  );
  if (!at.isValid || at.hour !== time.hour || at.minute !== time.minute || at.day !== day.day) return { gap: true };
  const sameWall = (other: DateTime) =>
    other.hour === time.hour && other.minute === time.minute && other.day === day.day && other.offset !== at.offset;
  const earlier = at.minus({ hours: 1 });
  if (sameWall(earlier)) return { at: earlier, otherOffset: at.toFormat("ZZ") };
  const later = at.plus({ hours: 1 });
  if (sameWall(later)) return { at, otherOffset: later.toFormat("ZZ") };
  return { at };
}

/**
 * The first and last days a day, a month or a period names (a report's range). A month without a
 * year follows `yearless` like a date does.
 */
export function resolveDays(
  spec: DaySpec,
  today: DateTime,
  yearless: "next" | "last",
): readonly [DateTime, DateTime] | Failure {
  if (spec.kind === "period") {
    const first = today.startOf(spec.unit).plus({ [`${spec.unit}s`]: spec.offset });
    return [first, first.endOf(spec.unit).startOf("day")];
  }
  if (spec.kind === "month") {
    const first = dayOfDate(
      { kind: "date", month: spec.month, day: 1, year: spec.year, text: spec.text },
      today.startOf("month"),
      yearless,
    );
    if (!first) return { reason: "impossible", unread: spec.text };
    return [first, first.endOf("month").startOf("day")];
  }
  const day = resolveDay([spec], today, yearless);
  return "reason" in day ? day : [day, day];
}
