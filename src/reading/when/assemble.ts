/**
 * From tokens to the parts of a reading: which day (a date, a weekday, a relative day), which
 * times, which part of the day, which length. Numbers next to a month are its day; other small
 * numbers are hours. Anything left over, or in an order that means nothing, is a failure naming
 * the words at fault.
 */
import type { ClockTime, Token } from "./tokens.js";
import type { DayPart, RefusalReason } from "./types.js";
import type { Weekday } from "./vocabulary.js";

export type DaySpec = { readonly text: string } & (
  | { readonly kind: "date"; readonly year?: number; readonly month: number; readonly day: number }
  | { readonly kind: "relative"; readonly days: number }
  /** "November 2026", "ym Mehefin": a whole month (a report's period). */
  | { readonly kind: "month"; readonly month: number; readonly year?: number }
  /** "last month", "deze week": whole months or weeks from this one. */
  | { readonly kind: "period"; readonly unit: "month" | "week"; readonly offset: number }
  /** "the 8th": a day of the month, the month not said. */
  | { readonly kind: "dayOfMonth"; readonly day: number }
  | {
      readonly kind: "weekday";
      readonly weekday: Weekday;
      /** "next Tuesday": the first after today. */
      readonly next: boolean;
      /** "Tuesday next week": the one in next week, Monday to Sunday. */
      readonly nextWeek: boolean;
    }
);

export interface TimeSpec {
  readonly time: ClockTime;
  /** A plain number ("10" in "10-1"), not a written time. */
  readonly plain: boolean;
  /** Written as "midnight", "hanner nos", "middernacht". */
  readonly midnight?: boolean;
  /** A part of the day written right after this time ("1 y prynhawn"), and its words. */
  readonly part?: DayPart;
  readonly partText?: string;
  readonly text: string;
}

export type Item =
  | { readonly item: "day"; readonly day: DaySpec }
  | { readonly item: "time"; readonly time: TimeSpec }
  | { readonly item: "separator"; readonly text: string };

export interface Assembled {
  /** Days, times and separators in the order written. */
  readonly items: readonly Item[];
  readonly part?: DayPart;
  /** The words that gave the part of the day, as written. */
  readonly partText?: string;
  readonly length?: { readonly minutes: number; readonly text: string };
}

export interface Failure {
  readonly reason: RefusalReason;
  readonly unread: string;
}

const isDayNumber = (token: Token | undefined): token is Token & { type: "number" | "ordinal" } =>
  (token?.type === "ordinal" || (token?.type === "number" && token.digits <= 2)) &&
  token.value >= 1 &&
  token.value <= 31;
const isYear = (token: Token | undefined): token is Token & { type: "number" } =>
  token?.type === "number" && token.digits === 4;

const isTimeItem = (item: Item | undefined): item is Item & { item: "time" } => item?.item === "time";

/** The original text from the first token to the end of the last. */
export function span(original: string, tokens: readonly Token[]): string {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first && last ? original.slice(first.from, last.from + last.text.length) : "";
}

