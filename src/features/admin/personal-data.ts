/**
 * Admin's own contribution: the core's tables about a member (the member row, their accounts, the
 * audit trail, active days, rate counters, link codes) and the scheduler's jobs about them.
 *
 * Jobs are about any feature's records: every contribution returns the ids its records are known
 * by (`named`), and the privacy commands export and erase the jobs naming the member or any of
 * them, after the loop (see {@link jobsNaming}).
 */
import type { Db, Tx } from "../../db/index.js";
import { type MemberRef, type PersonalData } from "../../core/personal-data.js";
import { jsonList, zoned } from "../shared/personal-data.js";
import { retainOwnRecords } from "./retention.js";

/** The stored name of a forgotten member, the same in every language (it is data, not a message). */
export const FORMER_MEMBER = "Former member";

/** Ids per `in` filter on job payloads (`contains`): well under SQLite's bound-parameter limit. */
const JOB_CHUNK = 200;

/** A job as the export and the erasure see it. */
export interface NamedJob {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly dueAt: Date;
  readonly payload: string;
}

/** Jobs of the network whose payload names any of `ids`. */
export async function jobsNaming(db: Db | Tx, networkId: string, ids: readonly string[]): Promise<NamedJob[]> {
  const found = new Map<string, NamedJob>();
  for (let i = 0; i < ids.length; i += JOB_CHUNK) {
    const chunk = ids.slice(i, i + JOB_CHUNK);
    const rows = await db.job.findMany({
      where: { networkId, OR: chunk.map((id) => ({ payload: { contains: id } })) },
      select: { id: true, kind: true, status: true, dueAt: true, payload: true },
    });
    // `contains` narrows; the exact id is checked here (SQLite's LIKE ignores case).
    for (const row of rows) if (chunk.some((id) => row.payload.includes(id))) found.set(row.id, row);
  }
  return [...found.values()];
}

/** Pending jobs naming `ids` are cancelled (they would act for nobody); finished ones lose their payload. */
export async function eraseJobs(tx: Tx, networkId: string, ids: readonly string[], now: Date): Promise<number> {
  const named = await jobsNaming(tx, networkId, ids);
  const pending = named.filter((j) => j.status === "pending").map((j) => j.id);
  const finished = named.filter((j) => j.status !== "pending" && j.status !== "running").map((j) => j.id);
  const cancelled = pending.length
    ? (
        await tx.job.updateMany({
          where: { id: { in: pending }, status: "pending" },
          data: { status: "cancelled", leaseExpiresAt: null, finishedAt: now, payload: "{}" },
        })
      ).count
    : 0;
  if (finished.length) await tx.job.updateMany({ where: { id: { in: finished } }, data: { payload: "{}" } });
  return cancelled;
}

/** The export's section of jobs naming `ids`, soonest first: kind, status and time only. */
export async function exportJobs(tx: Tx, member: MemberRef, ids: readonly string[]) {
  const jobs = (await jobsNaming(tx, member.networkId, ids)).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return jobs.map((j) => zoned({ id: j.id, kind: j.kind, status: j.status, dueAt: j.dueAt }, member.timeZone));
}

const SECTIONS = ["Member", "Identity", "AuditEntry", "MemberActivity", "RateWindow", "LinkCode"] as const;

export const adminPersonalData: PersonalData<
  (typeof SECTIONS)[number],
  "audit" | "activity" | "finishedJobs" | "rateWindows" | "linkCodes"
