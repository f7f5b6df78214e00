/**
 * The scanner: cuts a text into tokens, trying at each place the longest word or pattern the
 * three vocabularies know. What it cannot read becomes an `unread` token, so the reader can say
 * exactly which part it did not understand instead of skipping it.
 */
import type { Locale } from "../../core/i18n/define.js";
import { cy } from "./cy.js";
import { en } from "./en.js";
import { nl } from "./nl.js";
import type { ClockTime, Token, TokenData } from "./tokens.js";
import type { Vocabulary } from "./vocabulary.js";

const VOCABULARIES: readonly Vocabulary[] = [en, cy, nl];

const merged = <K extends keyof Vocabulary>(key: K): Vocabulary[K][] => VOCABULARIES.map((v) => v[key]);
type RecordKey =
  | "weekdays"
  | "weekdayParts"
  | "months"
  | "relative"
  | "dayParts"
  | "numbers"
  | "minutesPast"
  | "lengths"
  | "namedDays"
  | "periods";
type ListKey =
  | "nextBefore"
  | "nextAfter"
  | "thisBefore"
  | "thisAfter"
  | "fillers"
  | "separators"
  | "lengthBefore"
  | "hourUnits"
  | "minuteUnits"
  | "nextWeek";
const keysOf = (key: RecordKey): string[] => merged(key).flatMap((record) => Object.keys(record));
const wordsOf = (key: ListKey): string[] => merged(key).flat();
const lookup = <V>(records: readonly Readonly<Record<string, V>>[], word: string): V | undefined => {
  const key = word.replace(/\s+/g, " ");
  for (const record of records) if (key in record) return record[key];
  return undefined;
};

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "\\s+");
/** Longest first, so "dydd sadwrn nesaf" is not read as "dydd sadwrn" and a stray word. */
const alternation = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
const END = "(?![\\p{L}\\p{N}])";
const sticky = (source: string) => new RegExp(source, "uy");

const MERIDIEM_WORDS = merged("meridiem").flatMap((record) => Object.keys(record));
// "am" written apart, before a number or a length, is Welsh "at" or "for" ("10 am 2 awr", "2 am awr");
// written on the hour ("10am 10 Dec") it is always English.
const MERIDIEM = [...new Set(MERIDIEM_WORDS)]
  .sort((a, b) => b.length - a.length)
  .map((word) => (word === "am" ? "(?<!\\s)am|am(?!\\s*(?:\\d|awr|hanner|ddwy|dair))" : escape(word)))
  .join("|");
const OCLOCK = alternation(merged("oclock").flat());
const NUMBER_WORDS = alternation(keysOf("numbers"));
const HOUR = `(\\d{1,2}|${NUMBER_WORDS})`;
const SUFFIX = `(?:\\s*(${MERIDIEM}))?(?:\\s*(?:${OCLOCK}))?`;

function clock(hour: number, minute: number, meridiem: string | undefined, leadingZero: boolean): ClockTime {
  const mer = meridiem ? lookup(merged("meridiem"), meridiem) : undefined;
  const twentyFour = !mer && (hour > 12 || hour === 0 || leadingZero);
  return mer ? { hour, minute, meridiem: mer, twentyFour } : { hour, minute, twentyFour };
}

const hourOf = (written: string) => (/^\d/.test(written) ? Number(written) : (lookup(merged("numbers"), written) ?? 0));

type Make = (match: RegExpExecArray, locale: Locale) => TokenData | undefined;

