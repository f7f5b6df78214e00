/**
 * The glossary (docs/glossary.md) as a check: no Welsh or Dutch string uses a word the glossary
 * tells translators to avoid. The tables in that file are the only list.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogue } from "../../src/core/i18n/index.js";

const GLOSSARY = new URL("../../docs/glossary.md", import.meta.url);

/** The "avoid" words of each language's table: `## Welsh (cy)` → cy. */
function avoided(markdown: string): Record<string, { concept: string; word: string }[]> {
  const out: Record<string, { concept: string; word: string }[]> = {};
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

/** A whole word (or phrase), not part of a longer one: "controle" does not match "controleren". */
const wholeWord = (word: string) =>
  new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "iu");

describe("the glossary", () => {
  const rules = avoided(readFileSync(GLOSSARY, "utf8"));

  it("lists words to avoid for Welsh and Dutch", () => {
    expect(rules.cy?.map((r) => r.word)).toContain("sifft");
    expect(rules.nl?.map((r) => r.word)).toContain("bijv.");
    expect(wholeWord("controle").test("Controleer de aanhalingstekens")).toBe(false);
    expect(wholeWord("controle").test("je controle is verlopen")).toBe(true);
  });

  it.each(["cy", "nl"] as const)("no %s string uses a word it lists to avoid", (locale) => {
    const found: string[] = [];
    for (const [key, text] of Object.entries(catalogue(locale))) {
      const forms = typeof text === "string" ? [text] : Object.values(text);
      for (const { concept, word } of rules[locale] ?? []) {
        if (forms.some((form) => wholeWord(word).test(form))) found.push(`${key}: “${word}” (${concept})`);
      }
    }
    expect(found).toEqual([]);
  });
});
