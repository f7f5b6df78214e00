/**
 * The one reader of dates and times, for every feature. Platform-free and without storage:
 * give it a text, the network's zone, a fixed "now", the reader's language and what is being
 * read; it answers with instants and an echo to show before saving, or a refusal naming the
 * part it did not understand, with two examples.
 *
 * ```ts
 * const reading = readWhen("nos Fawrth am 7", { now, zone: "Europe/London", locale: "cy", kind: "meeting" });
 * if (reading.ok) save(reading.start.toJSDate(), reading.end?.toJSDate());
 * else reply(t(reading.messageKey, { part: reading.unread }), reading.examples);
 * ```
 *
 * Its message keys (`reading.when.*`) are declared by importing `./strings.js`.
 *
 * The rules, in short (details in read.ts, clock.ts and resolve.ts):
 * - an hour with no am/pm, 24-hour form or part of the day follows the bare-hour rule: 1–6 are
 *   13:00–18:00, 7–11 morning, 12 noon; `echo.bareHour` says it was used;
 * - a range's bare end is the reading giving the shorter span; an end at or before the start is
 *   the next day (a night shift);
 * - no day written is today; a weekday is the next one from today on; "next" a weekday still
 *   ahead this week is refused (this week's or next?); a yearless date is the next such day
 *   (for `range`, the last);
 * - a time already gone today, today not said outright, is refused; "today 6am" is read, past;
 * - a local time the clocks skip is refused; one they show twice is the first (summer time),
 *   and `echo.repeatedTime` gives both offsets.
 */
export { readWhen, PART_HOURS, examplesOf } from "./read.js";
export { bareHourRule } from "./clock.js";
export { locateWhen, type Located } from "./locate.js";
export type { DayPart, Echo, ReadOptions, Reading, RefusalReason, Refused, Understood, WhenKind } from "./types.js";
export { readFor, readOrRefuse, refusalText, understood, type ReaderContext } from "./refuse.js";
