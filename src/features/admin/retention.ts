/**
 * How long each kind of record is kept, and the daily job that deletes what is older.
 *
 * Each feature names its kinds and their default days (its `personalData.retention`); a network
 * may override any of them in Network.retention, a JSON object of days per kind ({"audit": 365}).
 * Records of no kind are kept while they are in use (a member's live updates, open asks, the rota)
 * or until the member asks to be forgotten. The daily job runs every feature's clean-up in one
 * transaction.
 */
import type { Provider } from "../../db/layout.js";
import { DateTime } from "luxon";
import { z } from "zod";
import { audit } from "../../core/audit.js";
import { type Cutoff, type RetainedNetwork, type RetentionKind } from "../../core/personal-data.js";
import { inChunks, publishedFirst } from "../shared/personal-data.js";
import type { Db, Tx } from "../../db/index.js";
import { cancel, defineJob, enqueue } from "../../scheduler/index.js";
// Read only inside functions: src/features/index.ts imports admin and loads first (main.ts, scripts, the test setup).
import { features } from "../index.js";

export const RETENTION_JOB = "privacy.retention";

/**
 * The order the privacy notice first listed the kinds in (and the retention audit its counts):
 * kept, so the notice reads as it did. Kinds a feature adds later follow, in the features' order.
 */
const PUBLISHED_KINDS = [
  "audit",
  "activity",
  "archivedUpdates",
  "revisions",
  "closedAsks",
  "helpPings",
  "finishedJobs",
  "rateWindows",
  "linkCodes",
  "decidedSwaps",
  "expiredChecks",
];

/** One kind of record some feature keeps for a while, as the notice and the clean-up read it. */
export interface KeptKind extends RetentionKind {
  readonly kind: string;
}

/** Every feature's retention kinds, in the notice's order. Read lazily: the features list imports admin. */
export function retentionKinds(): KeptKind[] {
  const kinds: KeptKind[] = [];
  for (const feature of features) {
    for (const [kind, spec] of Object.entries(feature.personalData?.retention ?? {})) {
      if (kinds.some((k) => k.kind === kind)) throw new Error(`two features keep records of kind "${kind}"`);
      kinds.push({ kind, ...spec });
    }
  }
  return publishedFirst(kinds, (k) => k.kind, PUBLISHED_KINDS);
}

/** Days kept per kind, by kind. */
export type Retention = Readonly<Record<string, number>>;

/** Days each kind of record is kept, unless the network says otherwise: each feature's defaults. */
export function retentionDefaults(): Retention {
  return Object.fromEntries(retentionKinds().map((k) => [k.kind, k.days]));
}

/** What a network may set: whole days, at least one, at most ten years. */
export const RetentionBounds = { minDays: 1, maxDays: 3650 } as const;

const DAY_MS = 24 * 3600 * 1000;

/**
 * The network's retention: its stored overrides over the defaults. Unknown kinds and values out of
 * bounds are ignored (the default applies), so a bad setting never deletes more than intended.
 */
export function retentionOf(stored: string | null | undefined): Retention {
  const result: Record<string, number> = { ...retentionDefaults() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored ?? "{}");
  } catch {
    return result;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return result;
  for (const kind of Object.keys(result)) {
    const value = (parsed as Record<string, unknown>)[kind];
    if (
      typeof value === "number" &&
      Number.isInteger(value) &&
      value >= RetentionBounds.minDays &&
      value <= RetentionBounds.maxDays
    )
      result[kind] = value;
  }
  return result;
}

/** How many rows of each kind one run deleted, in the notice's order. */
export type Purged = Record<string, number>;

/**
 * Deletes one network's records that are older than its retention allows, as of `now`: each
 * feature deletes its own (and forgets its finished cards). Only rows of this network are touched.
 */
export async function purgeExpired(
  db: Db | Tx,
  network: { readonly id: string; readonly timeZone: string; readonly retention: string; readonly provider?: Provider },
  now: Date,
): Promise<Purged> {
  const days = retentionOf(network.retention);
  const cutoff = {
    now,
    before: (kind: string) => new Date(now.getTime() - (days[kind] ?? RetentionBounds.maxDays) * DAY_MS),
  };
  const counted: Record<string, number> = {};
  for (const feature of features) {
    const counts = await feature.personalData?.retain(db, network, cutoff);
    Object.assign(counted, counts);
  }
  return Object.fromEntries(retentionKinds().map(({ kind }) => [kind, counted[kind] ?? 0]));
}

const FINISHED = ["done", "failed", "cancelled", "skipped"];

/**
 * Admin's own kinds: the audit trail, active days, finished jobs, rate counters and link codes.
 * Here rather than in admin's personal-data.ts: the audit trail is deleted by the retention job only.
 */
