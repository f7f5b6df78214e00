import { describe, expect, it } from "vitest";
import "../../src/features/index.js"; // loads every feature's catalogue
import { defineStrings, PLURAL_CATEGORIES, type Locale } from "../../src/core/i18n/define.js";
import { catalogue, format, LOCALES, matchLocale, translate } from "../../src/core/i18n/index.js";

type Text = string | Readonly<Record<string, string>>;
/** A text's forms: itself, or each plural form. */
const formsOf = (text: Text | undefined): string[] =>
  text === undefined ? [] : typeof text === "string" ? [text] : Object.values(text);
/** Placeholders of all of a text's forms together. */
const placeholders = (text: Text | undefined) =>
  [...new Set(formsOf(text).flatMap((form) => [...form.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

describe("catalogues", () => {
  const english = catalogue("en");

  it.each(LOCALES.filter((l) => l !== "en"))(
    "%s has exactly English's keys, each with the same placeholders",
    (locale) => {
      const texts = catalogue(locale);
      expect(Object.keys(texts).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        const translated = texts[key];
        for (const form of formsOf(translated)) expect(form.trim(), `${locale} ${key} is empty`).not.toBe("");
        expect(formsOf(translated).length, `${locale} ${key} is missing`).toBeGreaterThan(0);
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

  it("gives each plural message exactly its language's plural forms", () => {
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(catalogue(locale))) {
        if (typeof text === "string") continue;
        expect(Object.keys(text).sort(), `${locale} ${key}`).toEqual([...PLURAL_CATEGORIES[locale as Locale]].sort());
      }
    }
  });

  it("chooses the plural form by count: six in Welsh, two in English and Dutch", () => {
    const counted = {
      "test.plural.days": {
        en: { one: "{count} day", other: "{count} days" },
        nl: { one: "{count} dag", other: "{count} dagen" },
        cy: {
          zero: "{count} diwrnod",
          one: "{count} diwrnod",
          two: "{count} ddiwrnod",
          few: "{count} diwrnod",
          many: "{count} diwrnod",
          other: "{count} diwrnod",
        },
      },
    } as const;
    defineStrings(counted);
    const t = (locale: Locale, count: number) => translate(locale, "test.plural.days" as never, { count });
    expect([t("en", 1), t("en", 2), t("nl", 1), t("nl", 7)]).toEqual(["1 day", "2 days", "1 dag", "7 dagen"]);
    expect(t("cy", 2)).toBe("2 ddiwrnod");
    // The privacy notice's one-day retention (link codes) no longer reads "1 dagen".
    expect(translate("nl", "privacy.notice.keep_line", { kind: "Koppelcodes", days: 1, count: 1 })).toBe(
      "• Koppelcodes: 1 dag",
    );
    expect(translate("en", "shift.import.failed", { count: 1 })).toBe("Nothing was saved: 1 line needs fixing");
    expect(t("cy", 3)).toBe("3 diwrnod");
  });

  it("leaves no faked plural in any catalogue: no “(s)”, “(en)” or “(wyr)”", () => {
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(catalogue(locale))) {
        for (const form of formsOf(text))
          expect(form, `${locale} ${key}`).not.toMatch(/\w\((s|en|wyr|au|iau|ion|e?n)\)/);
      }
    }
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
