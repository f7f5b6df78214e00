/**
 * The checks a translation must pass, shared by the build's tests (test/core/glossary.test.ts) and
 * `npm run i18n:import`, so a translator's file is refused for exactly what would fail the build:
 * - its placeholders (all plural forms together) are English's;
 * - a plural message has every plural form of its language, none empty;
 * - no word the glossary (docs/glossary.md) tells translators to avoid;
 * - no faked plural: "(s)", "(en)", "(wyr)".
 */
import { readFileSync } from "node:fs";
import { PLURAL_CATEGORIES, type Locale } from "../../src/core/i18n/define.js";

/** A message in one language: plain, or its plural forms by category. */
export type Text = string | Readonly<Record<string, string>>;

export interface Avoided {
  readonly concept: string;
  readonly word: string;
}

export const GLOSSARY = new URL("../../docs/glossary.md", import.meta.url);

/** The "avoid" words of each language's table in the glossary: `## Welsh (cy)` → cy. */
export function avoided(markdown: string): Record<string, Avoided[]> {
  const out: Record<string, Avoided[]> = {};
  let locale: string | undefined;
  for (const line of markdown.split("\n")) {
    const heading = /^## .*\((\w\w)\b/.exec(line);
    if (heading) locale = heading[1];
    const row = /^\| ([^|]+) \| ([^|]*) \| ([^|]*) \|$/.exec(line);
    if (!locale || !row || row[1]?.trim() === "concept" || row[1]?.startsWith("---")) continue;
    const concept = row[1]?.trim() ?? "";
    for (const word of (row[3] ?? "")
      .split(",")
      .map((w) => w.trim())
      .filter(Boolean)) {
      (out[locale] ??= []).push({ concept, word });
    }
  }
  return out;
}

/** The glossary's words to avoid, read from docs/glossary.md. */
export function glossaryRules(): Record<string, Avoided[]> {
  return avoided(readFileSync(GLOSSARY, "utf8"));
}

/** A whole word (or phrase), not part of a longer one: "controle" does not match "controleren". */
export const wholeWord = (word: string) =>
  new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "iu");

/** A text's forms: itself, or each plural form. */
export const formsOf = (text: Text | undefined): string[] =>
  text === undefined ? [] : typeof text === "string" ? [text] : Object.values(text);

/** The `{name}` placeholders of all of a text's forms together, sorted. */
export const placeholdersOf = (text: Text | undefined): string[] =>
  [...new Set(formsOf(text).flatMap((form) => [...form.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "")))].sort();

/** The glossary words a text uses that its language's table says to avoid: “sifft” (shift). */
export function avoidedIn(text: Text, locale: string, rules: Record<string, Avoided[]>): Avoided[] {
  const forms = formsOf(text);
  return (rules[locale] ?? []).filter(({ word }) => forms.some((form) => wholeWord(word).test(form)));
}

const FAKED_PLURAL = /\w\((s|en|wyr|au|iau|ion|e?n)\)/;

/**
 * What is wrong with a translation of one message, as short sentences (empty when nothing is):
 * `english` is the source text, `text` the translation in `locale`.
 */
export function problemsOf(
  locale: Locale,
  english: Text,
  text: Text,
  rules: Record<string, Avoided[]> = glossaryRules(),
): string[] {
  const problems: string[] = [];
  if (typeof text !== "string") {
    const expected = [...PLURAL_CATEGORIES[locale]];
    const missing = expected.filter((category) => !(category in text));
    const extra = Object.keys(text).filter((category) => !(expected as string[]).includes(category));
    if (missing.length) problems.push(`plural forms missing: ${missing.join(", ")}`);
    if (extra.length) problems.push(`plural forms ${locale} does not have: ${extra.join(", ")}`);
  }
  if (formsOf(text).some((form) => form.trim() === "")) problems.push("a text is empty");
  const want = placeholdersOf(english);
  const got = placeholdersOf(text);
  if (want.join() !== got.join()) {
    const lost = want.filter((p) => !got.includes(p)).map((p) => `{${p}}`);
    const unknown = got.filter((p) => !want.includes(p)).map((p) => `{${p}}`);
    problems.push(
      `placeholders differ from English (${[
        lost.length ? `missing ${lost.join(" ")}` : "",
        unknown.length ? `not in English ${unknown.join(" ")}` : "",
      ]
        .filter(Boolean)
        .join("; ")})`,
    );
  }
  for (const { concept, word } of avoidedIn(text, locale, rules))
    problems.push(`uses “${word}”, which the glossary says to avoid (${concept})`);
  if (formsOf(text).some((form) => FAKED_PLURAL.test(form)))
    problems.push("fakes a plural with brackets, e.g. “(s)”: give plural forms or put the number after a label");
  return problems;
}
