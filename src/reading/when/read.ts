/**
 * The one reader of dates and times: {@link readWhen}. See the README of this folder's index
 * for the API; the hour rules are in clock.ts, the day rules in resolve.ts.
 */
import { DateTime } from "luxon";
import type { Locale } from "../../core/i18n/define.js";
import { assemble, type Assembled, type DaySpec, type Failure, type Item, type TimeSpec } from "./assemble.js";
import { clockSpan, readClock, type HourMinute } from "./clock.js";
import { cy } from "./cy.js";
import { en } from "./en.js";
import { nl } from "./nl.js";
import { localInstant, resolveDay, resolveDays } from "./resolve.js";
import { scan } from "./scan.js";
import type { DayPart, Echo, ReadOptions, Reading, RefusalReason, Refused } from "./types.js";

const EXAMPLES = { en: en.examples, cy: cy.examples, nl: nl.examples } as const;

/** The hour a part of the day stands for when no time is written ("next Tuesday afternoon"). */
export const PART_HOURS: Readonly<Record<DayPart, number | undefined>> = {
  morning: 10,
  afternoon: 14,
  evening: 19,
  night: undefined,
};

/** A length, or a span, must be at least this and at most a day. */
const MIN_MINUTES = 5;
const MAX_MINUTES = 24 * 60;

function refusal(reason: RefusalReason, unread: string, options: ReadOptions): Refused {
  return {
    ok: false,
    reason,
    unread,
    examples: EXAMPLES[options.locale][options.kind],
    messageKey: `reading.when.${reason}`,
  };
}

const isFailure = (value: object): value is Failure => "reason" in value && "unread" in value;

/**
 * Reads a date, a time or a span written the way members write them, in English, Welsh or Dutch
 * (Flemish too), as wall-clock time in `options.zone`, counting from `options.now`.
 *
 * - `kind: "meeting"`: a start (a time, or a part of the day: morning 10:00, afternoon 14:00,
 *   evening 19:00) and an optional end ("2-4pm") or length ("for 90 minutes", "am 2 awr").
 * - `kind: "shift"`: a start and an end ("Sat 10-1", "zaterdag van 10 tot 13 uur") or a length.
 * - `kind: "date"`: a day, with an optional time; without one the answer is `allDay`, from the
 *   day's 00:00 to the next day's.
 * - `kind: "range"`: a day, a month ("November 2026"), a period ("last month", "vorige week",
 *   "y mis diwethaf"), or two of them joined by "-", "to", "tan", "tot" ("1-30 November 2026"):
 *   whole days, the end exclusive. Yearless dates look back here (`yearless` defaults to `last`).
 *
 * A day not written is today (`echo.dayGiven` is false). A weekday is the first one from today
 * on ("this" / "yma" / "komende" / "a.s." say the same); "next" / "nesaf" / "volgende" is the
 * first one after today, and is refused as ambiguous for a weekday still to come this week
 * ("next Saturday" said on a Thursday: this week's or next week's?). A date with no year is the next
 * such day from today on (or, with `yearless: "last"`, the last one up to today). An end at or
 * before the start is the next day (a night shift). Hours follow the rules of clock.ts, the
 * bare-hour rule included: 1–6 are 13:00–18:00, 7–11 are morning, 12 is noon.
 *
 * Nothing is guessed: a word not understood, an impossible date (30 February), a weekday that is
 * not that date's, a local time the clocks skip, are refused with the part at fault and two
 * examples in the reader's language. A local time the clocks show twice is read as the first
 * (summer time) and `echo.repeatedTime` says so.
 */
export function readWhen(text: string, options: ReadOptions): Reading {
  const written = text.trim();
  if (written === "") return refusal("empty", "", options);
  const assembled = assemble(written, scan(written, options.locale));
  if (isFailure(assembled)) return refusal(assembled.reason, assembled.unread, options);
  const now = DateTime.fromJSDate(options.now, { zone: options.zone });
  if (!now.isValid) throw new Error(`not a time zone: ${options.zone}`);
  const read = options.kind === "range" ? readRange(assembled, now, options) : readMoment(assembled, now, options);
  return isFailure(read) ? refusal(read.reason, read.unread, options) : read;
}

const days = (items: readonly Item[]) => items.flatMap((item) => (item.item === "day" ? [item.day] : []));

