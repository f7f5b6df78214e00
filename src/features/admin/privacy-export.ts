/**
 * `/gather my-data`: everything Gather stores about one member, from every feature, as one JSON
 * file. Each feature's `personalData.export` gives its sections; admin puts them together in one
 * transaction, and adds the scheduled jobs naming the member or their records.
 *
 * What counts as "theirs" in each table, and what is left out so that no other member's personal
 * data travels with it (each feature keeps to this):
 * - Rows they made or that are about them: their member row, accounts, updates, asks, offers,
 *   standing offer, pings, activity days, rate counters, link codes, RSVPs, shift places, checks.
 * - Rows they took part in with others (cover requests, swaps, meetings they host or created,
 *   shifts they created, audit entries they made or that are about them): the row, with their part
 *   named ("requester", "claimant"...), never the other member's name or id.
 * - Context from others' records is kept to a number and a title: for an ask they offered help on,
 *   the ask's number, title and status, not who asked or the details. A cover reason is shown only
 *   to the member who gave it. Revisions of someone else's update they edited show the number and
 *   time, not the text (the author's words).
 * - Secrets are left out: a link code's hash.
 * Every time is given as UTC and in the network's zone (`…Local`).
 */
import type { Json } from "../../core/personal-data.js";
import { publishedFirst } from "../shared/personal-data.js";
import type { Db, Tx } from "../../db/index.js";
// Read only inside functions: src/features/index.ts imports admin and loads first (main.ts, scripts, the test setup).
import { features } from "../index.js";
import { exportJobs } from "./personal-data.js";

/**
 * The sections of format `gather.member-data/1`, one per table, in the order it was published.
 * Section names are data of the file format; admin reads none of these tables. A section a feature
 * adds later follows these, in the features' order.
 */
export const EXPORT_TABLES = [
  "Member",
  "Identity",
  "ProjectUpdate",
  "UpdateRevision",
  "HelpRequest",
  "HelpOffer",
  "StandingOffer",
  "HelpPing",
  "AuditEntry",
  "MemberActivity",
  "RateWindow",
  "LinkCode",
  "Meeting",
  "MeetingRsvp",
  "Shift",
  "ShiftAssignment",
  "CoverRequest",
  "ShiftSwap",
  "MemberCheck",
  "Job",
] as const;

export type ExportTable = (typeof EXPORT_TABLES)[number];

/** The section of jobs about the member: admin's own, after every feature's. */
const JOBS = "Job";

export interface MemberExport {
  readonly format: "gather.member-data/1";
  readonly generatedAt: string;
  readonly timeZone: string;
  readonly network: { readonly id: string; readonly name: string };
  readonly notes: string;
  readonly tables: Record<ExportTable, Json[]>;
}

const NOTES =
  "Everything Gather stores about you in this network, one section per table. Times are UTC, with the " +
  "network's local time beside them (…Local). Records you share with others (cover requests, swaps, " +
  "meetings, asks you offered help on) show your part, never the other members' names.";

/** Collects everything stored about one member of one network, in one transaction. */
export async function collectMemberData(
  db: Db,
  input: { readonly networkId: string; readonly memberId: string; readonly timeZone: string; readonly now: Date },
): Promise<MemberExport> {
  const { networkId, memberId, timeZone } = input;
  return db.$transaction(async (tx: Tx): Promise<MemberExport> => {
    const member = await tx.member.findFirstOrThrow({
      where: { id: memberId, networkId },
      select: { network: { select: { id: true, name: true } } },
    });
    const sections: { name: string; rows: Json[] }[] = [];
    const named: string[] = [];
    for (const feature of features) {
      const part = await feature.personalData?.export(tx, { networkId, memberId, timeZone });
      if (!part) continue;
      for (const [name, rows] of Object.entries<Json[]>(part.sections)) sections.push({ name, rows });
      named.push(...(part.named ?? []));
    }
    sections.push({ name: JOBS, rows: await exportJobs(tx, { networkId, memberId, timeZone }, named) });
    const tables = Object.fromEntries(
      publishedFirst(sections, (s) => s.name, EXPORT_TABLES).map((s) => [s.name, s.rows]),
    ) as Record<ExportTable, Json[]>;
    return {
      format: "gather.member-data/1",
      generatedAt: input.now.toISOString(),
      timeZone,
      network: { id: member.network.id, name: member.network.name },
      notes: NOTES,
      tables,
    };
  });
}
