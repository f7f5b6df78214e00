/**
 * The corpus: expressions written the way members of volunteer networks write them, in English,
 * Welsh and Dutch, each with its expected reading or "refused". The bar is zero silently wrong;
 * a refusal of something that has a meaning counts against the understood-rate, printed once.
 */
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/core/i18n/define.js";
import { run, type Section } from "./corpus.js";
import { CY } from "./corpus-cy.js";
import { EN } from "./corpus-en.js";
import { NL } from "./corpus-nl.js";

const CORPORA: readonly (readonly [Locale, readonly Section[]])[] = [
  ["en", EN],
  ["cy", CY],
  ["nl", NL],
];

describe("the date reader's corpus", () => {
  const results = CORPORA.map(([locale, sections]) => [locale, run(locale, sections)] as const);

  it("has at least 100 expressions per language and 300 in all", () => {
    for (const [, cases] of results) expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(results.reduce((sum, [, cases]) => sum + cases.length, 0)).toBeGreaterThanOrEqual(300);
  });

  for (const [locale, cases] of results) {
    it(`reads nothing wrong in ${locale}`, () => {
      const wrong = cases.filter((c) => c.outcome === "wrong");
      expect(wrong.map((c) => `${c.text} [${c.kind}] → ${c.shown}, expected ${JSON.stringify(c.expected)}`)).toEqual(
        [],
      );
    });
  }

  it("reports the understood-rate per language", () => {
    const lines = results.map(([locale, cases]) => {
      const meant = cases.filter((c) => c.expected !== "refused");
      const understood = meant.filter((c) => c.outcome === "right").length;
      const refused = cases.filter((c) => c.outcome === "refused").length;
      const rate = ((100 * understood) / meant.length).toFixed(1);
      const missed = meant.filter((c) => c.outcome === "unread").map((c) => c.text);
      return `${locale}: ${cases.length} expressions; understood ${understood}/${meant.length} (${rate}%); refused as expected ${refused}; not yet read: ${missed.join(" | ")}`;
    });
    console.log(`Date reader corpus\n${lines.join("\n")}`);
    expect(lines).toHaveLength(3);
  });
});
