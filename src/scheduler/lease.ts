/**
 * The lease protocol: how instances sharing one database agree who runs a job.
 *
 * Every change of a job's state is one conditional `UPDATE … WHERE <the state we expect>`, and
 * it counts only when it changed the row. Two instances may read the same due row; both try to
 * claim it; the database applies the updates one after the other (PostgreSQL re-checks the WHERE
 * after waiting for the row lock, SQLite has one writer), so exactly one sees its update land.
 * No advisory locks, and the same statements on SQLite and PostgreSQL — except that PostgreSQL
 * claims with `FOR UPDATE SKIP LOCKED` (claimSkipLocked), so instances that read the same due
 * rows do not queue on each other's row locks and then fail, but pass on to their next row at once.
 *
 * A claim is a lease, not ownership: it names the instance and an expiry. A crashed instance
 * never finishes its jobs; once their leases expire any instance may claim them again. So every
 * write after the claim is conditional on still holding that exact lease (owner and expiry, and the
 * run: see Hold): an instance that was too slow, and whose job was taken over, cannot overwrite the
 * newer run.
 *
 * While an instance is still running a job it renews the lease (heartbeat.ts): one more such
 * conditional write, moving the expiry on. So a job that is slow but alive keeps its lease, and a
 * crashed instance, which renews nothing, loses its jobs exactly as before. Because a renewal
 * changes the expiry the later writes must name, each claim's writes are serialised (see there).
 *
 * `leaseExpiresAt` on a *pending* row means "not before": the back-off after a failed run. It keeps
 * `dueAt` as planned — handlers read it — without another column.
 */
import type { Db, Job, Prisma } from "../db/index.js";

/** Who holds a claimed job, and until when. */
export interface Lease {
  readonly owner: string;
  readonly expiresAt: Date;
}

/** A row a tick may act on, as it was read. */
export type Candidate = Job;

/** Rows that may be taken at `now`: due and not backing off, or held by a lease that expired. */
export function claimableAt(now: Date): Prisma.JobWhereInput {
  return {
    OR: [
      { status: "pending", dueAt: { lte: now }, OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lte: now } }] },
      { status: "running", leaseExpiresAt: { lte: now } },
    ],
  };
}

/**
 * Up to `limit` rows that may be taken now, earliest first. Bounded whatever the table holds:
 * rows due later are never read, so planning a year of reminders costs the tick nothing.
 */
export function findClaimable(db: Db, now: Date, limit: number): Promise<Candidate[]> {
  return db.job.findMany({ where: claimableAt(now), orderBy: [{ dueAt: "asc" }, { id: "asc" }], take: limit });
}

/**
 * The row is still as it was read and still claimable. Matching `dueAt` and `attempts` too means
 * a decision made from the read (its grace, its attempts left) still holds when it is written.
 */
function unchanged(row: Candidate, now: Date): Prisma.JobWhereInput {
  return { id: row.id, dueAt: row.dueAt, attempts: row.attempts, ...claimableAt(now) };
}

/** Takes the row for `lease.owner`. Returns the claimed row, or undefined when another got it first. */
export async function claim(db: Db, row: Candidate, lease: Lease, now: Date): Promise<Job | undefined> {
  // UPDATE … RETURNING in one statement: the claim and the row it claimed, with no gap between.
  const [claimed] = await db.job.updateManyAndReturn({
    where: unchanged(row, now),
    data: { status: "running", leaseOwner: lease.owner, leaseExpiresAt: lease.expiresAt, attempts: { increment: 1 } },
  });
  return claimed;
}

/**
 * PostgreSQL only: takes `row` (as read, still unchanged and claimable) unless another instance is
 * claiming it at this very moment, in one statement. `FOR UPDATE SKIP LOCKED` makes a claimer pass
 * over a row whose lock another holds — answering "not yours" at once — instead of waiting for
 * that transaction and then failing the re-check; the caller moves on to its next row. The outcome
 * is the same as {@link claim}'s: a conditional update that counts only when it changed the row.
 * By primary key, so the plan is an index lookup whatever the table's statistics say.
 * SQLite has no row locks (one writer at a time) and keeps the portable claim.
 */