function readRange(assembled: Assembled, now: DateTime, options: ReadOptions): Reading | Failure {
  const { items, part, length } = assembled;
  const stray = items.find((item) => item.item === "time");
  if (stray?.item === "time") return { reason: "unread", unread: stray.time.text };
  if (part || length) return { reason: "unread", unread: length?.text ?? part ?? "" };
  const shape = items.map((item) => item.item).join(" ");
  if (shape !== "day" && shape !== "day separator day") return { reason: "no_day", unread: "" };
  const today = now.startOf("day");
  // A report's period looks back: "1/11 - 30/11" said in December is this year's November.
  const yearless = options.yearless ?? "last";
  const [firstSpec, lastSpec] = days(items);
  if (!firstSpec) return { reason: "no_day", unread: "" };
  const yearOf = (spec: DaySpec | undefined) =>
    spec && (spec.kind === "date" || spec.kind === "month") ? spec.year : undefined;
  // "1 March to 31 March 2027": a start with no year takes the end's, the last such day up to it.
  const endFirst = yearOf(lastSpec) !== undefined && (firstSpec.kind === "date" || firstSpec.kind === "month");
  const endDays = endFirst && lastSpec ? resolveDays(lastSpec, today, yearless) : undefined;
  if (endDays && isFailure(endDays)) return endDays;
  const from = resolveDays(firstSpec, endDays ? endDays[1] : today, endDays ? "last" : yearless);
  if (isFailure(from)) return from;
  // An end with no year is the first such day from the start on ("1/12 - 31/1").
  const yearlessEnd =
    lastSpec &&
    (lastSpec.kind === "dayOfMonth" ||
      ((lastSpec.kind === "date" || lastSpec.kind === "month") && lastSpec.year === undefined));
  const to = lastSpec ? resolveDays(lastSpec, yearlessEnd ? from[0] : today, yearlessEnd ? "next" : yearless) : from;
  if (isFailure(to)) return to;
  const [first] = from;
  const [, end] = to;
  if (end < first)
    return {
      reason: "bad_span",
      unread: days(items)
        .map((d) => d.text)
        .join(" - "),
    };
  return {
    ok: true,
    start: first,
    end: end.plus({ days: 1 }),
    allDay: true,
    echo: {
      dayGiven: true,
      showYear: first.year !== now.year || end.year !== now.year,
      overnight: false,
      past: first < now,
      bareHour: false,
    },
  };
}

function readMoment(assembled: Assembled, now: DateTime, options: ReadOptions): Reading | Failure {
  const { items, part, length } = assembled;
  const { kind } = options;
  const said = days(items);
  const times = items.filter((item) => item.item !== "day");
  const shape = times.map((item) => item.item).join(" ");
  if (shape !== "" && shape !== "time" && shape !== "time separator time") {
    const texts = times.map((item) => (item.item === "time" ? item.time.text : item.text));
    return { reason: shape.includes("separator") ? "unread" : "conflict", unread: texts.join(" ") };
  }
  const [start, , end] = times.map((item) => (item.item === "time" ? item.time : undefined));
  if (kind === "date" && (end || length)) return { reason: "unread", unread: length?.text ?? end?.text ?? "" };
  if (said.length === 0 && kind === "date") return { reason: "no_day", unread: "" };
  if (end && length) return { reason: "conflict", unread: `${end.text} / ${length.text}` };

  const today = now.startOf("day");
  const day = resolveDay(said, today, options.yearless ?? "next");
  if (isFailure(day)) return day;
  const base = { dayGiven: said.length > 0, past: false, overnight: false, bareHour: false, dayPart: part };

  if (!start) {
    const hour = part ? PART_HOURS[part] : undefined;
    if (kind === "shift") return { reason: part ? "no_time" : said.length ? "no_time" : "unread", unread: "" };
    if (kind === "meeting" && hour === undefined) return { reason: "no_time", unread: "" };
    if (hour === undefined) {
      const echo: Echo = { ...base, showYear: day.year !== now.year, past: day.plus({ days: 1 }) <= now };
      return { ok: true, start: day, end: day.plus({ days: 1 }), allDay: true, echo };
    }
    return at(day, { hour, minute: 0 }, undefined, length?.minutes, base, now, { start: part ?? "" });
  }
  if (kind === "shift" && !end && !length) return { reason: "no_end", unread: "" };
  const plainRange = end && start.plain && end.plain;
  // In Dutch "10-12" may be 10 December: two small plain numbers are hours only beside a part of
  // the day, a date or a relative day ("morgen 2-4") already written.
  const dated = said.some((day) => day.kind !== "weekday");
  // "13-10" is 13 October more likely than 13:00–22:00: after an hour past 12, a plain end must be later.
  if (plainRange && start.time.hour > 12 && end.time.hour <= start.time.hour)
    return { reason: "ambiguous", unread: `${start.text}-${end.text}` };
  if (plainRange && options.locale === "nl" && !part && !dated && start.time.hour <= 12 && end.time.hour <= 12)
    return { reason: "ambiguous", unread: `${start.text}-${end.text}` };
  // "Friday at midnight" may be the start or the end of Friday: midnight is only ever an end.
  if (start.midnight) return { reason: "ambiguous", unread: start.text };
  if (start.part && part && start.part !== part)
    return { reason: "conflict", unread: `${assembled.partText} / ${start.partText}` };
  const startPart = start.part ?? part;
  const clock = readClock(start.time, end?.time, startPart, end?.part);
  if ("failure" in clock) {
    const culprit = clock.which === "start" ? start : (end as TimeSpec);
    const partText = (clock.which === "start" ? start.partText : end?.partText) ?? assembled.partText;
    const conflict = clock.failure === "conflict" && partText ? ` / ${partText}` : "";
    return { reason: clock.failure, unread: culprit.text + conflict };
  }
  // A plain "15-12" over midnight or over 12 hours is more likely a date than a span.
  if (
    plainRange &&
    !part &&
    clock.end &&
    (clock.end.hour * 60 + clock.end.minute <= clock.start.hour * 60 + clock.start.minute ||
      clockSpan(clock.start, clock.end) > 12 * 60)
  )
    return { reason: "ambiguous", unread: `${start.text}-${end.text}` };
  // "Friday night 1am" is Saturday's small hours for some, Friday's for others.
  if (startPart === "night" && clock.start.hour < 6)
    return { reason: "ambiguous", unread: `${start.partText ?? assembled.partText ?? ""} ${start.text}`.trim() };
  // A bare 12 read as midnight ("12-2am") may be the start or the end of the day named.
  if (clock.start.hour === 0 && !start.time.twentyFour && !start.time.meridiem)
    return { reason: "ambiguous", unread: start.text };
  const read = at(day, clock.start, clock.end, length?.minutes, { ...base, bareHour: clock.bareHour }, now, {
    start: start.text,
    end: end?.text ?? "",
  });
  return refuseGonePast(read, said, today);
}

