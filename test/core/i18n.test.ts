import { describe, expect, it } from "vitest";
import { catalogues, format, LOCALES, matchLocale, translate } from "../../src/core/i18n/index.js";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("catalogues", () => {
  const english = catalogues.en;

  it.each(LOCALES.filter((l) => l !== "en"))(
    "%s has exactly English's keys, each with the same placeholders",
    (locale) => {
      const catalogue = catalogues[locale];
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        const translated = catalogue[key as keyof typeof english];
        expect(translated.trim(), `${locale} ${key} is empty`).not.toBe("");
        expect(placeholders(translated), `${locale} ${key}`).toEqual(placeholders(text));
      }
    },
  );

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("Hello {name}, {n} new", { name: "Ann", n: 3 })).toBe("Hello Ann, 3 new");
    expect(format("Hello {name}")).toBe("Hello {name}");
    expect(translate("cy", "role.coordinator")).toBe("cydlynydd");
  });

  it("matches platform locales to ours", () => {
    expect(matchLocale("en-GB")).toBe("en");
    expect(matchLocale("nl")).toBe("nl");
    expect(matchLocale("cy_GB")).toBe("cy");
    expect(matchLocale("fr")).toBeUndefined();
    expect(matchLocale(undefined)).toBeUndefined();
  });
});