/** Patterns tried in order at each place; the first that matches and makes a token wins. */
const PATTERNS: readonly (readonly [RegExp, Make])[] = [
  [sticky(`(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${END}`), (m) => date(m[1], m[3], m[4])],
  [sticky(`(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${END}`), (m) => date(m[4], m[3], m[1])],
  [sticky(`(\\d{1,2})/(\\d{1,2})${END}`), (m) => date(undefined, m[2], m[1])],
  // "31-12", "25-12": no hour is over 24, so a day and a month.
  [sticky(`(2[5-9]|3[01])-(0?[1-9]|1[0-2])${END}`), (m) => date(undefined, m[2], m[1])],
  [
    sticky(
      `(?:${alternation(wordsOf("lengthBefore"))})\\s+(\\d{1,2}(?:[.,]\\d+)?)\\s*(${alternation([...wordsOf("hourUnits"), ...wordsOf("minuteUnits")])})${END}`,
    ),
    (m) => {
      const amount = Number((m[1] ?? "0").replace(",", "."));
      const hours = wordsOf("hourUnits").includes(m[2] ?? "");
      return { type: "length", minutes: Math.round(hours ? amount * 60 : amount) };
    },
  ],
  [
    // "am hanner awr wedi saith" is at half past seven, not for half an hour.
    sticky(`(${alternation(keysOf("lengths"))})${END}(?!\\s+wedi)`),
    (m) => ({ type: "length", minutes: lookup(merged("lengths"), m[1] ?? "") ?? 0 }),
  ],
  [
    sticky(`(\\d{1,2})([:.])(\\d{2})${SUFFIX}${END}`),
    (m) => {
      const minute = Number(m[3]);
      // "15.12" may be 15 December: a dot is a time only on the quarter hours, or with am/pm/uur after it.
      const suffixed = /\S/.test(m[0].slice((m[1] ?? "").length + 3));
      if (m[2] === "." && minute % 15 !== 0 && !suffixed) return { type: "ambiguous" };
      return { type: "time", time: clock(Number(m[1]), minute, m[4], (m[1] ?? "").length === 2 && m[1]?.[0] === "0") };
    },
  ],
  [
    sticky(`(\\d{1,2})[uh](\\d{2})?${END}`),
    (m) => ({
      type: "time",
      time: clock(Number(m[1]), Number(m[2] ?? 0), undefined, m[1]?.[0] === "0" && m[1].length === 2),
    }),
  ],
  [
    sticky(`(${alternation(keysOf("minutesPast"))})\\s+${HOUR}${SUFFIX}${END}`),
    (m) => past(m[1] ?? "", hourOf(m[2] ?? ""), m[3]),
  ],
  [
    sticky(`half\\s+${HOUR}${END}`),
    (m, locale) => (locale === "nl" ? past("kwart voor", hourOf(m[1] ?? ""), undefined, -30) : { type: "ambiguous" }),
  ],
  [
    sticky(`(${alternation(merged("noon").flat())})${END}`),
    () => ({ type: "time", time: { hour: 12, minute: 0, twentyFour: true } }),
  ],
  [
    sticky(`(${alternation(merged("midnight").flat())})${END}`),
    () => ({ type: "time", time: { hour: 0, minute: 0, twentyFour: true }, midnight: true }),
  ],
  [
    sticky(`(\\d{1,2})\\s*(${MERIDIEM})(?:\\s*(?:${OCLOCK}))?${END}`),
    (m) => ({ type: "time", time: clock(Number(m[1]), 0, m[2], false) }),
  ],
  // "acht uur", "dau o'r gloch", "at two", "om acht": an hour in words, with o'clock or after at.
  [
    sticky(`(${NUMBER_WORDS})\\s*(?:${OCLOCK})${END}`),
    (m) => ({ type: "time", time: clock(hourOf(m[1] ?? ""), 0, undefined, false) }),
  ],
  [
    sticky(`(?:at|om|am)\\s+(${NUMBER_WORDS})${SUFFIX}${END}`),
    (m) => ({ type: "time", time: clock(hourOf(m[1] ?? ""), 0, m[2], false) }),
  ],
  [
    sticky(`(\\d{1,2})\\s*(?:${OCLOCK})${END}`),
    (m) => ({ type: "time", time: clock(Number(m[1]), 0, undefined, m[1]?.[0] === "0" && m[1].length === 2) }),
  ],
  [
    sticky(`(\\d{1,2})(?:${alternation(merged("ordinalSuffixes").flat())})${END}`),
    (m) => ({ type: "ordinal", value: Number(m[1]) }),
  ],
  [sticky(`(\\d+)${END}`), (m) => ({ type: "number", value: Number(m[1]), digits: (m[1] ?? "").length })],
  [
    sticky(`(${alternation(keysOf("namedDays"))})${END}`),
    (m) => {
      const [month, day, part] = lookup(merged("namedDays"), m[1] ?? "") ?? [1, 1];
      return part ? { type: "date", month, day, part } : { type: "date", month, day };
    },
  ],
  [
    sticky(`(${alternation(keysOf("weekdayParts"))})${END}`),
    (m) => {
      const [weekday, part] = lookup(merged("weekdayParts"), m[1] ?? "") ?? [1, "morning"];
      return { type: "weekday", weekday, part };
    },
  ],
  [
    sticky(`(${alternation(keysOf("relative"))})${END}`),
    (m) => {
      const [days, part] = lookup(merged("relative"), m[1] ?? "") ?? [0];
      return part ? { type: "relative", days, part } : { type: "relative", days };
    },
  ],
  [
    sticky(`(${alternation(keysOf("weekdays"))})\\.?${END}`),
    (m) => ({ type: "weekday", weekday: lookup(merged("weekdays"), m[1] ?? "") ?? 1 }),
  ],
  [
    sticky(`(${alternation(keysOf("months"))})\\.?${END}`),
    (m) => ({ type: "month", month: lookup(merged("months"), m[1] ?? "") ?? 1 }),
  ],
  [
    sticky(`(${alternation(keysOf("dayParts"))})${END}`),
    (m) => ({ type: "part", part: lookup(merged("dayParts"), m[1] ?? "") ?? "morning" }),
  ],
  [
    sticky(`(${alternation(keysOf("periods"))})${END}`),
    (m) => {
      const [unit, offset] = lookup(merged("periods"), m[1] ?? "") ?? ["month", 0];
      return { type: "period", unit, offset };
    },
  ],
  [sticky(`(?:${alternation(wordsOf("nextWeek"))})${END}`), () => ({ type: "nextWeek" })],
  [sticky(`(?:${alternation(wordsOf("nextBefore"))})${END}`), () => ({ type: "next" })],
  [sticky(`(?:${alternation(wordsOf("thisAfter"))})${END}`), () => ({ type: "thisAfter" })],
  [sticky(`(?:${alternation(wordsOf("thisBefore"))})${END}`), () => ({ type: "this" })],
  [sticky(`(?:${alternation(wordsOf("nextAfter"))})${END}`), () => ({ type: "nextAfter" })],
  [sticky(`(?:${alternation(wordsOf("separators"))})${END}|[-–—~]`), () => ({ type: "separator" })],
];

