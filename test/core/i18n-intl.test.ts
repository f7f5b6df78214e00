/** Numbers and lists in the reader's language (src/core/i18n/intl.ts). */
import { describe, expect, it } from "vitest";
import { formatList, formatNumber } from "../../src/core/i18n/index.js";
import { welshAnd } from "../../src/core/i18n/intl.js";

describe("numbers in the reader's language", () => {
  it("writes a decimal point in English and Welsh and a comma in Dutch", () => {
    expect([formatNumber("en", 7.5), formatNumber("cy", 7.5), formatNumber("nl", 7.5)]).toEqual(["7.5", "7.5", "7,5"]);
    expect([formatNumber("en", 1234.56, 2), formatNumber("nl", 1234.56, 2)]).toEqual(["1,234.56", "1.234,56"]);
  });

  it("rounds to one decimal unless told, and drops a trailing zero", () => {
    expect([formatNumber("nl", 12), formatNumber("nl", 7.25), formatNumber("en", 2 / 3)]).toEqual(["12", "7,3", "0.7"]);
  });
});

describe("lists in the reader's language", () => {
  it("joins names with the language's “and”, without a comma before it", () => {
    const names = ["Ann", "Ben", "Cai"];
    expect(formatList("en", names)).toBe("Ann, Ben and Cai");
    expect(formatList("cy", names)).toBe("Ann, Ben a Cai");
    expect(formatList("nl", names)).toBe("Ann, Ben en Cai");
  });

  it("writes Welsh “ac” before a vowel and “a” before anything else, never ICU's “a(c)”", () => {
    expect(formatList("cy", ["Ann", "Ifan"])).toBe("Ann ac Ifan");
    expect(formatList("cy", ["Cai", "Elin", "Owain"])).toBe("Cai, Elin ac Owain");
    expect(formatList("cy", ["Ifan", "Huw"])).toBe("Ifan a Huw");
    expect([welshAnd("Ynyr"), welshAnd("Wyn"), welshAnd("Ûna"), welshAnd("#3")]).toEqual(["ac", "a", "ac", "a"]);
  });

  it("reads a number aloud to choose: “ac” before un, un deg …, wyth; “a” before deg, cant, mil", () => {
    expect(formatList("cy", ["#3", "#8"])).toBe("#3 ac #8");
    expect(formatList("cy", ["#3", "#11"])).toBe("#3 ac #11");
    const and = (n: string) => welshAnd(n);
    expect(["1", "11", "18", "8", "80", "812", "8000"].map(and)).toEqual(Array(7).fill("ac"));
    expect(["10", "2", "20", "100", "1000", "21"].map(and)).toEqual(Array(6).fill("a"));
  });

  it("leaves one name alone and an empty list empty", () => {
    for (const locale of ["en", "cy", "nl"] as const) {
      expect(formatList(locale, ["Ann"])).toBe("Ann");
      expect(formatList(locale, [])).toBe("");
    }
  });
});
