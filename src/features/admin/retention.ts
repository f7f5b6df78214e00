/**
 * How long each kind of record is kept, and the daily job that deletes what is older.
 *
 * Defaults are here in code; a network may override any of them in Network.retention, a JSON
 * object of days per kind ({"audit": 365}). Records not named here are kept while they are in use
 * (a member's live updates, open asks, the rota) or until the member asks to be forgotten.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { audit } from "../../core/audit.js";
import type { Db, Tx } from "../../db/index.js";
import { cancel, defineJob, enqueue } from "../../scheduler/index.js";

export const RETENTION_JOB = "privacy.retention";

/** Days each kind of record is kept, unless the network says otherwise. */
export const RetentionDefaults = {
  /** The audit trail (who changed what, without text). */
  audit: 730,
  /** Days on which a member used Gather (for "active members" in reports). */
  activity: 400,
  /** Archived project updates, counted from when they were archived. */
  archivedUpdates: 730,
  /** Earlier versions of project updates. */
  revisions: 730,
  /** Resolved or closed asks (with their offers), counted from when they were resolved or closed. */
  closedAsks: 730,
  /** Records of "a new ask matches what you offered" pings (they only cap pings per day). */
  helpPings: 30,
  /** Scheduled jobs that have finished (done, failed, cancelled, skipped). */
  finishedJobs: 30,
  /** Rate-limit counters. */
  rateWindows: 2,
  /** Link codes once used or expired. */
  linkCodes: 1,
  /** Shift swaps once accepted, declined or withdrawn. */
  decidedSwaps: 400,
  /** Checks (DBS, training) after they expired or were revoked. */
  expiredChecks: 365,
} as const;

export type RetentionKind = keyof typeof RetentionDefaults;
export type Retention = Readonly<Record<RetentionKind, number>>;

export const RETENTION_KINDS = Object.keys(RetentionDefaults) as RetentionKind[];

/** What a network may set: whole days, at least one, at most ten years. */
export const RetentionBounds = { minDays: 1, maxDays: 3650 } as const;

const DAY_MS = 24 * 3600 * 1000;

/**
 * The network's retention: its stored overrides over the defaults. Unknown kinds and values out of
 * bounds are ignored (the default applies), so a bad setting never deletes more than intended.
 */