/** Groups tokens into days, times and the rest; see the module comment. */
export function assemble(original: string, tokens: readonly Token[]): Assembled | Failure {
  const items: Item[] = [];
  const unread: Token[][] = [];
  const parts: Token[] = [];
  let part: DayPart | undefined;
  let length: Assembled["length"];
  const miss = (token: Token) => {
    const run = unread[unread.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous && tokens.indexOf(previous) === tokens.indexOf(token) - 1) run.push(token);
    else unread.push([token]);
  };
  const setPart = (token: Token, value: DayPart) => {
    parts.push(token);
    if (part && part !== value) return false;
    part = value;
    return true;
  };
  let conflict: Failure | undefined;
  /** The index of the last token read as a time: a part right after it is that time's. */
  let timeAt = -1;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (token.type === "ambiguous") return { reason: "ambiguous", unread: token.text };
    if (token.type === "time" || token.type === "number") timeAt = i;
    if (
      isDayNumber(token) &&
      next?.type === "separator" &&
      isDayNumber(tokens[i + 2]) &&
      tokens[i + 3]?.type === "month"
    ) {
      // "1-30 November 2026": the first day takes the month (and year) of the second.
      const month = tokens[i + 3] as Token & { type: "month" };
      const withYear = isYear(tokens[i + 4]) ? tokens[i + 4] : undefined;
      const year = withYear?.type === "number" ? withYear.value : undefined;
      items.push({ item: "day", day: { kind: "date", month: month.month, day: token.value, year, text: token.text } });
    } else if (isDayNumber(token) && next?.type === "month") {
      const withYear = isYear(tokens[i + 2]) ? tokens[i + 2] : undefined;
      const used = tokens.slice(i, withYear ? i + 3 : i + 2);
      const year = withYear?.type === "number" ? withYear.value : undefined;
      items.push({
        item: "day",
        day: { kind: "date", month: next.month, day: token.value, year, text: span(original, used) },
      });
      i += used.length - 1;
    } else if (token.type === "month" && isDayNumber(next)) {
      const withYear = isYear(tokens[i + 2]) ? tokens[i + 2] : undefined;
      const used = tokens.slice(i, withYear ? i + 3 : i + 2);
      const year = withYear?.type === "number" ? withYear.value : undefined;
      items.push({
        item: "day",
        day: { kind: "date", month: token.month, day: next.value, year, text: span(original, used) },
      });
      i += used.length - 1;
    } else if (token.type === "ordinal" && token.value >= 1 && token.value <= 31) {
      items.push({ item: "day", day: { kind: "dayOfMonth", day: token.value, text: token.text } });
    } else if (token.type === "month") {
      const withYear = isYear(next) ? next : undefined;
      const year = withYear?.type === "number" ? withYear.value : undefined;
      const text = span(original, withYear ? [token, withYear] : [token]);
      items.push({ item: "day", day: { kind: "month", month: token.month, year, text } });
      if (withYear) i++;
    } else if (token.type === "period") {
      items.push({ item: "day", day: { kind: "period", unit: token.unit, offset: token.offset, text: token.text } });
    } else if (token.type === "nextWeek" && tokens[i + 1]?.type !== "weekday" && tokens[i - 1]?.type !== "weekday") {
      items.push({ item: "day", day: { kind: "period", unit: "week", offset: 1, text: token.text } });
    } else if (token.type === "date") {
      if (token.part && !setPart(token, token.part))
        conflict ??= { reason: "conflict", unread: parts.map((p) => p.text).join(" / ") };
      // "kerstmis 2027": a named day with its year after it.
      const withYear = token.year === undefined && isYear(next) ? next : undefined;
      const year = withYear?.type === "number" ? withYear.value : token.year;
      const text = span(original, withYear ? [token, withYear] : [token]);
      items.push({ item: "day", day: { kind: "date", year, month: token.month, day: token.day, text } });
      if (withYear) i++;
    } else if (token.type === "number" && token.digits <= 2 && token.value <= 24) {
      const time = {
        hour: token.value,
        minute: 0,
        twentyFour: token.value > 12 || token.value === 0 || (token.digits === 2 && token.value < 10),
      };
      items.push({ item: "time", time: { time, plain: true, text: token.text } });
    } else if (token.type === "time") {
      items.push({
        item: "time",
        time: { time: token.time, plain: false, text: token.text, midnight: token.midnight },
      });
    } else if (token.type === "separator") {
      items.push({ item: "separator", text: token.text });
    } else if (token.type === "weekday") {
      const before = tokens[i - 1];
      const after = ["nextAfter", "thisAfter", "nextWeek"].includes(next?.type ?? "") ? next : undefined;
      const first = ["next", "this", "nextWeek"].includes(before?.type ?? "") ? i - 1 : i;
      const last = after ? i + 1 : i;
      const isNext = before?.type === "next" || after?.type === "nextAfter";
      const nextWeek = before?.type === "nextWeek" || after?.type === "nextWeek";
      const text = span(original, tokens.slice(first, last + 1));
      items.push({ item: "day", day: { kind: "weekday", weekday: token.weekday, next: isNext, nextWeek, text } });
      i = last;
      if (token.part && !setPart(token, token.part))
        conflict ??= { reason: "conflict", unread: parts.map((p) => p.text).join(" / ") };
    } else if (["next", "this", "nextWeek"].includes(token.type) && tokens[i + 1]?.type === "weekday") {
      continue;
    } else if (token.type === "relative") {
      items.push({ item: "day", day: { kind: "relative", days: token.days, text: token.text } });
      if (token.part && !setPart(token, token.part))
        conflict ??= { reason: "conflict", unread: parts.map((p) => p.text).join(" / ") };
    } else if (token.type === "part" && isTimeItem(items[items.length - 1]) && timeAt === i - 1) {
      const last = items.pop() as Item & { item: "time" };
      if (last.time.part) return { reason: "conflict", unread: `${last.time.partText} / ${token.text}` };
      items.push({ item: "time", time: { ...last.time, part: token.part, partText: token.text } });
    } else if (token.type === "part") {
      if (!setPart(token, token.part))
        conflict ??= { reason: "conflict", unread: parts.map((p) => p.text).join(" / ") };
    } else if (token.type === "length" && !length) {
      length = { minutes: token.minutes, text: token.text };
    } else {
      miss(token);
    }
  }
  if (unread.length > 0) return { reason: "unread", unread: unread.map((run) => span(original, run)).join(" … ") };
  if (conflict) return conflict;
  return { items, part, partText: parts.map((p) => p.text).join(" "), length };
}
