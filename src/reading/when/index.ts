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
 */
export { readWhen, PART_HOURS, examplesOf } from "./read.js";
export { bareHourRule } from "./clock.js";
export type { DayPart, Echo, ReadOptions, Reading, RefusalReason, Refused, Understood, WhenKind } from "./types.js";
