/**
 * Running one claimed job: build its context, call its handler, and record the outcome under the
 * lease — done, retried after a back-off, or failed for good.
 */
import type { Clock } from "../core/clock.js";
import type { Delivery } from "../core/delivery.js";
import type { Logger } from "../core/logger.js";
import type { Db, Job, Provider } from "../db/index.js";
import { onceDelivery } from "../delivery/once.js";
import { ErrorCode } from "../errors.js";
import { PermanentJobError } from "./errors.js";
import type { JobContext, JobDefinition, JobInfo } from "./handlers.js";
import type { HeldLease } from "./heartbeat.js";
import { enqueue } from "./jobs.js";
import type { Settlement } from "./lease.js";
import { backoffMs, describeError, isLate, SchedulerDefaults } from "./policy.js";

/** What a run needs from the scheduler. */
export interface RunDeps {
  readonly db: Db;
  readonly provider: Provider;
  readonly clock: Clock;
  readonly delivery: Delivery;
}

/** How a run ended, as the tick counts it. */
export type RunOutcome = "done" | "failed" | "retried" | "lost";

/**
 * Runs a job this instance has claimed and records how it went. Never rejects: a handler's error
 * becomes a retry or a failure, and a failure to record becomes "lost" (the lease then expires
 * and the job is run again: at least once, never silently dropped).
 */
export async function runClaimed(
  deps: RunDeps,
  job: Job,
  definition: JobDefinition,
  lease: HeldLease,
  log: Logger,
): Promise<RunOutcome> {
  const { db, clock } = deps;
  const started = clock.now();
  const ctx: JobContext = {
    db,
    provider: deps.provider,
    clock,
    log,
    // Each send recorded per recipient: a re-run after a crash skips what this run already sent.
    delivery: onceDelivery(db, { jobId: job.id, runAt: job.dueAt }, deps.delivery),
    job: infoOf(job),
    late: isLate(job.dueAt, started),
    enqueue: (next) => enqueue(db, next),
  };
  let outcome: Settlement;
  try {
    await definition.execute(ctx, payloadOf(job));
    outcome = { status: "done" };
  } catch (error) {
    const lastError = describeError(error);
    const maxAttempts = definition.maxAttempts ?? SchedulerDefaults.maxAttempts;
    outcome =
      error instanceof PermanentJobError || job.attempts >= maxAttempts
        ? { status: "failed", lastError }
        : { status: "pending", lastError, retryAt: new Date(clock.now().getTime() + backoffMs(job.attempts)) };
  }
  try {
    if (!(await lease.settle(clock.now(), outcome))) {
      log.warn(
        { status: outcome.status },
        "lease lost before the run was recorded: the job was taken over or given back",
      );
      return "lost";
    }
  } catch (error) {
    log.error({ error: describeError(error) }, "could not record the run; it is run again once its lease expires");
    return "lost";
  }
  switch (outcome.status) {
    case "done":
      log.debug({ attempts: job.attempts, ms: clock.now().getTime() - started.getTime() }, "job done");
      return "done";
    case "failed":
      log.error({ attempts: job.attempts, error: outcome.lastError }, "job failed");
      return "failed";
    case "pending":
      log.warn(
        { attempts: job.attempts, retryAt: outcome.retryAt, error: outcome.lastError },
        "job failed; will retry",
      );
      return "retried";
  }
}

/** The row as a handler may see it. */
export function infoOf(job: Job): JobInfo {
  return {
    id: job.id,
    kind: job.kind,
    dueAt: job.dueAt,
    attempts: job.attempts,
    dedupeKey: job.dedupeKey,
    networkId: job.networkId,
  };
}

/** The stored payload as JSON; a row that is not JSON cannot be run, now or later. */
export function payloadOf(job: Job): unknown {
  try {
    return JSON.parse(job.payload) as unknown;
  } catch {
    throw new PermanentJobError("not_json", `payload of ${job.kind} is not JSON`, ErrorCode.JobBadPayload);
  }
}
