/**
 * What a feature contributes to a member's rights and to the network's reports. Admin's privacy
 * and report commands loop over the features' contributions, in one transaction, and never name
 * another feature's tables: a feature that stores something about a member says here how it is
 * exported, erased and expired, and a test fails when a table holding a member id is covered by
 * no feature.
 */
import { DateTime } from "luxon";
import type { Db, Tx } from "../db/index.js";
import type { CardSubject } from "./cards.js";
import type { MessageKey, Translate } from "./i18n/index.js";
import type { Message } from "./message.js";

/** A JSON value, as the export writes it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One member of one network, as the export and the erasure see them. */
export interface MemberRef {
  readonly networkId: string;
  readonly memberId: string;
  /** The network's zone: exported times carry their local time beside them. */
  readonly timeZone: string;
}

/** A feature's part of a member's export. */
export interface Exported<S extends string = string> {
  /** The member's rows, one section per table, each row as the member may see it. */
  readonly sections: { readonly [K in S]: Json[] };
  /**
   * Ids of the member's records that scheduled jobs may name in their payload: admin exports
   * (and, on erasure, cancels) the jobs naming the member or any of these.
   */
  readonly named?: readonly string[];
}

/** What a feature's erasure changed, and what is to follow once it is committed. */
export interface Erased {
  /** Numbers for the erasure's audit entry ({ asks: 2 }): counts only, never text. */
  readonly counts?: Readonly<Record<string, number>>;
  /** Ids of the member's records that scheduled jobs may name: their jobs are cancelled. */
  readonly named?: readonly string[];
  /** Cards in channels that showed the member's name or words: edited by the feature's refresher. */
  readonly cards?: readonly CardSubject[];
  /** What the network's coordinators are told afterwards, each in their own language. */
  readonly notices?: readonly ((t: Translate) => Message)[];
}

/** One kind of record a feature keeps for a while, then deletes. */
export interface RetentionKind {
  /** Days kept unless the network sets otherwise. */
  readonly days: number;
  /** How the privacy notice names it. */
  readonly label: MessageKey;
}

/** The network a retention run cleans. */
export interface RetainedNetwork {
  readonly id: string;
  readonly timeZone: string;
}

/** When a retention run is, and how far back each kind is kept. */
export interface Cutoff<K extends string = string> {
  readonly now: Date;
  /** The instant before which records of this kind are deleted. */
  before(kind: K): Date;
}

/** The feature's part of a member's export, erasure and the network's retention. */
export interface PersonalData<S extends string = string, K extends string = string> {
  /** The Prisma models whose member data this contribution exports, erases and expires. */
  readonly models: readonly string[];
  /** The export's sections it fills, in order (each named after its table). */
  readonly sections: readonly S[];
  /** The kinds of record it deletes after a while, in the order the privacy notice lists them. */
  readonly retention: { readonly [kind in K]: RetentionKind };
  /** The member's rows in this network, nobody else's personal data. */
  export(tx: Tx, member: MemberRef): Promise<Exported<S>>;
  /** Erases the member's name and words from the feature's tables, keeping anonymous totals. */
  erase(tx: Tx, member: MemberRef, now: Date): Promise<Erased>;
  /** Deletes the network's records older than their kind's cutoff; says how many of each kind. */
  retain(tx: Tx, network: RetainedNetwork, cutoff: Cutoff<K>): Promise<{ [kind in K]: number }>;
  /**
   * Whether the member has records of their own here (linking accounts merges a second account's
   * member into the first only when that member holds nothing).
   */
  holds(tx: Tx, memberId: string): Promise<boolean>;
  /** Whether the network has records here (a space whose network holds some cannot join another). */
  inUse(tx: Tx, networkId: string): Promise<boolean>;
}

/** A period of a report, in the network's zone. */
export interface ReportPeriod {
  /** The first and the last day, both included: "2026-01-01". */
  readonly from: string;
  readonly to: string;
  /** Start of `from` and start of the day after `to`: [start, end). */
  readonly start: Date;
  readonly end: Date;
  /** Only what has happened by then is counted. */
  readonly now: Date;
}

/** What a feature adds to funders' reports: aggregate numbers only, no names, no text. */
export interface FeatureFigures<F extends string = string> {
  /** Each figure's label, in the order the report shows them. */
  readonly labels: { readonly [name in F]: MessageKey };
  count(db: Db | Tx, networkId: string, period: ReportPeriod): Promise<{ [name in F]: number }>;
}

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
