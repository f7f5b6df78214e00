import { describe, expect, it } from "vitest";
import "../../src/features/index.js"; // loads every feature's catalogue
import { defineStrings } from "../../src/core/i18n/define.js";
import { catalogue, format, LOCALES, matchLocale, translate } from "../../src/core/i18n/index.js";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("catalogues", () => {
  const english = catalogue("en");

  it.each(LOCALES.filter((l) => l !== "en"))(
    "%s has exactly English's keys, each with the same placeholders",
    (locale) => {
      const texts = catalogue(locale);
      expect(Object.keys(texts).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        const translated = texts[key] ?? "";
        expect(translated.trim(), `${locale} ${key} is empty`).not.toBe("");
        expect(placeholders(translated), `${locale} ${key}`).toEqual(placeholders(text));
      }
    },
  );

  it("holds every feature's strings, and the compiler refuses a translation whose placeholders differ", () => {
    expect(Object.keys(english).length).toBeGreaterThan(700);
    expect(translate("cy", "shift.opt.role")).not.toBe("shift.opt.role");
    const mismatch = { "test.placeholders": { en: "Hello {name}", cy: "Helo {enw}", nl: "Hallo {name}" } } as const;
    // @ts-expect-error Welsh must keep English's placeholders
    expect(() => defineStrings(mismatch)).not.toThrow();
    expect(() => defineStrings({ "role.admin": { en: "x", cy: "x", nl: "x" } })).toThrow(/declared twice/);
  });

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
