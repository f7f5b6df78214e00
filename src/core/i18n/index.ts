import { cy } from "./cy.js";
import { en, type MessageKey } from "./en.js";
import { nl } from "./nl.js";

export type { MessageKey } from "./en.js";

/** A complete catalogue: every key English has. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

export type MessageParams = Readonly<Record<string, string | number>>;

export const LOCALES = ["en", "cy", "nl"] as const;
export type Locale = (typeof LOCALES)[number];

export const catalogues: Readonly<Record<Locale, Catalogue>> = { en, cy, nl };

/** A translator bound to one locale. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing param is noticed. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return format(catalogues[locale][key] ?? en[key], params);
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
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
  return Object.hasOwn(en, key);
}
