/**
 * What a feature contributes to a member's rights and to the network's reports. Admin's privacy
 * and report commands loop over the features' contributions, in one transaction, and never name
 * another feature's tables: a feature that stores something about a member says here how it is
 * exported, erased and expired, and a test fails when a table holding a member id is covered by
 * no feature.
 */
import type { Provider } from "../db/layout.js";
import type { Db, Tx } from "../db/index.js";
import type { CardSubject } from "./feature.js";
import type { Locale, MessageKey, Translate } from "./i18n/index.js";
import type { Message } from "./message.js";

/** A JSON value, as the export writes it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One member of one network, as the export and the erasure see them. */
export interface MemberRef {
  readonly networkId: string;
  readonly memberId: string;
  /** The network's zone: exported times carry their local time beside them. */
  readonly timeZone: string;
  /** The database in use, for a feature that keeps an index of its own (the updates' SQLite search). */
  readonly provider?: Provider;
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
  /** What the network's coordinators are told afterwards, each in their own language (numbers and lists too). */
  readonly notices?: readonly ((t: Translate, locale: Locale) => Message)[];
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
  /** The database in use, for a feature that keeps an index of its own (the updates' SQLite search). */
  readonly provider?: Provider;
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