export async function retainOwnRecords(
  tx: Tx,
  network: RetainedNetwork,
  cutoff: Cutoff<"audit" | "activity" | "finishedJobs" | "rateWindows" | "linkCodes">,
) {
  const networkId = network.id;
  const activityCutoff = DateTime.fromJSDate(cutoff.before("activity"), { zone: network.timeZone }).toISODate() ?? "";
  const jobs = cutoff.before("finishedJobs");
  const links = cutoff.before("linkCodes");
  // Rate counters have no network column: reached through the network's members.
  const memberIds = (await tx.member.findMany({ where: { networkId }, select: { id: true } })).map((m) => m.id);
  return {
    audit: (await tx.auditEntry.deleteMany({ where: { networkId, at: { lt: cutoff.before("audit") } } })).count,
    activity: (await tx.memberActivity.deleteMany({ where: { networkId, day: { lt: activityCutoff } } })).count,
    finishedJobs: (
      await tx.job.deleteMany({
        where: {
          networkId,
          status: { in: FINISHED },
          OR: [{ finishedAt: { lt: jobs } }, { finishedAt: null, updatedAt: { lt: jobs } }],
        },
      })
    ).count,
    rateWindows: await inChunks(memberIds, (chunk) =>
      tx.rateWindow.deleteMany({
        where: { memberId: { in: chunk }, windowStart: { lt: cutoff.before("rateWindows") } },
      }),
    ),
    linkCodes: (
      await tx.linkCode.deleteMany({
        where: { networkId, OR: [{ usedAt: { lt: links } }, { expiresAt: { lt: links } }] },
      })
    ).count,
  };
}

/** The next run: 03:30 in the network's zone, after `after` (a quiet hour, kept across clock changes). */
export function nextRetentionAt(after: Date, timeZone: string): Date {
  const local = DateTime.fromJSDate(after, { zone: timeZone });
  let candidate = local.set({ hour: 3, minute: 30, second: 0, millisecond: 0 });
  if (candidate <= local) candidate = candidate.plus({ days: 1 });
  return candidate.toJSDate();
}

const keyPrefix = (networkId: string) => `${RETENTION_JOB}:${networkId}:`;

function retentionJob(networkId: string, timeZone: string, after: Date) {
  const dueAt = nextRetentionAt(after, timeZone);
  const day = DateTime.fromJSDate(dueAt, { zone: timeZone }).toISODate();
  return { kind: RETENTION_JOB, dueAt, payload: { networkId }, dedupeKey: `${keyPrefix(networkId)}${day}`, networkId };
}

/**
 * Makes sure the network's daily clean-up is planned: when no run is pending, plans the next one.
 * Idempotent (one job per network and day); call it whenever a network is seen.
 */
export async function ensureRetention(
  db: Db | Tx,
  network: { readonly id: string; readonly timeZone: string },
  now: Date,
): Promise<void> {
  const pending = await db.job.count({
    where: { kind: RETENTION_JOB, networkId: network.id, status: "pending" },
  });
  if (pending > 0) return;
  await enqueue(db, retentionJob(network.id, network.timeZone, now));
}

/** Plans the daily clean-up of every network that has none pending: for start-up. */
export async function ensureRetentionForAllNetworks(db: Db, now: Date): Promise<void> {
  const networks = await db.network.findMany({ select: { id: true, timeZone: true } });
  for (const network of networks) await ensureRetention(db, network, now);
}

/** The daily clean-up of one network; plans the next day's when done. */
export const retentionJobDefinition = defineJob({
  kind: RETENTION_JOB,
  payload: z.object({ networkId: z.string().min(1) }),
  // Deleting late is still right, and the chain must not break after downtime.
  graceMs: 30 * DAY_MS,
  run: async (ctx, { networkId }) => {
    const network = await ctx.db.network.findUnique({
      where: { id: networkId },
      select: { id: true, timeZone: true, retention: true },
    });
    if (!network) return; // the network is gone: so is the chain
    const now = ctx.clock.now();
    await ctx.db.$transaction(async (tx) => {
      const purged = await purgeExpired(tx, { ...network, provider: ctx.provider }, now);
      const total = Object.values(purged).reduce((sum, n) => sum + n, 0);
      if (total > 0) {
        await audit(tx, {
          networkId,
          actorId: null,
          action: "privacy.retention",
          subjectType: "network",
          subjectId: networkId,
          at: now,
          details: Object.fromEntries(Object.entries(purged).filter(([, n]) => n > 0)),
        });
      }
      const after = new Date(Math.max(now.getTime(), ctx.job.dueAt.getTime()));
      const next = retentionJob(networkId, network.timeZone, after);
      // One chain per network: another run planned meanwhile (say, before a zone change) is folded into this one.
      const others = await tx.job.findMany({
        where: { kind: RETENTION_JOB, networkId, status: "pending", dedupeKey: { not: next.dedupeKey } },
        select: { dedupeKey: true },
      });
      for (const other of others) await cancel(tx, other.dedupeKey);
      await enqueue(tx, next);
    });
    ctx.log.debug("retention applied");
  },
});
