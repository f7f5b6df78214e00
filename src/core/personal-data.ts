/**
 * What a feature contributes to a member's rights and to the network's reports. Admin's privacy
 * and report commands loop over the features' contributions and never name another feature's
 * tables.
 */
import type { Db, Tx } from "../db/index.js";

/** A JSON value, as the export writes it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One member of one network, at one moment. */
export interface MemberInNetwork {
  readonly networkId: string;
  readonly memberId: string;
  /** The network's zone: exported times carry their local time beside them. */
  readonly timeZone: string;
  readonly now: Date;
}

/** The feature's part of a member's export, erasure and the network's retention. */
export interface PersonalData {
  /** The Prisma models whose rows this contribution exports, erases and retains. */
  readonly models: readonly string[];
  /** The member's rows, one section per model. */
  export(tx: Db | Tx, member: MemberInNetwork): Promise<Record<string, Json[]>>;
}

/** A period of a report: [from, to) as instants. */
export interface ReportPeriod {
  readonly from: Date;
  readonly to: Date;
}

/** What a feature adds to funders' reports. */
export interface FeatureFigures {
  /** The figures' names, in the order the report shows them. */
  readonly names: readonly string[];
  count(db: Db, networkId: string, period: ReportPeriod, now: Date): Promise<Readonly<Record<string, number>>>;
}
