/**
 * Which hour of the day a written hour means. The rules, in order:
 *
 * 1. am/pm and Welsh yb/yp/yh fix the hour: 2pm and 2yp are 14:00, 12am is 00:00, 12pm noon.
 * 2. An hour over 12, 0, or written with a leading zero (07:00, 07u) is on the 24-hour clock.
 * 3. A part of the day fixes a bare hour: morning 1–11 as written; afternoon and evening add 12
 *    (12 in the afternoon is noon); night 1–5 as written, 6–11 add 12, 12 is midnight. A fixed
 *    hour outside its part ("14:00 in the morning") is a conflict, and refused.
 * 4. In a range, a bare start next to a 24-hour end is on the 24-hour clock too ("6:00-14:00");
 *    next to an am/pm end, or an end with its own part of the day ("van 9 tot 11 's avonds"), it
 *    is the reading that makes the shorter span ("9-11pm" is 21:00–23:00). A part written right
 *    after a time belongs to that time ("10 y bore tan 1 y prynhawn").
 * 5. Otherwise a bare start follows the **bare-hour rule**, the likelier daytime hour for a
 *    meeting or a shift: 1–6 are afternoon (13:00–18:00), 7–11 morning, 12 noon. The echo says
 *    the rule was used.
 * 6. A bare end is the reading that makes the shorter positive span from the start: "10-1" is
 *    10:00–13:00, "9-5" 09:00–17:00, "22:00-6" ends at 06:00 the next morning.
 */
import type { ClockTime } from "./tokens.js";
import type { DayPart } from "./types.js";

/** An hour and minute of the day, 0:00 to 23:59. */
export interface HourMinute {
  readonly hour: number;
  readonly minute: number;
}

export type ClockFailure = {
  readonly failure: "impossible" | "conflict" | "ambiguous";
  readonly which: "start" | "end";
};

export interface ReadClock {
  readonly start: HourMinute;
  readonly end?: HourMinute;
  /** The bare-hour rule (5) was used. */
  readonly bareHour: boolean;
}

/** Rule 5: 1–6 → 13:00–18:00, 7–11 as written, 12 noon. */
export function bareHourRule(hour: number): number {
  return hour >= 1 && hour <= 6 ? hour + 12 : hour;
}

/** Rule 1, or undefined for "13pm". */
export function withMeridiem(hour: number, meridiem: "am" | "pm"): number | undefined {
  if (hour < 1 || hour > 12) return undefined;
  if (meridiem === "am") return hour === 12 ? 0 : hour;
  return hour === 12 ? 12 : hour + 12;
}

/** Rule 3 for a bare hour (1–12), or undefined when the part leaves it unclear ("12 in the evening"). */
export function withPart(hour: number, part: DayPart): number | undefined {
  switch (part) {
    case "morning":
      return hour === 12 ? undefined : hour;
    case "afternoon":
      return hour === 12 ? 12 : hour + 12;
    case "evening":
      return hour === 12 ? undefined : hour + 12;
    case "night":
      return hour === 12 ? 0 : hour <= 5 ? hour : hour + 12;
  }
}

/** Whether an hour of the day (0–23) belongs to a part of the day, generously. */
export function fitsPart(hour: number, part: DayPart): boolean {
  switch (part) {
    case "morning":
      return hour < 12;
    case "afternoon":
      return hour >= 12 && hour <= 18;
    case "evening":
      return hour >= 16;
    case "night":
      return hour >= 20 || hour <= 6;
  }
}

const minutesOf = (at: HourMinute) => at.hour * 60 + at.minute;
/** Minutes from one time of day to the next occurrence of another (a span over midnight wraps). */
const spanBetween = (from: HourMinute, to: HourMinute) => (minutesOf(to) - minutesOf(from) + 1440) % 1440;

const isFixed = (time: ClockTime) => time.meridiem !== undefined || time.twentyFour;