/**
 * A time already gone today, when today was not said outright ("3 December 06:00" at 07:16 on
 * 3 December, "Thursday 6am" on a Thursday morning, "06:00" alone): today's, or the next one?
 * Refused. "today 6am" or a date with its year is read as written, and `echo.past` says so.
 */
function refuseGonePast(read: Reading | Failure, said: readonly DaySpec[], today: DateTime): Reading | Failure {
  if (isFailure(read) || !read.ok || !read.echo.past || !read.start.hasSame(today, "day")) return read;
  const outright = said.some((day) => day.kind === "relative" || (day.kind === "date" && day.year !== undefined));
  return outright ? read : { reason: "past", unread: said.map((day) => day.text).join(" ") };
}

type BaseEcho = Omit<Echo, "showYear" | "repeatedTime">;

/** The instants of a start (and end, or length) on a day, with the clock-change checks. */
function at(
  day: DateTime,
  startTime: HourMinute,
  endTime: HourMinute | undefined,
  lengthMinutes: number | undefined,
  base: BaseEcho,
  now: DateTime,
  texts: { start: string; end?: string },
): Reading | Failure {
  const start = localInstant(day, startTime);
  if ("gap" in start) return { reason: "no_such_time", unread: texts.start };
  let repeatedTime: Echo["repeatedTime"] = start.otherOffset
    ? { at: "start", offset: start.at.toFormat("ZZ"), otherOffset: start.otherOffset }
    : undefined;
  let end: DateTime | undefined;
  if (endTime) {
    const overnight = endTime.hour * 60 + endTime.minute <= startTime.hour * 60 + startTime.minute;
    const local = localInstant(overnight ? day.plus({ days: 1 }) : day, endTime);
    if ("gap" in local) return { reason: "no_such_time", unread: texts.end ?? "" };
    if (local.otherOffset && !repeatedTime)
      repeatedTime = { at: "end", offset: local.at.toFormat("ZZ"), otherOffset: local.otherOffset };
    end = local.at;
  } else if (lengthMinutes !== undefined) {
    end = start.at.plus({ minutes: lengthMinutes });
  }
  if (end) {
    const minutes = end.diff(start.at, "minutes").minutes;
    if (minutes < MIN_MINUTES || minutes > MAX_MINUTES)
      return { reason: "bad_span", unread: [texts.start, texts.end].filter(Boolean).join("-") };
  }
  const echo: Echo = {
    ...base,
    showYear: start.at.year !== now.year,
    past: start.at < now,
    overnight: end !== undefined && !end.hasSame(start.at, "day"),
    ...(repeatedTime ? { repeatedTime } : {}),
  };
  return end
    ? { ok: true, start: start.at, end, allDay: false, echo }
    : { ok: true, start: start.at, allDay: false, echo };
}

/** Every locale's examples, for tests and help texts. */
export function examplesOf(locale: Locale): typeof en.examples {
  return EXAMPLES[locale];
}
