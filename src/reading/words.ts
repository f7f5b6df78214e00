/**
 * The small words a member may type as a setting's value or to ask for help, in every language
 * Gather speaks, in one place: whatever the member's language, `approval:on`, `approval:ymlaen` and
 * `approval:aan` mean the same. Read case-insensitively, with spaces and a final full stop ignored
 * ("I ffwrdd." is "i ffwrdd").
 *
 * English: on/off, yes/no. Welsh: ymlaen/i ffwrdd, ie/do/oes (yes), na/nage/naddo/nac oes (no).
 * Dutch (and Flemish): aan/uit, ja/nee/neen.
 */

/** Words for "yes" / "on". */
export const YES_WORDS: readonly string[] = [
  // English
  "on",
  "yes",
  "y",
  "true",
  // Welsh
  "ymlaen",
  "ie",
  "do",
  "oes",
  // Dutch
  "aan",
  "ja",
];

/** Words for "no" / "off". */
export const NO_WORDS: readonly string[] = [
  // English
  "off",
  "no",
  "n",
  "false",
  // Welsh ("i ffwrdd", "off", is also typed without its "i")
  "i ffwrdd",
  "ffwrdd",
  "na",
  "nage",
  "naddo",
  "nac oes",
  // Dutch, Flemish
  "uit",
  "nee",
  "neen",
];

/** Words for "none" where a list may be empty (reminders, escalation, a second language): no words also mean none. */
export const NONE_WORDS: readonly string[] = [...NO_WORDS, "none", "-", "dim", "dim un", "geen", "geen enkele"];

/** Words asking for help: `/gather my-data help`, `/gather my-data cymorth`, `/gather my-data hulp`. */
export const HELP_WORDS: readonly string[] = ["help", "?", "cymorth", "help!", "hulp"];

/** "  I  Ffwrdd. " → "i ffwrdd": lower case, one space between words, no full stop at the end. */
export function normaliseWord(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "");
}

const yes = new Set(YES_WORDS);
const no = new Set(NO_WORDS);
const none = new Set(NONE_WORDS);
const help = new Set(HELP_WORDS);

/** true for a yes/on word, false for a no/off word, undefined for anything else. */
export function readYesNo(text: string): boolean | undefined {
  const word = normaliseWord(text);
  if (yes.has(word)) return true;
  if (no.has(word)) return false;
  return undefined;
}

/** Whether the text is a word for "off" or "none" (an empty list). */
export function isNoneWord(text: string): boolean {
  return none.has(normaliseWord(text));
}

/** Whether the text is a word asking for help. */
export function isHelpWord(text: string): boolean {
  return help.has(normaliseWord(text));
}
