/**
 * The glossary (docs/glossary.md) as a check: no Welsh or Dutch string uses a word the glossary
 * tells translators to avoid. The tables in that file are the only list; scripts/i18n/checks.ts reads
 * them, for this test and for `npm run i18n:import`.
 */
import { describe, expect, it } from "vitest";
import { avoidedIn, glossaryRules, wholeWord } from "../../scripts/i18n/checks.js";
import { catalogue } from "../../src/core/i18n/index.js";

describe("the glossary", () => {
  const rules = glossaryRules();

  it("lists words to avoid for Welsh and Dutch", () => {
    expect(rules.cy?.map((r) => r.word)).toContain("sifft");
    expect(rules.nl?.map((r) => r.word)).toContain("bijv.");
    expect(wholeWord("controle").test("Controleer de aanhalingstekens")).toBe(false);
    expect(wholeWord("controle").test("je controle is verlopen")).toBe(true);
  });

  it.each(["cy", "nl"] as const)("no %s string uses a word it lists to avoid", (locale) => {
    const found: string[] = [];
    for (const [key, text] of Object.entries(catalogue(locale))) {
      for (const { concept, word } of avoidedIn(text, locale, rules)) found.push(`${key}: “${word}” (${concept})`);
    }
    expect(found).toEqual([]);
  });
});
