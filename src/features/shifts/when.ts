import { DateTime } from "luxon";
import type { Translate } from "../../core/i18n/index.js";
import { readFor, readWhen, refusalText, type ReaderContext } from "../../reading/when/index.js";
import type { Locale } from "../../core/i18n/index.js";

export interface Span {
  readonly startsAt: Date;
  readonly endsAt: Date;
}

/**
 * A shift's time as members write it ("2026-12-05 10:00-13:00", "Sat 10-1", "12 Mehefin 2027
 * 10:00-13:00", "zaterdag van 10 tot 13 uur"), read by the shared date reader in the network's
 * zone. Anything it cannot read is refused with the part and two examples: nothing is guessed.
 */
export function parseWhen(text: string, ctx: ReaderContext): Span {
  const reading = readFor(ctx, text, "shift");
  // A shift always has an end: the reader gives one for `shift` (a range or a length).
  const end = reading.end ?? reading.start;
  return { startsAt: reading.start.toJSDate(), endsAt: end.toJSDate() };
}

/**
 * A CSV row's date and times ("15/12/2026", "22:00", "07:00"), read as `/shift add` reads them;
 * an end at or before the start is the next day (a night shift). The refusal's text when not read.
 */
export function spanOfRow(
  row: { date: string; start: string; end: string },
  reader: { zone: string; now: Date; locale: Locale; t: Translate },
): Span | string {
  const text = `${row.date} ${row.start}-${row.end}`;
  const reading = readWhen(text, { now: reader.now, zone: reader.zone, locale: reader.locale, kind: "shift" });
  if (!reading.ok) return refusalText(reading, reader.t);
  const end = reading.end ?? reading.start;
  return { startsAt: reading.start.toJSDate(), endsAt: end.toJSDate() };
}

/**
 * A day as members write it ("2027-05-01", "1/5/2027", "1 Mai 2027") as the end of that day in
 * the network's zone: a check is valid through its expiry day. Refused when not a day.
 */
export function endOfDay(text: string, ctx: ReaderContext): Date {
  const reading = readFor(ctx, text, "date");
  return reading.start.endOf("day").toJSDate();
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
