/**
 * What a language brings to the reader: its words for days, months, parts of the day and times,
 * as plain data. The engine reads all three vocabularies at once (a Welsh network writes in
 * English too); the reader's own language only chooses the examples given with a refusal and
 * whether "half 3" is Dutch (2:30).
 */
import type { DayPart, WhenKind } from "./types.js";

/** Luxon's weekday numbers: 1 is Monday, 7 Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface Vocabulary {
  /** "saturday", "sat", "dydd sadwrn", "zaterdag". */
  readonly weekdays: Readonly<Record<string, Weekday>>;
  /** A weekday and a part of the day in one: "nos fawrth", "dinsdagavond", "bore sadwrn". */
  readonly weekdayParts: Readonly<Record<string, readonly [Weekday, DayPart]>>;
  /** Month names, with their abbreviations and (Welsh) mutated forms. */
  readonly months: Readonly<Record<string, number>>;
  /** Days counted from today, some with a part of the day: "tomorrow", "heno", "morgenavond". */
  readonly relative: Readonly<Record<string, readonly [number, DayPart?]>>;
  readonly dayParts: Readonly<Record<string, DayPart>>;
  /** Days of the year with a name: "christmas day" [12, 25], "oudejaarsavond" [12, 31, evening]. */
  readonly namedDays: Readonly<Record<string, readonly [number, number, DayPart?]>>;
  /** Whole months or weeks counted from this one, for a report's period: "last month" ["month", -1]. */
  readonly periods: Readonly<Record<string, readonly ["month" | "week", number]>>;
  /** Before or after a weekday, meaning the one in next week (Monday to Sunday): "next week". */
  readonly nextWeek: readonly string[];
  /** Before a weekday, meaning the first one after today: "next", "volgende". */
  readonly nextBefore: readonly string[];
  /** After a weekday, the same: "nesaf". */
  readonly nextAfter: readonly string[];
  /** Before a weekday, meaning the first one from today on: "this", "deze". */
  readonly thisBefore: readonly string[];
  /** After a weekday, the same: "yma", "a.s.". */
  readonly thisAfter: readonly string[];
  /** Words that carry no meaning of their own here: "at", "on", "om", "am", "ar". */
  readonly fillers: readonly string[];
  /** Words between the two ends of a range: "to", "tot", "tan". */
  readonly separators: readonly string[];
  readonly noon: readonly string[];
  readonly midnight: readonly string[];
  /** Written right after an hour: "pm", "yp", "yh". */
  readonly meridiem: Readonly<Record<string, "am" | "pm">>;
  /** Written after an hour, meaning nothing more: "o'clock", "o'r gloch", "uur". */
  readonly oclock: readonly string[];
  /** After a day number: "th", "ain", "ste". */
  readonly ordinalSuffixes: readonly string[];
  /** Hours as words, for "half past two". */
  readonly numbers: Readonly<Record<string, number>>;
  /** Minutes added to the hour that follows: "half past" 30, "quarter to" -15, "kwart over" 15. */
  readonly minutesPast: Readonly<Record<string, number>>;
  /** Before a length: "for", "voor", "am". */
  readonly lengthBefore: readonly string[];
  readonly hourUnits: readonly string[];
  readonly minuteUnits: readonly string[];
  /** A whole length in words: "an hour" 60, "hanner awr" 30. */
  readonly lengths: Readonly<Record<string, number>>;
  /** Two texts this language's members would write that the reader understands, per kind. */
  readonly examples: Readonly<Record<WhenKind, readonly [string, string]>>;
}
