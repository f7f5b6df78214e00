/**
 * Planning jobs: enqueue, reschedule, cancel. A job is a row and nothing else — no timer in
 * memory — so it survives restarts and any instance sharing the database may run it.
 *
 * Every function takes a {@link Db} or a transaction ({@link Tx}): enqueue in the same
 * transaction as the change that calls for the job, and both are stored or neither is.
 */
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "../db/index.js";

/** Where a job is in its life. Only "pending" and "running" can still change. */
export type JobStatus = "pending" | "running" | "done" | "failed" | "cancelled" | "skipped";

/** A job to plan. */
export interface NewJob {
  /** Which definition runs it, e.g. "update.freshness". */
  readonly kind: string;
  readonly dueAt: Date;
  /** Read by the handler through its zod schema. Ids, not personal data: the row outlives the message. */
  readonly payload: Record<string, unknown>;
  /**
   * Names one planned run, for ever: a second enqueue with the same key is a no-op, even once the
   * first is done or cancelled. Put what makes the run unique in it, e.g. `update.freshness:<id>:<time>`.
   */
  readonly dedupeKey: string;
  readonly networkId?: string;
}

/** A database client or a transaction: both fit. */
type Writer = Db | Tx;

/**
 * Plans a job once. Returns true when this call created it, false when the key was already used.
 *
 * `INSERT … ON CONFLICT DO NOTHING` (both SQLite and PostgreSQL have it) rather than
 * "look, then create": two callers racing on one key both succeed and one row is stored, and a
 * conflict never raises an error — which on PostgreSQL would abort the caller's whole transaction.
 * Prisma's `upsert` is a look-then-create here, and `skipDuplicates` is PostgreSQL-only.
 */
export async function enqueue(db: Writer, job: NewJob): Promise<boolean> {
  check(job);
  // Timestamps as Prisma writes them (its own clock for createdAt/updatedAt), so rows read the same.
  const now = new Date();
  const inserted = await db.$executeRaw`
    INSERT INTO "Job" ("id", "kind", "payload", "dueAt", "status", "dedupeKey", "attempts", "networkId", "createdAt", "updatedAt")
    VALUES (${randomUUID()}, ${job.kind}, ${JSON.stringify(job.payload)}, ${job.dueAt}, ${"pending"}, ${job.dedupeKey}, ${0}, ${job.networkId ?? null}, ${now}, ${now})
    ON CONFLICT ("dedupeKey") DO NOTHING`;
  return inserted === 1;
}

/** What {@link reschedule} did. */
export type RescheduleResult = "moved" | "created" | "unchanged";

/**
 * Moves a pending job to a new time (and payload, when given), or plans it when no job has the
 * key. A job already running, finished or cancelled is left alone ("unchanged"): it is history.
 * A move is a new plan, so earlier failed attempts and any retry back-off are forgotten.
 *
 * Takes the whole job rather than only key and time because creating it needs the kind.
 */
export async function reschedule(
  db: Writer,
  job: Omit<NewJob, "payload"> & { readonly payload?: Record<string, unknown> },
): Promise<RescheduleResult> {
  check(job);
  const moved = await db.job.updateMany({
    where: { dedupeKey: job.dedupeKey, status: "pending" },
    data: {
      dueAt: job.dueAt,
      ...(job.payload ? { payload: JSON.stringify(job.payload) } : {}),
      attempts: 0,
      lastError: null,
      leaseExpiresAt: null,
    },
  });
  if (moved.count > 0) return "moved";
  return (await enqueue(db, { ...job, payload: job.payload ?? {} })) ? "created" : "unchanged";
}

/** Cancels the pending job with this key. Returns false when there is none (or it already ran). */
export async function cancel(db: Writer, dedupeKey: string): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: { dedupeKey, status: "pending" },
    data: { status: "cancelled", leaseExpiresAt: null },
  });
  return count > 0;
}

/** Rows changed per statement: well under SQLite's limit on bound parameters. */
const CHUNK = 500;

/**
 * Cancels every pending job whose key starts with `keyPrefix` (and of `kind`, when given),
 * e.g. all checks of one project update. Returns how many were cancelled.
 *
 * Prisma's `startsWith` is SQL `LIKE`: `_` and `%` in the prefix are wildcards, and SQLite
 * compares ASCII letters case-insensitively. So LIKE only narrows the search; the exact prefix
 * is checked here, and only those rows are cancelled, the same way on both databases.
 */
export async function cancelWhere(
  db: Writer,
  filter: { readonly kind?: string; readonly keyPrefix: string },
): Promise<number> {
  if (filter.keyPrefix === "") throw new Error("cancelWhere needs a key prefix: an empty one would cancel every job");
  const rows = await db.job.findMany({
    where: {
      status: "pending",
      dedupeKey: { startsWith: filter.keyPrefix },
      ...(filter.kind ? { kind: filter.kind } : {}),
    },
    select: { id: true, dedupeKey: true },
  });
  const ids = rows.filter((r) => r.dedupeKey.startsWith(filter.keyPrefix)).map((r) => r.id);
  let cancelled = 0;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const { count } = await db.job.updateMany({
      // Still pending: a job claimed meanwhile runs; cancelling it now would hide that it did.
      where: { id: { in: ids.slice(i, i + CHUNK) }, status: "pending" },
      data: { status: "cancelled", leaseExpiresAt: null },
    });
    cancelled += count;
  }
  return cancelled;
}

function check(job: { readonly kind: string; readonly dueAt: Date; readonly dedupeKey: string }): void {
  if (!job.kind) throw new Error("a job needs a kind");
  if (!job.dedupeKey) throw new Error("a job needs a dedupe key");
  if (!(job.dueAt instanceof Date) || Number.isNaN(job.dueAt.getTime()))
    throw new Error(`job ${job.kind} has an invalid due time`);
}
