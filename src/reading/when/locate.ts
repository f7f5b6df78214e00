/**
 * Finds the date and time inside a sentence ("Market stall Saturday 10-1 at the Gillingham hub"):
 * the words the reader understands as one reading, the rest left to the caller (a title, a place).
 */
import { readWhen } from "./read.js";
import { scan } from "./scan.js";
import type { ReadOptions, RefusalReason, Refused, Understood } from "./types.js";

/**
 * Refusals that say the member meant a date or time there and got it wrong: a shorter reading
 * inside them is not taken. ("unread", "conflict" and the "no_…" ones may be a place's words.)
 */
const TELLING: ReadonlySet<RefusalReason> = new Set(["impossible", "no_such_time", "ambiguous", "past", "bad_span"]);

/**
 * The most words one stretch may hold. A date and time as a member writes it ("Saturday 4 April
 * 2026 from 10:00 to 13:00") is under ten; without a bound, a sentence of 120 numbers would be read
 * in each of its 7,260 stretches, each as long as it is: a second of a core for one command.
 */
export const MAX_STRETCH = 16;

/** Where the date and time are in the text (`from` to `to`, as string offsets), and how they read. */
export type Located =
  | { readonly ok: true; readonly from: number; readonly to: number; readonly reading: Understood }
  /** Date or time words were found, but no run of them reads: the nearest refusal. */
  | { readonly ok: false; readonly from: number; readonly to: number; readonly refused: Refused }
  /** No word of a date or time at all. */
  | undefined;

/**
 * The date and time of a sentence: of every run of words the reader knows (nothing unknown
 * between them), each stretch is read as `options.kind`, and the longest one understood wins
 * (on a tie, the first). Words it does not know ("Market", "stall", "hub") end a run, so a title
 * or a place never becomes part of the time; a lone number or a weekday in a place ("Sun Pier")
 * loses to the longer reading. When no stretch reads, the longest one's refusal is given.
 */
export function locateWhen(text: string, options: ReadOptions): Located {
  const tokens = scan(text, options.locale);
  const runs: { from: number; to: number }[] = [];
  let start = -1;
  tokens.forEach((token, i) => {
    if (token.type === "unread") {
      if (start >= 0) runs.push({ from: start, to: i - 1 });
      start = -1;
    } else if (start < 0) start = i;
  });
  if (start >= 0) runs.push({ from: start, to: tokens.length - 1 });

  let best: { i: number; j: number; from: number; to: number; count: number; reading: Understood } | undefined;
  const failed: { i: number; j: number; from: number; to: number; count: number; refused: Refused }[] = [];
  for (const run of runs) {
    for (let i = run.from; i <= run.to; i++) {
      for (let j = i; j <= run.to && j < i + MAX_STRETCH; j++) {
        const first = tokens[i];
        const last = tokens[j];
        if (!first || !last) continue;
        // A stretch starts and ends on a word that is a day or a time, not "to" or "next" alone.
        if (first.type === "separator" || last.type === "separator" || last.type === "next" || last.type === "this")
          continue;
        const from = first.from;
        const to = last.from + last.text.length;
        const count = j - i + 1;
        const reading = readWhen(text.slice(from, to), options);
        if (reading.ok) {
          if (!best || count > best.count) best = { i, j, from, to, count, reading };
        } else failed.push({ i, j, from, to, count, refused: reading });
      }
    }
  }
  const longest = (list: typeof failed) =>
    list.reduce<(typeof failed)[number] | undefined>((a, b) => (!a || b.count > a.count ? b : a), undefined);
  if (best) {
    const found = best;
    // "31 April 10-1": the longer words are an impossible date, not a title around "10-1".
    const wider = longest(
      failed.filter((f) => f.i <= found.i && f.j >= found.j && f.count > found.count && TELLING.has(f.refused.reason)),
    );
    if (wider) return { ok: false, from: wider.from, to: wider.to, refused: wider.refused };
    return { ok: true, from: found.from, to: found.to, reading: found.reading };
  }
  const nearest = longest(failed);
  if (nearest) return { ok: false, from: nearest.from, to: nearest.to, refused: nearest.refused };
  return undefined;
}
