/**
 * The catalogues out to a translator and back: one gettext PO file per language (English the
 * source, the key as `msgctxt`), and the checks a translated file must pass before anything is
 * written. Used by scripts/i18n/export.ts and scripts/i18n/import.ts; tested in
 * test/ops/i18n-exchange.test.ts.
 */
import { LOCALES, PLURAL_CATEGORIES, type Locale } from "../../src/core/i18n/define.js";
import { glossaryRules, placeholdersOf, problemsOf, type Avoided, type Text } from "./checks.js";
import { formatPo, parsePo, type PoEntry } from "./po.js";
import type { Change, SourceEntry } from "./sources.js";

/**
 * gettext's Plural-Forms for each language, with its forms in the order of PLURAL_CATEGORIES
 * (CLDR, as `Intl.PluralRules` picks them): Welsh msgstr[0] … [5] are zero, one, two, few (3),
 * many (6), other.
 */
export const PLURAL_FORMS: Readonly<Record<Locale, string>> = {
  en: "nplurals=2; plural=(n != 1);",
  nl: "nplurals=2; plural=(n != 1);",
  cy: "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n==3 ? 3 : n==6 ? 4 : 5);",
};

const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: "English", cy: "Welsh", nl: "Dutch" };

/** What a plural form is for, as the file's comments say: "[3] few (3)". */
const FORM_HINTS: Readonly<Record<string, string>> = {
  zero: "0",
  one: "1",
  two: "2",
  few: "3",
  many: "6",
  other: "any other number",
};

/** The English of a message as msgid (and msgid_plural when it counts). */
function english(en: Text): { id: string; idPlural?: string } {
  return typeof en === "string" ? { id: en } : { id: en.one ?? "", idPlural: en.other ?? "" };
}

/** The translation's forms as msgstr[n], in the language's plural order. */
function strsOf(locale: Locale, text: Text | undefined, plural: boolean): string[] {
  if (!plural) return [typeof text === "string" ? text : ""];
  return PLURAL_CATEGORIES[locale].map((category) =>
    text === undefined ? "" : typeof text === "string" ? text : (text[category] ?? ""),
  );
}

/** The PO file a translator of `locale` opens: every message, in file and declaration order. */
export function exportPo(sources: readonly SourceEntry[], locale: Exclude<Locale, "en">): string {
  const categories = PLURAL_CATEGORIES[locale];
  const entries: PoEntry[] = sources.map((source, i) => {
    const en = source.texts.en?.text ?? "";
    const translated = source.texts[locale]?.text;
    const plural = typeof en !== "string" || (translated !== undefined && typeof translated !== "string");
    const { id, idPlural } = english(en);
    const comments = [`#: ${source.file}`];
    const placeholders = placeholdersOf(en);
    if (placeholders.length) comments.unshift(`#. Keep as they are: ${placeholders.map((p) => `{${p}}`).join(" ")}`);
    if (plural)
      comments.unshift(
        `#. Counts {count}: ${categories.map((c, n) => `[${n}] ${c} (${FORM_HINTS[c]})`).join(", ")}. The same text in every form is fine.`,
      );
    return {
      context: source.key,
      id,
      idPlural: plural ? (idPlural ?? id) : undefined,
      strs: strsOf(locale, translated, plural),
      comments,
      flags: [],
      line: i,
    };
  });
  return formatPo(
    [
      `# Gather's messages in ${LANGUAGE_NAMES[locale]} (${locale}), with English as the source.`,
      "# msgctxt is the message's key: never change it, nor the {placeholders}.",
      "# Read back with: npm run i18n:import <this file>. Rules and words: docs/glossary.md.",
    ],
    {
      "Project-Id-Version": "gather",
      "Last-Translator": "",
      "Language-Team": LANGUAGE_NAMES[locale],
      Language: locale,
      "MIME-Version": "1.0",
      "Content-Type": "text/plain; charset=UTF-8",
      "Content-Transfer-Encoding": "8bit",
      "Plural-Forms": PLURAL_FORMS[locale],
      "X-Generator": "gather npm run i18n:export",
    },
    entries,
  );
}

/** What reading a translated file back would do. */
export interface ImportPlan {
  readonly locale: Locale;
  /** Translations that differ from the catalogues: what the import writes. */
  readonly changes: readonly Change[];
  /** Why the file is refused, one line each, naming the key: nothing is written when there is one. */
  readonly problems: readonly string[];
  /** What is left as it is, and why (not translated, marked fuzzy, English changed since). */
  readonly notes: readonly string[];
}

