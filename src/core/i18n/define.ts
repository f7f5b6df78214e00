/**
 * How a catalogue of strings is declared: each key with its English, Welsh and Dutch side by side,
 * so a translator reviews one meaning at a time and a missing language is a compile error.
 *
 * The type of {@link defineStrings} also checks placeholders: a Welsh or Dutch text whose `{name}`
 * placeholders differ from the English one does not compile. A test checks the same at run time.
 *
 * A message that counts something is a plural: `{ one: "{count} shift", other: "{count} shifts" }` in
 * English and Dutch, and Welsh's six forms (`zero`, `one`, `two`, `few`, `many`, `other`); the
 * `count` parameter chooses the form through `Intl.PluralRules`. The forms of one language together
 * must use English's placeholders (a form may leave `{count}` out: "one shift").
 */

/** The languages Gather speaks, English first (the source and the fallback). */
export const LOCALES = ["en", "cy", "nl"] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The plural categories each language needs (CLDR, as `Intl.PluralRules` selects them): English and
 * Dutch say "1 shift / 2 shifts"; Welsh has six forms (0, 1, 2, 3, 6, and the rest).
 */
export const PLURAL_CATEGORIES = {
  en: ["one", "other"],
  nl: ["one", "other"],
  cy: ["zero", "one", "two", "few", "many", "other"],
} as const satisfies Record<Locale, readonly Intl.LDMLPluralRule[]>;

/** A message whose wording follows a number: one text per plural category of the language. */
export type Plural<L extends Locale> = { readonly [C in (typeof PLURAL_CATEGORIES)[L][number]]: string };

/** A message in one language: plain, or a form per plural category (chosen by the `count` parameter). */
export type Text<L extends Locale> = string | Plural<L>;

/** One message in every language. */
export type Texts = { readonly [L in Locale]: Text<L> };

/** A catalogue: message keys ("shift.add.done") to their texts. */
export type Strings = Readonly<Record<string, Texts>>;

/** The `{name}` placeholders of a text, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The placeholders of a plain text, or of all the forms of a plural one together. */
type PlaceholdersOf<T> = T extends string
  ? Placeholders<T>
  : T extends Record<string, string>
    ? Placeholders<T[keyof T]>
    : never;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The keys of `T` whose Welsh or Dutch placeholders differ from English's. */
export type MismatchedKeys<T extends Strings> = {
  [K in keyof T & string]: Same<PlaceholdersOf<T[K]["cy"]>, PlaceholdersOf<T[K]["en"]>> extends true
    ? Same<PlaceholdersOf<T[K]["nl"]>, PlaceholdersOf<T[K]["en"]>> extends true
      ? never
      : K
    : K;
}[keyof T & string];

const registered = new Map<string, Texts>();

/**
 * Declares a catalogue and makes its keys known to {@link translate}. Called once per module
 * (the core's, and each feature's `strings.ts`); a key declared twice is a programming error.
 */
export function defineStrings<const T extends Strings>(
  strings: T,
  // A compile error names the key: "Expected 2 arguments" with `placeholders differ in "key"`.
  ..._placeholdersDiffer: [MismatchedKeys<T>] extends [never] ? [] : [`placeholders differ in ${MismatchedKeys<T>}`]
): T {
  for (const [key, texts] of Object.entries(strings)) {
    const existing = registered.get(key);
    if (existing && existing !== texts) throw new Error(`the string "${key}" is declared twice`);
    registered.set(key, texts);
  }
  return strings;
}

/** Every declared key and its texts, in declaration order (for tests and translators' exports). */
export function declaredStrings(): ReadonlyMap<string, Texts> {
  return registered;
}

/** The texts of a declared key, or undefined. */
export function textsOf(key: string): Texts | undefined {
  return registered.get(key);
}
