/**
 * Numbers and lists in the reader's language, through `Intl`: "7.5" in English and Welsh, "7,5" in
 * Dutch; "Ann, Ben and Cai", "Ann, Ben a Cai", "Ann, Ben en Cai". A message takes the formatted text
 * as a placeholder, so the catalogue decides where it goes and the code never joins words itself.
 */
import type { Locale } from "./define.js";

/**
 * The `Intl` tag of each language: British English (no comma before "and"), Welsh as written in
 * Wales, Dutch (Flemish and Netherlands Dutch write numbers and lists alike).
 */
const INTL_TAG: Record<Locale, string> = { en: "en-GB", cy: "cy-GB", nl: "nl" };

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * `n` as the reader writes it, with at most `decimals` digits after the decimal sign (1 unless
 * told): 7.5 → "7.5" (en, cy), "7,5" (nl); 1234 → "1,234" / "1.234".
 */
export function formatNumber(locale: Locale, n: number, decimals = 1): string {
  const key = `${locale}:${decimals}`;
  let format = numberFormats.get(key);
  if (!format)
    numberFormats.set(key, (format = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: decimals })));
  return format.format(n);
}

/**
 * Welsh "and" before a word: _ac_ before a vowel ("Ann ac Ifan"), _a_ otherwise ("Ann a Cai"). ICU's
 * Welsh data writes "a(c)" and leaves the choice to the reader; this makes it. Names are not
 * mutated after _a_ (Welsh leaves personal names as they are).
 *
 * A number is read aloud: _ac_ before one that starts with "un" or "wyth" (1, 11–19 "un deg …",
 * 8, 80s "wyth deg", 800s "wyth cant"), _a_ before the rest ("a 10", "a 100"). "#" is not read.
 */
export function welshAnd(next: string): "a" | "ac" {
  const word = next.trimStart().replace(/^#/, "");
  const digits = /^\d+/.exec(word)?.[0];
  if (digits !== undefined) {
    const n = Number(digits);
    return n === 1 || (n >= 11 && n <= 19) || digits.startsWith("8") ? "ac" : "a";
  }
  return /^[aeiouyâêîôûŷáéíóúàèìòùäëïöüÿ]/i.test(word) ? "ac" : "a";
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/** `items` as one list in the reader's language, joined with "and": "Ann, Ben and Cai". */
export function formatList(locale: Locale, items: readonly string[]): string {
  if (locale === "cy") {
    if (items.length < 2) return items.join("");
    const last = items[items.length - 1] as string;
    return `${items.slice(0, -1).join(", ")} ${welshAnd(last)} ${last}`;
  }
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(INTL_TAG[locale], { type: "conjunction" })));
  return format.format(items);
}
