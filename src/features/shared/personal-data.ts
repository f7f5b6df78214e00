/**
 * Helpers the features' personal-data contributions share: JSON-ready rows with local times,
 * chunked deletes, forgetting finished cards, and the published order of sections.
 */
import { DateTime } from "luxon";
import type { Tx } from "../../db/index.js";
import type { Json } from "../../core/personal-data.js";

/** What an erased title reads, where a title is required. Data, not a message: the same in every language. */
export const ERASED_TITLE = "[removed]";

/** Ids per `in` filter: well under SQLite's limit on bound parameters. */
export const ID_CHUNK = 500;

/** Runs `run` over `ids` in chunks and adds up the counts (deleteMany, updateMany). */
export async function inChunks(
  ids: readonly string[],
  run: (chunk: string[]) => Promise<{ count: number }>,
): Promise<number> {
  let total = 0;
  for (let i = 0; i < ids.length; i += ID_CHUNK) total += (await run(ids.slice(i, i + ID_CHUNK))).count;
  return total;
}

/** Parses a JSON-array column ("[]") for the export; an unreadable value is shown as stored. */
export function jsonList(value: string | null): Json {
  if (value === null) return null;
  try {
    return JSON.parse(value) as Json;
  } catch {
    return value;
  }
}

/** A row for the export: dates become UTC ISO strings, each with its local time beside it (`…Local`). */
export function zoned(row: Readonly<Record<string, unknown>>, zone: string): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Date) {
      out[key] = value.toISOString();
      out[`${key}Local`] = DateTime.fromJSDate(value, { zone }).toISO({ suppressMilliseconds: true });
    } else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      out[key] = zoned(value as Record<string, unknown>, zone);
    } else {
      out[key] = (value ?? null) as Json;
    }
  }
  return out;
}

/**
 * Forgets where a feature's cards were posted once nothing can change them: `live` says which of
 * the given subject ids still can. Only this card type's rows are judged. Not a retention kind:
 * the rows are bookkeeping, bounded per subject, and hold nothing about anyone.
 */
export async function forgetFinishedCards(
  tx: Tx,
  networkId: string,
  type: string,
  live: (ids: string[]) => Promise<Iterable<string>>,
): Promise<number> {
  const cards = await tx.postedCard.findMany({
    where: { networkId, subjectType: type },
    select: { id: true, subjectId: true },
  });
  const subjects = [...new Set(cards.map((c) => c.subjectId))];
  const alive = new Set<string>();
  for (let i = 0; i < subjects.length; i += ID_CHUNK) {
    for (const id of await live(subjects.slice(i, i + ID_CHUNK))) alive.add(id);
  }
  const dead = cards.filter((c) => !alive.has(c.subjectId)).map((c) => c.id);
  return inChunks(dead, (chunk) => tx.postedCard.deleteMany({ where: { id: { in: chunk } } }));
}

/**
 * `items` with those named in `first` at the front, in that order; the rest follow as they came. Keeps
 * an order already published (the export's sections, the notice's kinds) while features add more.
 */
export function publishedFirst<T>(items: readonly T[], nameOf: (item: T) => string, first: readonly string[]): T[] {
  const rank = (item: T) => {
    const at = first.indexOf(nameOf(item));
    return at === -1 ? first.length : at;
  };
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}