function fixedHour(time: ClockTime): number | undefined {
  if (time.meridiem) return withMeridiem(time.hour, time.meridiem);
  if (time.hour === 24 && time.minute === 0) return 0;
  return time.hour <= 23 ? time.hour : undefined;
}

/** The two readings of a bare hour (1–12): 3 may be 03:00 or 15:00; 12 is noon or midnight. */
const readingsOf = (time: ClockTime): HourMinute[] => [
  { hour: time.hour % 12, minute: time.minute },
  { hour: (time.hour % 12) + 12, minute: time.minute },
];

/** The reading making the shortest positive span from `from` (or to `to`). */
function shortest(readings: HourMinute[], span: (reading: HourMinute) => number): HourMinute | undefined {
  const positive = readings.filter((reading) => span(reading) > 0);
  return positive.sort((a, b) => span(a) - span(b))[0];
}

/** Applies the rules above to a start and an optional end, with the text's part of the day. */
export function readClock(
  start: ClockTime,
  end: ClockTime | undefined,
  part: DayPart | undefined,
  endPart?: DayPart,
): ReadClock | ClockFailure {
  for (const [time, which] of [
    [start, "start"],
    [end, "end"],
  ] as const) {
    if (time && (time.minute > 59 || time.hour > 24 || (!isFixed(time) && time.hour === 0)))
      return { failure: "impossible", which };
  }
  // "24:00" ends a day; as a start it could be either end of it.
  if (start.hour === 24) return { failure: "ambiguous", which: "start" };
  let bareHour = false;
  let from: HourMinute | undefined;
  if (isFixed(start)) {
    const hour = fixedHour(start);
    if (hour === undefined) return { failure: "impossible", which: "start" };
    if (part && !fitsPart(hour, part)) return { failure: "conflict", which: "start" };
    from = { hour, minute: start.minute };
  } else if (part) {
    const hour = withPart(start.hour, part);
    // "10 … 's middags" would be 22:00, which is no afternoon: the part belongs to another time.
    if (hour === undefined || !fitsPart(hour, part)) return { failure: "ambiguous", which: "start" };
    from = { hour, minute: start.minute };
  } else if (end?.twentyFour && !end.meridiem) {
    from = { hour: start.hour, minute: start.minute };
  } else if (!end?.meridiem && !endPart) {
    bareHour = true;
    from = { hour: bareHourRule(start.hour), minute: start.minute };
  }
  if (!end) return from ? { start: from, bareHour } : { failure: "ambiguous", which: "start" };

  let to: HourMinute | undefined;
  if (isFixed(end)) {
    const hour = fixedHour(end);
    if (hour === undefined) return { failure: "impossible", which: "end" };
    if (endPart && !fitsPart(hour, endPart)) return { failure: "conflict", which: "end" };
    to = { hour, minute: end.minute };
  } else if (endPart) {
    // "10 y bore tan 1 y prynhawn": the end's own part of the day.
    const hour = withPart(end.hour, endPart);
    if (hour === undefined || !fitsPart(hour, endPart)) return { failure: "ambiguous", which: "end" };
    to = { hour, minute: end.minute };
  }
  if (!from && to) {
    const fixedTo = to;
    from = shortest(readingsOf(start), (reading) => spanBetween(reading, fixedTo));
  }
  if (!from) return { failure: "ambiguous", which: "start" };
  // "10:00-10:00": the same hour twice is no span, not 10:00 to 22:00.
  if (!to && end.hour % 12 === from.hour % 12 && end.minute === from.minute)
    return { failure: "ambiguous", which: "end" };
  if (!to) {
    const fixedFrom = from;
    to = shortest(readingsOf(end), (reading) => spanBetween(fixedFrom, reading));
  }
  if (!to || spanBetween(from, to) === 0) return { failure: "ambiguous", which: "end" };
  return { start: from, end: to, bareHour };
}

/** Minutes from start to end on the clock, over midnight when the end is earlier (a night shift). */
export function clockSpan(start: HourMinute, end: HourMinute): number {
  return spanBetween(start, end);
}
