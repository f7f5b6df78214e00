/**
 * Job definitions: what runs a kind of job, declared once with a zod schema for its payload.
 */
import type { z } from "zod";
import type { Clock } from "../core/clock.js";
import type { Delivery } from "../core/delivery.js";
import type { Logger } from "../core/logger.js";
import type { Db, Provider } from "../db/index.js";
import { JobPayloadError } from "./errors.js";
import type { NewJob } from "./jobs.js";

/** The row being run, as a handler may see it. */
export interface JobInfo {
  readonly id: string;
  readonly kind: string;
  /** When it was planned for: the reference for windows ("changes until now") and answers. */
  readonly dueAt: Date;
  /** This run included: 1 on the first run. */
  readonly attempts: number;
  readonly dedupeKey: string;
  readonly networkId: string | null;
}

/** Everything a job handler may use. */
export interface JobContext {
  readonly db: Db;
  readonly provider: Provider;
  readonly clock: Clock;
  /** Carries the job's id and kind; never log the payload (it names members and records). */
  readonly log: Logger;
  readonly delivery: Delivery;
  readonly job: JobInfo;
  /**
   * The run started well after the due time (after downtime or retries), though within grace:
   * a reminder should say "(delayed)" so nobody takes it for on-time.
   */
  readonly late: boolean;
  /** Plans a follow-up job (idempotent by its dedupe key). */
  enqueue(job: NewJob): Promise<boolean>;
}

/** How a kind of job is declared. */
export interface JobSpec<S extends z.ZodType> {
  /** Unique name, stored in each row, e.g. "update.freshness". Never rename one with rows pending. */
  readonly kind: string;
  /** The payload's schema. A stored payload that fails it fails the job at once (no retry). */
  readonly payload: S;
  /** Runs before giving up on a job that keeps failing (default 5). */
  readonly maxAttempts?: number;
  /** How long after its due time the job is still worth running (default: the scheduler's, 6 h). */
  readonly graceMs?: number;
  /** Does the work. Throw to retry later; throw a PermanentJobError to fail without retrying. */
  run(ctx: JobContext, payload: z.output<S>): Promise<void>;
}

/** A declared kind of job, as the scheduler holds it: the payload's type is checked inside. */
export interface JobDefinition {
  readonly kind: string;
  readonly maxAttempts?: number;
  readonly graceMs?: number;
  /** Validates the stored payload, then runs the handler. */
  execute(ctx: JobContext, payload: unknown): Promise<void>;
}

/**
 * Declares a kind of job. The handler gets a payload already validated by its schema, so a
 * row written by an older version (or by hand) cannot reach it half-formed.
 */
export function defineJob<S extends z.ZodType>(spec: JobSpec<S>): JobDefinition {
  if (spec.maxAttempts !== undefined && !(Number.isInteger(spec.maxAttempts) && spec.maxAttempts >= 1)) {
    throw new Error(`job ${spec.kind}: maxAttempts must be a whole number of at least 1`);
  }
  return {
    kind: spec.kind,
    ...(spec.maxAttempts !== undefined ? { maxAttempts: spec.maxAttempts } : {}),
    ...(spec.graceMs !== undefined ? { graceMs: spec.graceMs } : {}),
    async execute(ctx, payload) {
      const parsed = spec.payload.safeParse(payload);
      if (!parsed.success) {
        // Paths and zod's messages only: the values themselves may be personal data.
        const problems = parsed.error.issues
          .map((issue) => `${issue.path.join(".") || "(payload)"}: ${issue.message}`)
          .join("; ");
        throw new JobPayloadError(spec.kind, problems);
      }
      await spec.run(ctx, parsed.data);
    },
  };
}
