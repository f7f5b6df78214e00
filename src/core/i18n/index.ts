/**
 * Translation: the typed aggregate of the core's strings and every feature's `strings.ts`.
 *
 * The core does not import features. Each feature's catalogue adds itself to
 * {@link FeatureStrings} by declaration merging (for the compiler) and registers its texts when
 * its module loads (for run time); `src/features/index.ts` loads every feature, so by the time a
 * dispatcher or scheduler runs, every key is there.
 */
import { declaredStrings, LOCALES, textsOf, type Locale } from "./define.js";
// Imported for its effect too: declaring the core's strings registers them (a type-only import is elided).
import "./strings.js";
import "./words.js";
import type { coreStrings } from "./strings.js";
import type { wordStrings } from "./words.js";

export { LOCALES, type Locale } from "./define.js";
export { formatList, formatNumber } from "./intl.js";

/**
 * Each feature's catalogue, by feature name. Empty here: every feature's `strings.ts` adds itself
 * (`declare module … { interface FeatureStrings { shifts: typeof strings } }`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FeatureStrings {}

type FeatureKey = { [F in keyof FeatureStrings]: keyof FeatureStrings[F] & string }[keyof FeatureStrings];

/** Every message key the program may translate: the core's and every feature's. */
export type MessageKey = keyof typeof coreStrings | keyof typeof wordStrings | FeatureKey;

export type MessageParams = Readonly<Record<string, string | number>>;

/** A translator bound to one locale. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing param is noticed. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The form of a plural text for `count` in `locale` ("other" when count is missing or not a number). */
function formFor(locale: Locale, text: Readonly<Record<string, string>>, count: unknown): string {
  const n = typeof count === "number" ? count : Number(count);
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const category = Number.isFinite(n) ? rules.select(n) : "other";
  return text[category] ?? text.other ?? "";
}

/**
 * The text of `key` in `locale`, placeholders filled; a plural message takes the form its `count`
 * parameter calls for. A key no loaded catalogue declares shows as itself.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const texts = textsOf(key);
  if (!texts) return key;
  const text = texts[locale] || texts.en;
  return format(typeof text === "string" ? text : formFor(locale, text, params?.count), params);
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/** Every loaded catalogue, one per locale (key → text, or its plural forms): for tests and translators' exports. */
export function catalogue(locale: Locale): Readonly<Record<string, string | Readonly<Record<string, string>>>> {
  return Object.fromEntries([...declaredStrings()].map(([key, texts]) => [key, texts[locale]]));
}

/**
 * Maps a platform locale ("en-GB", "nl", "cy-GB", Discord's "en-US") to one we
 * speak; undefined when we do not speak it, so the caller can fall back.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const language = tag.toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((l) => l === language);
}

export function isMessageKey(key: string): key is MessageKey {
  return textsOf(key) !== undefined;
}
