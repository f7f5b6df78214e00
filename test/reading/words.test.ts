import { describe, expect, it } from "vitest";
import { HELP_WORDS, isHelpWord, isNoneWord, NO_WORDS, readYesNo, YES_WORDS } from "../../src/reading/words.js";
import { editDistance, isNearMiss, looksLikeUnknownSubcommand } from "../../src/core/words.js";

describe("yes/no, on/off and help in English, Welsh and Dutch", () => {
  it.each([
    ["on", true],
    ["Yes", true],
    ["ymlaen", true],
    ["ie", true],
    ["do", true],
    ["aan", true],
    ["JA", true],
    ["off", false],
    ["no", false],
    ["i ffwrdd", false],
    ["I  Ffwrdd.", false],
    ["na", false],
    ["nage", false],
    ["uit", false],
    ["nee", false],
    ["neen", false],
  ])("%s → %s", (word, value) => {
    expect(readYesNo(word)).toBe(value);
  });

  it("reads nothing else as yes or no", () => {
    for (const word of ["maybe", "", "onn", "aan en uit", "efallai", "misschien"])
      expect(readYesNo(word)).toBeUndefined();
  });

  it("no word is both yes and no, and every no word also means none", () => {
    expect(YES_WORDS.filter((w) => NO_WORDS.includes(w))).toEqual([]);
    for (const word of [...NO_WORDS, "none", "dim", "geen", "-"]) expect(isNoneWord(word)).toBe(true);
    expect(isNoneWord("4w")).toBe(false);
  });

  it("knows help in each language", () => {
    for (const word of ["help", "Cymorth", "hulp"]) expect(isHelpWord(word)).toBe(true);
    expect(HELP_WORDS).toContain("cymorth");
    expect(isHelpWord("helpen")).toBe(false);
  });
});

describe("unknown subcommands", () => {
  const verbs = new Set(["list", "show", "post", "choose", "cover", "help", "mine", "who"]);

  it("measures edits, a swap of neighbours counting one", () => {
    expect(editDistance("lsit", "list")).toBe(1);
    expect(editDistance("shwo", "show")).toBe(1);
    expect(editDistance("choose", "choose")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("takes short names only as typed, longer ones with a slip or two", () => {
    expect(isNearMiss("who", "who")).toBe(true);
    expect(isNearMiss("why", "who")).toBe(false);
    expect(isNearMiss("lsit", "list")).toBe(true);
    expect(isNearMiss("forget-em", "forget-me")).toBe(true);
    expect(isNearMiss("lunch", "list")).toBe(false);
  });

  it.each([
    ["choose 1 Sam", true],
    ["lsit", true],
    ["shwo 12", true],
    ["cover #3", true],
    ["mine @Sam", true],
    ["list tag:arts", true],
    ["Lift to the hospital on Friday", false],
    ["Choose a venue for the festival?", false],
    ["choose 1 | of the three venues", false],
    ["Choose 1 of 3 venues for our summer festival", false],
    ["Help moving chairs on Saturday", false],
    ["Seed library", false],
  ])("%s → unknown: %s", (text, unknown) => {
    expect(looksLikeUnknownSubcommand(text, verbs)).toBe(unknown);
  });
});