export async function claimSkipLocked(db: Db, row: Candidate, lease: Lease, now: Date): Promise<Job | undefined> {
  // updatedAt as Prisma writes it (its own clock), as enqueue does.
  const [claimed] = await db.$queryRaw<Job[]>`
    UPDATE "Job" SET "status" = 'running', "leaseOwner" = ${lease.owner}, "leaseExpiresAt" = ${lease.expiresAt},
      "attempts" = "attempts" + 1, "updatedAt" = ${new Date()}
    WHERE "id" = (
      SELECT "id" FROM "Job"
      WHERE "id" = ${row.id} AND "dueAt" = ${row.dueAt} AND "attempts" = ${row.attempts}
        AND (("status" = 'pending' AND "dueAt" <= ${now} AND ("leaseExpiresAt" IS NULL OR "leaseExpiresAt" <= ${now}))
          OR ("status" = 'running' AND "leaseExpiresAt" <= ${now}))
      FOR UPDATE SKIP LOCKED)
    RETURNING *`;
  return claimed;
}

/** A final state for a row nobody holds: skipped (too late) or failed (unknown kind, no runs left). */
export async function settleUnclaimed(
  db: Db,
  row: Candidate,
  now: Date,
  status: "skipped" | "failed",
  lastError?: string,
): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: unchanged(row, now),
    data: {
      status,
      finishedAt: now,
      leaseOwner: null,
      leaseExpiresAt: null,
      ...(lastError !== undefined ? { lastError } : {}),
    },
  });
  return count === 1;
}

/** What becomes of a claimed job after its run. */
export type Settlement =
  | { readonly status: "done" }
  | { readonly status: "failed"; readonly lastError: string }
  | { readonly status: "pending"; readonly lastError: string; readonly retryAt: Date };

/**
 * One claim of a job, as the writes after it name it: the owner, the run (`attempts`, which every
 * claim increments, so a later claim of the same row by the same instance is never taken for this
 * one) and the lease's expiry. `expiresAt` has more than one value only after a renewal failed in
 * transit and may or may not have landed: the row then holds one of them, each written by this
 * claim alone, so matching any of them is still matching this claim.
 */
export interface Hold {
  readonly id: string;
  readonly owner: string;
  readonly attempts: number;
  readonly expiresAt: readonly Date[];
}

/** The row is still running under this claim. */
function heldBy(hold: Hold): Prisma.JobWhereInput {
  return {
    id: hold.id,
    status: "running",
    leaseOwner: hold.owner,
    attempts: hold.attempts,
    leaseExpiresAt: { in: [...hold.expiresAt] },
  };
}

/**
 * Moves the expiry of a lease this claim still holds on to `expiresAt`. Returns false when the
 * claim no longer holds the job: taken over by another instance, given back, or already settled.
 * An expired lease nobody has taken yet is renewed too: nobody else is running the job.
 */
export async function renew(db: Db, hold: Hold, expiresAt: Date): Promise<boolean> {
  const { count } = await db.job.updateMany({ where: heldBy(hold), data: { leaseExpiresAt: expiresAt } });
  return count === 1;
}

/**
 * Records the end of a run — only if `hold` still holds the job. Returns false when it does
 * not: the lease expired and another instance took the job (which will record its own run).
 */
export async function settle(db: Db, hold: Hold, now: Date, outcome: Settlement): Promise<boolean> {
  const data: Prisma.JobUpdateManyMutationInput =
    outcome.status === "pending"
      ? { status: "pending", leaseOwner: null, leaseExpiresAt: outcome.retryAt, lastError: outcome.lastError }
      : {
          status: outcome.status,
          leaseOwner: null,
          leaseExpiresAt: null,
          finishedAt: now,
          ...(outcome.status === "failed" ? { lastError: outcome.lastError } : {}),
        };
  const { count } = await db.job.updateMany({
    where: heldBy(hold),
    data,
  });
  return count === 1;
}

/**
 * Gives back every job `owner` still holds (on a clean stop): pending again, claimable at once by
 * any instance, instead of waiting for the leases to expire. Returns how many.
 */
export async function releaseAll(db: Db, owner: string): Promise<number> {
  const { count } = await db.job.updateMany({
    where: { status: "running", leaseOwner: owner },
    data: { status: "pending", leaseOwner: null, leaseExpiresAt: null },
  });
  return count;
}
