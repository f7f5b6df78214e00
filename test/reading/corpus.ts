/**
 * The corpus's shape and its judge. Each case is a text, what is read (meeting, shift, date,
 * range), and the expected reading: "refused", or the start (and end) as local wall time in the
 * section's zone ("2026-12-05 10:00"), a whole day ("2026-12-05"), or an instant with its offset
 * where the clocks change ("2027-10-31T01:30+01:00").
 */
import { DateTime } from "luxon";
import type { Locale } from "../../src/core/i18n/define.js";
import { readWhen, type Reading, type WhenKind } from "../../src/reading/when/index.js";

export type Expected = "refused" | string | readonly [string, string];
export type Case = readonly [text: string, kind: WhenKind, expected: Expected];

/** Cases read at one fixed "now" in one zone. */
export interface Section {
  readonly now: string;
  readonly zone: string;
  readonly cases: readonly Case[];
}

/** right: read as expected; refused: refused as expected; unread: refused though it has a meaning; wrong: read otherwise. */
export type Outcome = "right" | "refused" | "unread" | "wrong";

function same(at: DateTime, expected: string, allDay: boolean): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(expected)) return allDay && at.toISODate() === expected;
  if (expected.includes("T")) {
    const instant = DateTime.fromISO(expected, { setZone: true });
    return at.toMillis() === instant.toMillis() && at.offset === instant.offset;
  }
  return !allDay && at.toFormat("yyyy-MM-dd HH:mm") === expected;
}

/** How a reading compares with what was expected. */
export function judge(reading: Reading, expected: Expected): Outcome {
  if (expected === "refused") return reading.ok ? "wrong" : "refused";
  if (!reading.ok) return "unread";
  const [start, end] = typeof expected === "string" ? [expected, undefined] : expected;
  if (!same(reading.start, start, reading.allDay)) return "wrong";
  if (end === undefined) return reading.end && !reading.allDay ? "wrong" : "right";
  if (!reading.end) return "wrong";
  // A range's expected end is its last day; the reading's end is the next day's start.
  const last = reading.allDay && /^\d{4}-\d{2}-\d{2}$/.test(end) ? reading.end.minus({ days: 1 }) : reading.end;
  if (reading.allDay && !/^\d{4}-\d{2}-\d{2}$/.test(end)) return "wrong";
  return /^\d{4}-\d{2}-\d{2}$/.test(end)
    ? last.toISODate() === end
      ? "right"
      : "wrong"
    : same(last, end, false)
      ? "right"
      : "wrong";
}

/** Reads every case of the sections in one language and judges it. */
export function run(locale: Locale, sections: readonly Section[]) {
  return sections.flatMap((section) =>
    section.cases.map(([text, kind, expected]) => {
      const reading = readWhen(text, { now: new Date(section.now), zone: section.zone, locale, kind });
      const shown = reading.ok
        ? `${reading.start.toISO()}${reading.end ? ` – ${reading.end.toISO()}` : ""}`
        : `refused (${reading.reason}: ${reading.unread})`;
      return { text, kind, expected, outcome: judge(reading, expected), shown };
    }),
  );
}
