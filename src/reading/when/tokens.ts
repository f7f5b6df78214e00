/** What the scanner finds in a text, each piece with the span of the text it was read from. */
import type { DayPart } from "./types.js";
import type { Weekday } from "./vocabulary.js";

/** A time of day as written: `fixed` when it cannot be another hour (14:00, 07:00, 00:00, 2pm). */
export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
  readonly meridiem?: "am" | "pm";
  /** On the 24-hour clock: an hour over 12, 0, or written with a leading zero ("07:00"). */
  readonly twentyFour: boolean;
}

/** What a token means, without where it was read from. */
export type TokenData =
  | {
      readonly type: "date";
      readonly year?: number;
      readonly month: number;
      readonly day: number;
      /** A named day's part: "oudejaarsavond" is the evening of 31 December. */
      readonly part?: DayPart;
    }
  | { readonly type: "number"; readonly value: number; readonly digits: number }
  | { readonly type: "ordinal"; readonly value: number }
  | { readonly type: "month"; readonly month: number }
  | { readonly type: "weekday"; readonly weekday: Weekday; readonly part?: DayPart }
  | { readonly type: "relative"; readonly days: number; readonly part?: DayPart }
  | { readonly type: "part"; readonly part: DayPart }
  | { readonly type: "next" | "this" | "nextAfter" | "thisAfter" | "nextWeek" }
  | { readonly type: "time"; readonly time: ClockTime; readonly midnight?: boolean }
  | { readonly type: "separator" }
  | { readonly type: "length"; readonly minutes: number }
  | { readonly type: "period"; readonly unit: "month" | "week"; readonly offset: number }
  | { readonly type: "ambiguous" }
  | { readonly type: "unread" };

export type Token = { readonly text: string; readonly from: number } & TokenData;

export type TokenOf<T extends Token["type"]> = Extract<Token, { type: T }>;
