/**
 * How a catalogue of strings is declared: each key with its English, Welsh and Dutch side by side,
 * so a translator reviews one meaning at a time and a missing language is a compile error.
 *
 * The type of {@link defineStrings} also checks placeholders: a Welsh or Dutch text whose `{name}`
 * placeholders differ from the English one does not compile. A test checks the same at run time.
 */

/** The languages Gather speaks, English first (the source and the fallback). */
export const LOCALES = ["en", "cy", "nl"] as const;
export type Locale = (typeof LOCALES)[number];

/** One message in every language. */
export type Texts = { readonly [L in Locale]: string };

/** A catalogue: message keys ("shift.add.done") to their texts. */
export type Strings = Readonly<Record<string, Texts>>;

/** The `{name}` placeholders of a text, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The keys of `T` whose Welsh or Dutch placeholders differ from English's. */
export type MismatchedKeys<T extends Strings> = {
  [K in keyof T & string]: Same<Placeholders<T[K]["cy"]>, Placeholders<T[K]["en"]>> extends true
    ? Same<Placeholders<T[K]["nl"]>, Placeholders<T[K]["en"]>> extends true
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