export function retentionOf(stored: string | null | undefined): Retention {
  const result: Record<RetentionKind, number> = { ...RetentionDefaults };
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored ?? "{}");
  } catch {
    return result;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return result;
  for (const kind of RETENTION_KINDS) {
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

/** How many rows of each kind one run deleted. */
export type Purged = Record<RetentionKind, number>;

/** Ids per statement: well under SQLite's limit on bound parameters. */
const CHUNK = 500;

async function inChunks(ids: readonly string[], run: (chunk: string[]) => Promise<{ count: number }>) {
  let total = 0;
  for (let i = 0; i < ids.length; i += CHUNK) total += (await run(ids.slice(i, i + CHUNK))).count;
  return total;
}

const FINISHED = ["done", "failed", "cancelled", "skipped"];

/**
 * Deletes one network's records that are older than its retention allows, as of `now`.
 * Only rows of this network are touched: tables without a network column are reached through
 * the network's members.
 */
export async function purgeExpired(
  db: Db | Tx,
  network: { readonly id: string; readonly timeZone: string; readonly retention: string },
  now: Date,
): Promise<Purged> {
  const days = retentionOf(network.retention);
  const before = (kind: RetentionKind) => new Date(now.getTime() - days[kind] * DAY_MS);
  const networkId = network.id;
  const memberIds = (await db.member.findMany({ where: { networkId }, select: { id: true } })).map((m) => m.id);

  const activityCutoff = DateTime.fromJSDate(before("activity"), { zone: network.timeZone }).toISODate() ?? "";
  const archived = before("archivedUpdates");
  const closed = before("closedAsks");
  const jobs = before("finishedJobs");
  const swaps = before("decidedSwaps");
  const checks = before("expiredChecks");

  const purged: Purged = {
    audit: (await db.auditEntry.deleteMany({ where: { networkId, at: { lt: before("audit") } } })).count,
    activity: (await db.memberActivity.deleteMany({ where: { networkId, day: { lt: activityCutoff } } })).count,
    archivedUpdates: (
      await db.projectUpdate.deleteMany({
        where: {
          networkId,
          status: "archived",
          OR: [{ archivedAt: { lt: archived } }, { archivedAt: null, updatedAt: { lt: archived } }],
        },
      })
    ).count,
    revisions: (
      await db.updateRevision.deleteMany({ where: { update: { networkId }, at: { lt: before("revisions") } } })
    ).count,
    closedAsks: (
      await db.helpRequest.deleteMany({
        where: {
          networkId,
          status: { in: ["resolved", "closed"] },
          OR: [{ resolvedAt: { lt: closed } }, { resolvedAt: null, updatedAt: { lt: closed } }],
        },
      })
    ).count,
    helpPings: await inChunks(memberIds, (chunk) =>
      db.helpPing.deleteMany({ where: { memberId: { in: chunk }, at: { lt: before("helpPings") } } }),
    ),
    finishedJobs: (
      await db.job.deleteMany({
        where: {
          networkId,
          status: { in: FINISHED },
          OR: [{ finishedAt: { lt: jobs } }, { finishedAt: null, updatedAt: { lt: jobs } }],
        },
      })
    ).count,
    rateWindows: await inChunks(memberIds, (chunk) =>
      db.rateWindow.deleteMany({ where: { memberId: { in: chunk }, windowStart: { lt: before("rateWindows") } } }),
    ),
    linkCodes: (
      await db.linkCode.deleteMany({
        where: {
          networkId,
          OR: [{ usedAt: { lt: before("linkCodes") } }, { expiresAt: { lt: before("linkCodes") } }],
        },
      })
    ).count,
    decidedSwaps: (
      await db.shiftSwap.deleteMany({
        where: {
          networkId,
          status: { not: "proposed" },
          OR: [{ decidedAt: { lt: swaps } }, { decidedAt: null, createdAt: { lt: swaps } }],
        },
      })
    ).count,
    expiredChecks: (
      await db.memberCheck.deleteMany({
        where: {
          networkId,
          OR: [{ expiresAt: { lt: checks } }, { status: "revoked", updatedAt: { lt: checks } }],
        },
      })
    ).count,
  };
  await purgeCards(db, networkId, now);
  await purgeMeetingEvents(db, networkId, now);
  return purged;
}

/**
 * Forgets which platform event mirrors a meeting once nothing will change it: the meeting was
 * cancelled, or it was a one-off and is over (a series moves its event on by itself). Not
 * counted as a kind: one row per meeting and space, ids only.
 */
async function purgeMeetingEvents(db: Db | Tx, networkId: string, now: Date): Promise<number> {
  const rows = await db.meetingEvent.findMany({
    where: { meeting: { networkId } },
    select: { id: true, meeting: { select: { status: true, rrule: true, startsAt: true, durationMinutes: true } } },
  });
  const dead = rows
    .filter(({ meeting }) => {
      const ends = meeting.startsAt.getTime() + meeting.durationMinutes * 60_000;
      return meeting.status !== "scheduled" || (meeting.rrule === null && ends <= now.getTime());
    })
    .map((row) => row.id);
  return inChunks(dead, (chunk) => db.meetingEvent.deleteMany({ where: { id: { in: chunk } } }));
}

/**
 * Forgets where cards were posted once nothing can change them: their subject is gone (an ask or
 * an archived update deleted above) or finished for good (a cover request whose shift has ended, a
 * meeting cancelled or over, unless it repeats). Not counted as a kind: these rows are
 * bookkeeping, bounded per subject, and hold nothing about anyone.
 */
async function purgeCards(db: Db | Tx, networkId: string, now: Date): Promise<number> {
  const cards = await db.postedCard.findMany({
    where: { networkId },
    select: { id: true, subjectType: true, subjectId: true },
  });
  const ids = (type: string) => [...new Set(cards.filter((c) => c.subjectType === type).map((c) => c.subjectId))];
  const live = new Set<string>();
  const covers = ids("cover");
  for (let i = 0; i < covers.length; i += CHUNK) {
    const rows = await db.coverRequest.findMany({
      where: { id: { in: covers.slice(i, i + CHUNK) }, shift: { networkId, endsAt: { gt: now } } },
      select: { id: true },
    });
    for (const row of rows) live.add(`cover:${row.id}`);
  }
  const asks = ids("ask");
  for (let i = 0; i < asks.length; i += CHUNK) {
    const rows = await db.helpRequest.findMany({
      where: { id: { in: asks.slice(i, i + CHUNK) }, networkId },
      select: { id: true },
    });
    for (const row of rows) live.add(`ask:${row.id}`);
  }
  const meetings = ids("meeting");
  for (let i = 0; i < meetings.length; i += CHUNK) {
    const rows = await db.meeting.findMany({
      where: { id: { in: meetings.slice(i, i + CHUNK) }, networkId, status: "scheduled" },
      select: { id: true, rrule: true, startsAt: true, durationMinutes: true },
    });
    for (const row of rows) {
      const ends = row.startsAt.getTime() + row.durationMinutes * 60_000;
      if (row.rrule || ends > now.getTime()) live.add(`meeting:${row.id}`);
    }
  }
  const updates = ids("update");
  for (let i = 0; i < updates.length; i += CHUNK) {
    const rows = await db.projectUpdate.findMany({
      where: { id: { in: updates.slice(i, i + CHUNK) }, networkId },
      select: { id: true },
    });
    for (const row of rows) live.add(`update:${row.id}`);
  }
  // Only the kinds judged above: a kind added later keeps its rows until it says when they end.
  const judged = new Set(["cover", "ask", "meeting", "update"]);
  const dead = cards
    .filter((c) => judged.has(c.subjectType) && !live.has(`${c.subjectType}:${c.subjectId}`))
    .map((c) => c.id);
  return inChunks(dead, (chunk) => db.postedCard.deleteMany({ where: { id: { in: chunk } } }));
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
      const purged = await purgeExpired(tx, network, now);
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
