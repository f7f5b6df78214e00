/**
 * Words the dispatcher does not know: which typed text is a mistyped subcommand rather than
 * something to post, and which subcommands it was closest to.
 */
import type { AnySubcommand, CommandDefinition } from "./command.js";
import { hasRole, type Role } from "./domain.js";
import { isHelpWord } from "../reading/words.js";

/** Edits (insert, delete, change, swap two neighbours) between two words: "lsit" → "list" is 1. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** Edits allowed for a near miss of `name`: none for short names ("who"), one up to six letters, two beyond. */
function allowedEdits(name: string): number {
  return name.length <= 3 ? 0 : name.length <= 6 ? 1 : 2;
}

/** Whether `word` is `name` or a likely slip for it ("shwo", "lsit", "forget-em"). */
export function isNearMiss(word: string, name: string): boolean {
  const w = word.toLowerCase();
  return w === name || editDistance(w, name) <= allowedEdits(name);
}

/**
 * Every word that names something to do: each command's subcommands and each button's verb
 * (`ask.choose` → "choose", `shift.swap-accept` → "swap-accept", "swap", "accept"), and "help".
 */
export function verbsOf(commands: readonly CommandDefinition[], actionNames: readonly string[]): ReadonlySet<string> {
  const verbs = new Set<string>(["help"]);
  for (const command of commands) for (const sub of command.subcommands) verbs.add(sub.name);
  for (const action of actionNames) {
    const verb = action.slice(action.lastIndexOf(".") + 1).toLowerCase();
    if (verb === "") continue;
    verbs.add(verb);
    for (const part of verb.split("-")) if (part.length > 3) verbs.add(part);
  }
  return verbs;
}

const NUMBER = /^#?\d+$/;
const MENTION = /^(@\S+|<@\S+>)$/;
const NAMED_VALUE = /^[\p{L}-]+:\S*$/u;

/**
 * THE RULE, for a command whose text runs its default subcommand (`/ask What | …`, `/update Title | …`):
 * the text is taken as a mistyped subcommand — refused with the closest subcommands — rather than
 * posted, when
 *   1. its first word is a near miss of (or equal to) a word that names something to do in any command
 *      (a subcommand, a button's verb, "help"; see {@link isNearMiss} for how near), and
 *   2. the text is short and reads like a command, not like a sentence: no `|`, no `?`, at most five
 *      words, and either that one word alone or followed at once by a number (`1`, `#1`), a mention
 *      (`@Sam`) or a named value (`tag:arts`).
 * So `/ask choose 1 Sam`, `/ask lsit`, `/update shwo 12` and `/ask cover 3` are refused, while
 * `/ask Lift to the hospital on Friday`, `/ask Choose a venue for the festival?` and anything with a
 * `|` still post. When the default subcommand takes no text at all (`/shift` lists shifts), every
 * unknown first word is refused: what follows would otherwise be ignored without a word.
 */
export function looksLikeUnknownSubcommand(text: string, verbs: ReadonlySet<string>): boolean {
  const words = text.trim().split(/\s+/);
  const [first = "", second] = words;
  if (text.includes("|") || text.includes("?") || words.length > 5) return false;
  const word = first.toLowerCase();
  if (!isHelpWord(word) && ![...verbs].some((verb) => isNearMiss(word, verb))) return false;
  return second === undefined || NUMBER.test(second) || MENTION.test(second) || NAMED_VALUE.test(second);
}

/** Whether a subcommand reads nothing from the text after its name. */
export function takesNoText(sub: AnySubcommand): boolean {
  return !sub.fromText && Object.keys(sub.options).length === 0;
}

/** The least role a subcommand is listed for in help: `shownTo`, else its `role`, else everyone. */
export function mayUse(role: Role, sub: AnySubcommand): boolean {
  const least = sub.shownTo ?? sub.role;
  return !least || hasRole(role, least);
}

/** The member's subcommands of `command` closest to `word`, nearest first (at most three). */
export function closestSubcommands(word: string, command: CommandDefinition, role: Role): AnySubcommand[] {
  const w = word.toLowerCase();
  return command.subcommands
    .filter((sub) => mayUse(role, sub))
    .map((sub) => ({ sub, distance: editDistance(w, sub.name) }))
    .filter(
      ({ sub, distance }) =>
        distance <= Math.max(1, allowedEdits(sub.name)) ||
        (w.length >= 3 && (sub.name.startsWith(w) || w.startsWith(sub.name))),
    )
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map(({ sub }) => sub);
}
