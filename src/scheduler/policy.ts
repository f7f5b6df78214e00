/**
 * The scheduler's numbers and the small rules built on them: back-off, lateness, grace, and what
 * of an error may be stored. Pure functions, so they are easy to read and to test.
 */
import { withoutQueryArguments } from "../core/logger.js";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Every default in one place. */
export const SchedulerDefaults = {
  /**
   * How long a claim holds a job before another instance may take it over (a crashed holder).
   * While the job is still running here, the lease is renewed every third of this (heartbeat.ts).
   */
  leaseMs: MINUTE,
  /** Most rows one tick reads: the tick's memory and query cost, whatever the table holds. */
  batchSize: 100,
  /** Jobs one instance runs at once, so one slow job never holds up the rest. */
  concurrency: 8,
  /** How long after its due time a job is still worth running (after downtime); later, it is skipped. */
  defaultGraceMs: 6 * HOUR,
  /** Runs before a failing job is given up. */
  maxAttempts: 5,
  /** A job that starts later than this after its due time is "late": handlers say "(delayed)". */
  lateToleranceMs: MINUTE,
  /** First retry after this; then doubling, up to the cap. */
  backoffBaseMs: 30 * SECOND,
  backoffCapMs: HOUR,
  /**
   * How long a tick waits for one job before moving on. Shorter than the lease, so a job that is
   * slow but alive can still finish and record itself before anyone else may take it.
   */
  jobTimeoutMs: 30 * SECOND,
  /** node-cron expression (with seconds) of the tick. */
  cron: "*/5 * * * * *",
  /** Longest error message kept in Job.lastError. */
  lastErrorLength: 500,
} as const satisfies Record<string, number | string>;

/** Delay before the next run after `attempts` failed runs: 30 s, 1 min, 2 min … capped. */
export function backoffMs(
  attempts: number,
  baseMs: number = SchedulerDefaults.backoffBaseMs,
  capMs: number = SchedulerDefaults.backoffCapMs,
): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(capMs, baseMs * 2 ** exponent);
}

/** Whether a job started at `now` is late enough that its message should say so. */
export function isLate(dueAt: Date, now: Date, toleranceMs: number = SchedulerDefaults.lateToleranceMs): boolean {
  return now.getTime() - dueAt.getTime() > toleranceMs;
}

/** Whether a job is too old to run at all: a reminder for a meeting that has already happened. */
export function isBeyondGrace(dueAt: Date, now: Date, graceMs: number): boolean {
  return now.getTime() - dueAt.getTime() > graceMs;
}

/**
 * What of an error is stored (Job.lastError) and logged: its message only, on one line,
 * truncated. No stack (it can carry values from the payload), nothing a handler put in other
 * properties, and of a Prisma message only its header and reason: it quotes the query's
 * arguments and the calling code (names, free text).
 */
export function describeError(error: unknown, maxLength: number = SchedulerDefaults.lastErrorLength): string {
  const raw =
    error instanceof Error
      ? `${error.name === "Error" ? "" : `${error.name}: `}${withoutQueryArguments(error.message)}`
      : `non-error thrown: ${typeof error}`;
  const line = raw.replace(/\s+/g, " ").trim() || "error without a message";
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}
