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
import type { coreStrings } from "./strings.js";

export { LOCALES, type Locale } from "./define.js";

/**
 * Each feature's catalogue, by feature name. Empty here: every feature's `strings.ts` adds itself
 * (`declare module … { interface FeatureStrings { shifts: typeof strings } }`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FeatureStrings {}

type FeatureKey = { [F in keyof FeatureStrings]: keyof FeatureStrings[F] & string }[keyof FeatureStrings];

/** Every message key the program may translate: the core's and every feature's. */
export type MessageKey = keyof typeof coreStrings | FeatureKey;

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

/** The text of `key` in `locale`, placeholders filled. A key no loaded catalogue declares shows as itself. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const texts = textsOf(key);
  return texts ? format(texts[locale] || texts.en, params) : key;
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/** Every loaded catalogue, one per locale (key → text): for tests and translators' exports. */
export function catalogue(locale: Locale): Readonly<Record<string, string>> {
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