function date(year: string | undefined, month: string | undefined, day: string | undefined): TokenData {
  const y = year === undefined ? undefined : year.length === 2 ? 2000 + Number(year) : Number(year);
  return y === undefined
    ? { type: "date", month: Number(month), day: Number(day) }
    : { type: "date", year: y, month: Number(month), day: Number(day) };
}

/** "quarter to 3" is 2:45: minutes added to (or taken from) the hour named. */
function past(phrase: string, hour: number, meridiem: string | undefined, given?: number): TokenData {
  const offset = given ?? lookup(merged("minutesPast"), phrase) ?? 0;
  const before = offset < 0 ? (hour === 1 ? 12 : hour === 0 ? 23 : hour - 1) : hour;
  return { type: "time", time: clock(before, offset < 0 ? 60 + offset : offset, meridiem, false) };
}

const FILLER = sticky(`(?:${alternation(wordsOf("fillers"))})${END}`);
const SKIP = /[\s,;!?()]+|\.(?=\s|$)/uy;

/**
 * Cuts a text into tokens. The text is lower-cased and its typographic apostrophes and dashes
 * made plain, keeping every character's place so a refusal can quote the member's own words.
 */
export function scan(original: string, locale: Locale): Token[] {
  const text = [...original]
    .map((c) => (c === "’" || c === "‘" || c === "`" ? "'" : c.toLowerCase().length === 1 ? c.toLowerCase() : c))
    .join("");
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    SKIP.lastIndex = at;
    const skipped = SKIP.exec(text);
    if (skipped && skipped[0].length > 0) {
      at += skipped[0].length;
      continue;
    }
    let made: Token | undefined;
    for (const [pattern, make] of PATTERNS) {
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      const token = match && make(match, locale);
      if (match && token) {
        made = { ...token, text: original.slice(at, at + match[0].length), from: at } as Token;
        break;
      }
    }
    FILLER.lastIndex = at;
    const filler = made ? undefined : FILLER.exec(text);
    if (filler) {
      at += filler[0].length;
      continue;
    }
    if (!made) {
      const word = /[^\s,;]+/uy;
      word.lastIndex = at;
      const length = word.exec(text)?.[0].length ?? 1;
      made = { type: "unread", text: original.slice(at, at + length), from: at };
    }
    tokens.push(made);
    at = made.from + made.text.length;
  }
  return tokens;
}