> = {
  models: [...SECTIONS, "Job"],
  sections: SECTIONS,
  retention: {
    /** The audit trail (who changed what, without text). */
    audit: { days: 730, label: "privacy.kind.audit" },
    /** Days on which a member used Gather (for "active members" in reports). */
    activity: { days: 400, label: "privacy.kind.activity" },
    /** Scheduled jobs that have finished (done, failed, cancelled, skipped). */
    finishedJobs: { days: 30, label: "privacy.kind.finishedJobs" },
    /** Rate-limit counters. */
    rateWindows: { days: 2, label: "privacy.kind.rateWindows" },
    /** Link codes once used or expired. */
    linkCodes: { days: 1, label: "privacy.kind.linkCodes" },
  },

  async export(tx, { networkId, memberId: me, timeZone }) {
    const z = (row: Record<string, unknown>) => zoned(row, timeZone);
    const member = await tx.member.findFirstOrThrow({
      where: { id: me, networkId },
      select: {
        id: true,
        displayName: true,
        role: true,
        locale: true,
        timeZone: true,
        createdAt: true,
        forgottenAt: true,
      },
    });
    const { id, displayName, role, locale, timeZone: zone, createdAt, forgottenAt } = member;
    const identities = await tx.identity.findMany({
      where: { memberId: me, space: { networkId } },
      select: { id: true, externalId: true, createdAt: true, space: { select: { platform: true, name: true } } },
      orderBy: { createdAt: "asc" },
    });
    const auditRows = await tx.auditEntry.findMany({
      where: { networkId, OR: [{ actorId: me }, { subjectType: "member", subjectId: me }] },
      orderBy: { at: "asc" },
    });
    const activity = await tx.memberActivity.findMany({ where: { networkId, memberId: me }, orderBy: { day: "asc" } });
    const rates = await tx.rateWindow.findMany({ where: { memberId: me }, orderBy: { windowStart: "asc" } });
    const codes = await tx.linkCode.findMany({ where: { networkId, memberId: me }, orderBy: { createdAt: "asc" } });
    return {
      sections: {
        Member: [z({ id, displayName, role, locale, timeZone: zone, createdAt, forgottenAt })],
        Identity: identities.map((i) =>
          z({
            id: i.id,
            platform: i.space.platform,
            space: i.space.name,
            accountId: i.externalId,
            createdAt: i.createdAt,
          }),
        ),
        AuditEntry: auditRows.map((a) =>
          z({
            id: a.id,
            action: a.action,
            by: a.actorId === me ? "you" : a.actorId === null ? "Gather" : "a coordinator",
            subjectType: a.subjectType,
            // Another member acted on by them is named by no id here.
            subjectId: a.subjectType === "member" && a.subjectId !== me ? "another member" : a.subjectId,
            details: jsonList(a.details),
            at: a.at,
          }),
        ),
        MemberActivity: activity.map((a) => z({ id: a.id, day: a.day })),
        RateWindow: rates.map((r) => z({ id: r.id, bucket: r.bucket, windowStart: r.windowStart, count: r.count })),
        // Secrets are left out: a link code's hash.
        LinkCode: codes.map((c) =>
          z({ id: c.id, kind: c.kind, expiresAt: c.expiresAt, usedAt: c.usedAt, createdAt: c.createdAt }),
        ),
      },
      named: [me],
    };
  },

  async erase(tx, { networkId, memberId: me }, now) {
    // The row stays so counts (updates posted, asks, hours volunteered) still add up.
    await tx.member.update({
      where: { id: me },
      data: { displayName: FORMER_MEMBER, locale: null, timeZone: null, role: "member", forgottenAt: now },
    });
    // The platform account is no longer linked: using Gather again starts a new member.
    await tx.identity.deleteMany({ where: { memberId: me } });
    await tx.rateWindow.deleteMany({ where: { memberId: me } });
    await tx.linkCode.deleteMany({ where: { networkId, memberId: me } });
    // Audit entries they made stay (without text by design), pointing at the anonymous member.
    return { named: [me] };
  },

  // Linking moves or deletes the member's own core rows itself (accounts, activity, counters, codes).
  holds: () => Promise.resolve(false),
  inUse: () => Promise.resolve(false),

  // The audit trail is deleted only by the retention job: its clean-up lives there.
  retain: (tx, network, cutoff) => retainOwnRecords(tx, network, cutoff),
};
