/**
 * The Welsh grammar a catalogue string cannot carry: a word filled into a placeholder cannot mutate
 * itself. Most strings are worded so no placeholder stands after a trigger (docs/glossary.md); the
 * few that cannot be (a weekday after "ar" or "ail", a place after "i", "o" or "yn") ask this file.
 *
 * Only the first word of a phrase mutates ("dydd Mawrth" → "ddydd Mawrth"); the case of its first
 * letter is kept ("Caerdydd" → "Gaerdydd"). Personal names are left alone by convention: callers
 * use this for weekdays, place names and nouns, not for people.
 */

/** Letters that never mutate at the start of a word, checked before the single letters. */
const NEVER = /^(ch|ph|th|dd|ff|ng|ts)/i;

/** Soft mutation (treiglad meddal), longest first: ll → l before l → (nothing). */
const SOFT: readonly (readonly [string, string])[] = [
  ["ll", "l"],
  ["rh", "r"],
  ["p", "b"],
  ["t", "d"],
  ["c", "g"],
  ["b", "f"],
  ["d", "dd"],
  ["g", ""],
  ["m", "f"],
];

/** Nasal mutation (treiglad trwynol), after "yn" (in) and "fy". */
const NASAL: readonly (readonly [string, string])[] = [
  ["p", "mh"],
  ["t", "nh"],
  ["c", "ngh"],
  ["b", "m"],
  ["d", "n"],
  ["g", "ng"],
];

/** Aspirate mutation (treiglad llaes), after "a", "â", "gyda", "tri", "chwe". */
const ASPIRATE: readonly (readonly [string, string])[] = [
  ["p", "ph"],
  ["t", "th"],
  ["c", "ch"],
];

/** Replaces `from` at the start of `word` by `to`, keeping a capital first letter a capital. */
function swap(word: string, from: string, to: string): string {
  const rest = word.slice(from.length);
  const capital = word[0] !== undefined && word[0] !== word[0].toLowerCase();
  if (!capital) return to + rest;
  if (to === "") return (rest[0]?.toUpperCase() ?? "") + rest.slice(1);
  return (to[0]?.toUpperCase() ?? "") + to.slice(1) + rest;
}

function mutate(phrase: string, table: readonly (readonly [string, string])[]): string {
  if (NEVER.test(phrase)) return phrase;
  const lower = phrase.toLowerCase();
  for (const [from, to] of table) if (lower.startsWith(from)) return swap(phrase, from, to);
  return phrase;
}

/** Soft mutation of a phrase's first word: "Caerdydd" → "Gaerdydd", "dydd Mawrth" → "ddydd Mawrth". */
export const softMutation = (phrase: string): string => mutate(phrase, SOFT);

/** Nasal mutation of a phrase's first word: "Caerdydd" → "Nghaerdydd", "Bangor" → "Mangor". */
export const nasalMutation = (phrase: string): string => mutate(phrase, NASAL);

/** Aspirate mutation of a phrase's first word: "cyfarfod" → "chyfarfod", "Pwllheli" → "Phwllheli". */
export const aspirateMutation = (phrase: string): string => mutate(phrase, ASPIRATE);

/** "i Gaerdydd", "i Fangor", "i Lanelli", "i Aberystwyth": to a place. */
export const toPlace = (place: string): string => `i ${softMutation(place)}`;

/** "o Dregaron", "o Bwllheli", "o Aberystwyth": from a place. */
export const fromPlace = (place: string): string => `o ${softMutation(place)}`;

/**
 * "yng Nghaerdydd", "ym Mangor", "ym Mhwllheli", "yn Nhregaron", "yn Llanelli", "yn Aberystwyth":
 * in a place. "yn" itself changes to "yng" before "ng" and "ym" before "m".
 */
export function inPlace(place: string): string {
  const mutated = nasalMutation(place);
  const lower = mutated.toLowerCase();
  const yn = lower.startsWith("ng") ? "yng" : lower.startsWith("m") ? "ym" : "yn";
  return `${yn} ${mutated}`;
}

/** "ar ddydd Mawrth": on a weekday (lower-case "dydd" mid-sentence, softened after "ar"). */
export const onDay = (weekday: string): string => `ar ${softMutation(weekday.replace(/^Dydd\b/, "dydd"))}`;

/** A Welsh noun as counting needs it: the singular, and whether it is feminine (dwy, tair, pedair). */
export interface WelshNoun {
  readonly singular: string;
  readonly feminine?: boolean;
}

const MASCULINE = ["", "un", "dau", "tri", "pedwar", "pum", "chwe", "saith", "wyth", "naw", "deg"] as const;
const FEMININE = ["", "un", "dwy", "tri", "pedair", "pum", "chwe", "saith", "wyth", "naw", "deg"] as const;

/**
 * A number with its noun, as Welsh counts: always the singular noun, spelled out from one to ten
 * with the mutation each numeral brings, digits above ten (and for zero), where nothing mutates.
 *
 * - un: a feminine noun softens, but not after "ll" or "rh" (un wythnos, un ferch, un llinell)
 * - dau / dwy: soft (dau ddiwrnod, dwy awr, dwy shifft)
 * - tri: aspirate (tri chyfarfod), tair: none (tair shifft)
 * - pedwar / pedair: none; pum, saith, wyth, naw, deg: none; chwe: aspirate (chwe pheth)
 */
export function welshCount(count: number, noun: WelshNoun): string {
  const word = noun.singular;
  if (!Number.isInteger(count) || count < 1 || count > 10) return `${count} ${word}`;
  const feminine = noun.feminine === true;
  if (count === 3 && feminine) return `tair ${word}`;
  const numeral = (feminine ? FEMININE : MASCULINE)[count];
  let mutated = word;
  if (count === 1 && feminine && !/^(ll|rh)/i.test(word)) mutated = softMutation(word);
  else if (count === 2) mutated = softMutation(word);
  else if (count === 3 || count === 6) mutated = aspirateMutation(word);
  return `${numeral} ${mutated}`;
}
