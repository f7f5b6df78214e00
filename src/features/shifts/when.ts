import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import { UserError } from "../../core/errors.js";

export interface Span {
  readonly startsAt: Date;
  readonly endsAt: Date;
}

const STRICT = /^(\d{4}-\d{2}-\d{2})\s+(\d{1,2}[:.]\d{2})\s*[-–]\s*(\d{1,2}[:.]\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^(\d{1,2})[:.](\d{2})$/;

/** A local day and two local times in `zone`; an end at or before the start is the next day (a night shift). */
export function spanOf(day: string, start: string, end: string, zone: string): Span | undefined {
  if (!DAY.test(day)) return undefined;
  const from = TIME.exec(start);
  const to = TIME.exec(end);
  if (!from || !to) return undefined;
  const base = DateTime.fromISO(day, { zone });
  if (!base.isValid) return undefined;
  const at = (m: RegExpExecArray) => {
    const hour = Number(m[1]);
    const minute = Number(m[2]);
    if (hour > 23 || minute > 59) return undefined;
    return base.set({ hour, minute, second: 0, millisecond: 0 });
  };
  const startsAt = at(from);
  let endsAt = at(to);
  if (!startsAt || !endsAt) return undefined;
  if (endsAt <= startsAt) endsAt = endsAt.plus({ days: 1 });
  return { startsAt: startsAt.toJSDate(), endsAt: endsAt.toJSDate() };
}

/**
 * "2026-12-05 10:00-13:00" exactly, or natural language ("Saturday 10am to 1pm",
 * "5 Dec 10:00-13:00") read by chrono in the network's zone. Times are read as wall-clock
 * time there: chrono works on a reference whose fields are the network's local now.
 */
export function parseWhen(text: string, zone: string, now: Date): Span {
  const trimmed = text.trim();
  const strict = STRICT.exec(trimmed);
  if (strict) {
    const span = spanOf(strict[1] ?? "", strict[2] ?? "", strict[3] ?? "", zone);
    if (!span) throw new UserError("shift.when.invalid", { when: trimmed.slice(0, 60) });
    return span;
  }
  const local = DateTime.fromJSDate(now, { zone });
  // A Date whose process-local fields are the network's local now: chrono fills missing fields from it.
  const reference = new Date(local.year, local.month - 1, local.day, local.hour, local.minute);
  const [result] = chrono.en.GB.parse(trimmed, reference, { forwardDate: true });
  if (!result || !result.end || !result.start.isCertain("hour") || !result.end.isCertain("hour")) {
    throw new UserError("shift.when.invalid", { when: trimmed.slice(0, 60) });
  }
  const fields = (c: chrono.ParsedComponents) => ({
    year: c.get("year") ?? local.year,
    month: c.get("month") ?? local.month,
    day: c.get("day") ?? local.day,
    hour: c.get("hour") ?? 0,
    minute: c.get("minute") ?? 0,
  });
  const startsAt = DateTime.fromObject(fields(result.start), { zone });
  let endsAt = DateTime.fromObject(fields(result.end), { zone });
  if (!startsAt.isValid || !endsAt.isValid) throw new UserError("shift.when.invalid", { when: trimmed.slice(0, 60) });
  if (endsAt <= startsAt) endsAt = endsAt.plus({ days: 1 });
  return { startsAt: startsAt.toJSDate(), endsAt: endsAt.toJSDate() };
}

/** A calendar day ("2027-05-01") as the end of that day in `zone`: a check is valid through its expiry day. */
export function endOfDay(day: string, zone: string): Date | undefined {
  if (!DAY.test(day)) return undefined;
  const end = DateTime.fromISO(day, { zone }).endOf("day");
  return end.isValid ? end.toJSDate() : undefined;
}

const dateLocale = (locale: string) => (locale === "en" ? "en-GB" : locale);

/** "Sat 5 Dec 2026, 10:00–13:00" in `zone`, in the reader's language. */
export function spanText(span: Span, zone: string, locale: string): string {
  const start = DateTime.fromJSDate(span.startsAt, { zone }).setLocale(dateLocale(locale));
  const end = DateTime.fromJSDate(span.endsAt, { zone }).setLocale(dateLocale(locale));
  const sameDay = start.hasSame(end, "day");
  return `${start.toFormat("ccc d LLL yyyy, HH:mm")}–${end.toFormat(sameDay ? "HH:mm" : "ccc d LLL HH:mm")}`;
}

/** "5 May 2027" in `zone`. */
export function dayText(at: Date, zone: string, locale: string): string {
  return DateTime.fromJSDate(at, { zone }).setLocale(dateLocale(locale)).toFormat("d LLL yyyy");
}

/** "2027-05-01" in `zone`. */
export function isoDay(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toISODate() ?? "";
}