const same = (a: Text | undefined, b: Text | undefined) => {
  const norm = (t: Text | undefined) =>
    t === undefined || typeof t === "string"
      ? t
      : Object.fromEntries(Object.entries(t).sort(([x], [y]) => (x < y ? -1 : 1)));
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
};

/**
 * Reads a translated PO file against the catalogues: which texts change, and every problem the
 * build would refuse (placeholders, plural forms, glossary, faked plurals), each naming its key.
 */
export function planImport(
  sources: readonly SourceEntry[],
  poText: string,
  rules: Record<string, Avoided[]> = glossaryRules(),
): ImportPlan {
  const problems: string[] = [];
  const notes: string[] = [];
  const changes: Change[] = [];
  let po;
  try {
    po = parsePo(poText);
  } catch (error) {
    return { locale: "en", changes, problems: [`the file is not valid PO: ${(error as Error).message}`], notes };
  }
  const language = (po.headers.Language ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  const locale = LOCALES.find((l) => l === language && l !== "en");
  if (!locale) {
    const known = LOCALES.filter((l) => l !== "en").join(", ");
    return {
      locale: "en",
      changes,
      problems: [`the file's Language header is “${po.headers.Language ?? ""}”: expected one of ${known}`],
      notes,
    };
  }
  const nplurals = /nplurals\s*=\s*(\d+)/.exec(po.headers["Plural-Forms"] ?? "")?.[1];
  const categories = PLURAL_CATEGORIES[locale] as readonly string[];
  if (Number(nplurals) !== categories.length)
    problems.push(
      `the file's Plural-Forms is “${po.headers["Plural-Forms"] ?? ""}”: ${locale} needs ${PLURAL_FORMS[locale]}`,
    );

  const byKey = new Map(sources.map((s) => [s.key, s]));
  const seen = new Set<string>();
  const untranslated: string[] = [];
  const fuzzy: string[] = [];
  const stale: string[] = [];
  for (const entry of po.entries) {
    const key = entry.context;
    if (key === undefined) {
      problems.push(`line ${entry.line}: “${entry.id.slice(0, 40)}” has no key (msgctxt)`);
      continue;
    }
    if (seen.has(key)) problems.push(`${key}: is in the file twice`);
    seen.add(key);
    const source = byKey.get(key);
    if (!source?.texts.en) {
      problems.push(`${key}: no such message in the catalogues (a key is never changed)`);
      continue;
    }
    const en = source.texts.en.text;
    const current = source.texts[locale]?.text;
    const { id, idPlural } = english(en);
    if (entry.id !== id || (idPlural !== undefined && entry.idPlural !== undefined && entry.idPlural !== idPlural)) {
      stale.push(key);
      continue;
    }
    if (entry.flags.includes("fuzzy")) {
      fuzzy.push(key);
      continue;
    }
    if (entry.strs.every((s) => s === undefined || s === "")) {
      untranslated.push(key);
      continue;
    }
    let text: Text;
    if (entry.idPlural === undefined) {
      if (typeof en !== "string") {
        problems.push(
          `${key}: English counts ({count}): the file must give every plural form (msgid_plural, msgstr[n])`,
        );
        continue;
      }
      text = entry.strs[0] ?? "";
    } else {
      const forms: Record<string, string> = {};
      categories.forEach((category, n) => {
        const form = entry.strs[n];
        if (form !== undefined) forms[category] = form;
      });
      const values = Object.values(forms);
      const allSame = values.length === categories.length && values.every((v) => v === values[0]);
      // A translation written once for every count stays one text when it still is one.
      if (allSame && typeof current === "string") text = values[0] ?? "";
      else if (allSame && typeof en === "string") text = values[0] ?? "";
      else if (typeof en === "string") {
        problems.push(`${key}: English does not count here: give one text, the same in every form`);
        continue;
      } else text = forms;
    }
    const found = problemsOf(locale, en, text, rules);
    if (found.length) {
      problems.push(...found.map((p) => `${key}: ${p}`));
      continue;
    }
    if (!same(text, current)) changes.push({ entry: source, locale, text });
  }
  const missing = sources.filter((s) => !seen.has(s.key)).map((s) => s.key);
  const list = (keys: string[]) =>
    keys.length > 8 ? `${keys.slice(0, 8).join(", ")} … (${keys.length})` : keys.join(", ");
  if (stale.length)
    notes.push(`left as they are, the English changed since the file was made (export again): ${list(stale)}`);
  if (fuzzy.length) notes.push(`left as they are, marked fuzzy (unsure): ${list(fuzzy)}`);
  if (untranslated.length) notes.push(`left as they are, not translated in the file: ${list(untranslated)}`);
  if (missing.length) notes.push(`left as they are, not in the file: ${list(missing)}`);
  return { locale, changes, problems, notes };
}
