/**
 * The shapes the date reader works with: what a vocabulary declares, what the scanner finds, and
 * what {@link readWhen} answers. Kept apart so each language's vocabulary is plain data.
 */
import type { DateTime } from "luxon";
import type { Locale } from "../../core/i18n/define.js";

/** A part of the day, written as a word ("evening", "nos", "'s avonds") or inside one ("dinsdagavond"). */
export type DayPart = "morning" | "afternoon" | "evening" | "night";

/**
 * What is being read:
 * - `meeting`: a day and a start time (or a part of the day), with an optional end or length;
 * - `shift`: a day and a start and an end (or a length);
 * - `date`: a day, with an optional time (an ask's needed-by, a check's expiry);
 * - `range`: one day or two ("1/11/2026 - 30/11/2026"), whole days (a report's period).
 */
export type WhenKind = "meeting" | "shift" | "date" | "range";

/** Options of {@link readWhen}; `now` and `zone` make every reading deterministic. */
export interface ReadOptions {
  /** The instant the text is read at: relative words and yearless dates count from it. */
  readonly now: Date;
  /** The network's IANA zone ("Europe/London"): every wall-clock time is read there. */
  readonly zone: string;
  /** The reader's language: the examples of a refusal, and Dutch "half 3" (= 2:30). */
  readonly locale: Locale;
  readonly kind: WhenKind;
  /**
   * Where a date written without a year falls: `next` (the default, except for `range`) is the
   * next such day on or after today; `last` (the default for `range`: a report's period looks
   * back) the latest on or before today.
   */
  readonly yearless?: "next" | "last";
}

/** Why a text was refused. */
export type RefusalReason =
  | "empty"
  /** Words the reader does not know: `unread` holds them. */
  | "unread"
  /** 30 February, 31 June, 24:30. */
  | "impossible"
  /** A local time skipped by the clocks going forward (01:30 on the spring night in London). */
  | "no_such_time"
  /** Two parts that disagree ("Saturday 14 June 2027" when that day is a Monday; "14:00 in the morning"). */
  | "conflict"
  /** Something can be read more than one way and the reader will not pick one ("15-12", "half 3" in English). */
  | "ambiguous"
  /** A time already gone today, today not said outright: today's, or the next one? */
  | "past"
  | "no_day"
  | "no_time"
  | "no_end"
  /** An end before the start (a range of days), a span over 24 hours, or under 5 minutes. */
  | "bad_span";

/** What the reader echoes so the member can check the reading before anything is saved. */
export interface Echo {
  /** False when no day was written and today was taken ("10:00-13:00"). */
  readonly dayGiven: boolean;
  /** The start's year is not the current one: show the year. */
  readonly showYear: boolean;
  /** The end is on a later day than the start (a night shift). */
  readonly overnight: boolean;
  /** The start is before `now` (a weekday or date said for today, at a time gone by; a year in the past). */
  readonly past: boolean;
  /** The part of the day read, if one was written. */
  readonly dayPart?: DayPart;
  /** True when an hour without am/pm or a part of the day was read by the bare-hour rule. */
  readonly bareHour: boolean;
  /**
   * The start or end fell on a local time the clocks show twice (01:30 on the autumn night in
   * London): it was read as the first of the two, at `offset`; the other is `otherOffset`.
   */
  readonly repeatedTime?: { readonly at: "start" | "end"; readonly offset: string; readonly otherOffset: string };
}

/** A text understood. Instants are luxon DateTimes in the network's zone (`.toJSDate()` for a Date). */
export interface Understood {
  readonly ok: true;
  readonly start: DateTime;
  /** The end, when written (or a length was), and always for `shift` and `range`. */
  readonly end?: DateTime;
  /** No time of day: `start` is the day's 00:00 and `end` the next day's 00:00 (exclusive). */
  readonly allDay: boolean;
  readonly echo: Echo;
}

/** A text refused: nothing is guessed. */
export interface Refused {
  readonly ok: false;
  readonly reason: RefusalReason;
  /** The part of the text at fault, as the member wrote it ("" when the whole is missing something). */
  readonly unread: string;
  /** Two texts the reader would understand, in the reader's language, for the same kind. */
  readonly examples: readonly [string, string];
  /** The message key (in strings.ts) that explains the reason; `{part}` is `unread`. */
  readonly messageKey: string;
}

export type Reading = Understood | Refused;
