/**
 * The tick: read a bounded batch of due rows, claim them one by one by lease, run each with its
 * handler, record the outcome. node-cron only decides when to tick; what to run is in the rows.
 * See lease.ts for why each job runs once across instances, heartbeat.ts for how a slow job keeps
 * its lease, and policy.ts for the numbers.
 */
import cron, { type ScheduledTask, type Logger as CronLogger } from "node-cron";
import type { Clock } from "../core/clock.js";
import type { Delivery } from "../core/delivery.js";
import type { Logger } from "../core/logger.js";
import { noMetrics, type Metrics } from "../core/metrics.js";
import type { Db, Provider } from "../db/index.js";
import type { JobDefinition, JobInfo } from "./handlers.js";
import { HeldLease } from "./heartbeat.js";
import {
  claim,
  claimSkipLocked,
  findClaimable,
  releaseAll,
  settleUnclaimed,
  type Candidate,
  type Lease,
} from "./lease.js";
import { describeError, isBeyondGrace, SchedulerDefaults } from "./policy.js";
import { drain, within } from "./pool.js";
import { infoOf, payloadOf, runClaimed } from "./run.js";

/** A job that was too late to run, for telling someone it did not happen. */
export interface SkippedJob extends JobInfo {
  /** The stored payload (parsed JSON), so the app can say what was missed. Do not log it. */
  readonly payload: unknown;
}

/** What a Scheduler runs on; everything comes in here, nothing is read from the environment. */
export interface SchedulerOptions {
  readonly db: Db;
  readonly provider: Provider;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly delivery: Delivery;
  readonly jobs: readonly JobDefinition[];
  /** This instance's name in leases: unique per process (host, pid and something random). */
  readonly owner: string;
  /** Default 60 s. */
  readonly leaseMs?: number;
  /** Default 100. */
  readonly batchSize?: number;
  /** Default 8. */
  readonly concurrency?: number;
  /** Default 6 h; a job definition's own graceMs wins. */
  readonly defaultGraceMs?: number;
  /** How long a tick waits for one job (real time); must be shorter than the lease. Default 30 s. */
  readonly jobTimeoutMs?: number;
  /** Called once (by the one instance that skipped it) for each job skipped as too late. */
  readonly onSkipped?: (job: SkippedJob) => Promise<void>;
  /** Counts jobs due, claimed, sent, failed, skipped; samples how many due jobs wait. Default: counts nothing. */
  readonly metrics?: Metrics;
  /**
   * PostgreSQL: claim with `FOR UPDATE SKIP LOCKED` (default true). False uses the portable
   * conditional update SQLite uses (kept for comparison in the benchmarks). Ignored on SQLite.
   */
  readonly skipLocked?: boolean;
}

/** What one tick did. */
export interface TickResult {
  /** Jobs this instance claimed and ran. */
  claimed: number;
  done: number;
  /** Failed for good: out of attempts, a bad payload, an unknown kind. */
  failed: number;
  /** Failed and planned again after a back-off. */
  retried: number;
  /** Too late to run (beyond grace). */
  skipped: number;
  /** Ran, but the outcome could not be recorded: the lease had passed to another instance. */
  lost: number;
  /** Still running when the tick stopped waiting; its lease is renewed until it ends and records itself. */
  timedOut: number;
}

/** What one {@link Scheduler.renewLeases} did. */
export interface RenewalResult {
  /** Leases moved on to now + leaseMs. */
  renewed: number;
  /** Jobs still running here whose lease another instance has taken (or stop() gave back). */
  lost: number;
  /** Renewals the database did not answer; tried again at the next renewal. */
  failed: number;
}

/**
 * Runs durable jobs. Any number of instances may share one database: each job is run by one of
 * them, once (or again only after its holder crashed or hung past its lease).
 */
export class Scheduler {
  /** This instance's name in leases. */
  readonly owner: string;
  readonly #o: SchedulerOptions;
  readonly #settings: {
    leaseMs: number;
    batchSize: number;
    concurrency: number;
    defaultGraceMs: number;
    jobTimeoutMs: number;
  };
  readonly #definitions: ReadonlyMap<string, JobDefinition>;
  readonly #log: Logger;
  readonly #ticks = new Set<Promise<TickResult>>();
  /** Jobs this process claimed and is still running, with their logger. */
  readonly #held = new Map<HeldLease, Logger>();
  #task: ScheduledTask | undefined;
  #renewTimer: NodeJS.Timeout | undefined;
  #renewing: Promise<RenewalResult> | undefined;
  #released = false;
  #cronTick: Promise<void> | undefined;
  #stopping = false;

  constructor(options: SchedulerOptions) {
    this.#o = options;
    this.owner = options.owner;
    this.#settings = {
      leaseMs: positive("leaseMs", options.leaseMs ?? SchedulerDefaults.leaseMs),
      batchSize: positive("batchSize", options.batchSize ?? SchedulerDefaults.batchSize),
      concurrency: positive("concurrency", options.concurrency ?? SchedulerDefaults.concurrency),
      defaultGraceMs: positive("defaultGraceMs", options.defaultGraceMs ?? SchedulerDefaults.defaultGraceMs),
      jobTimeoutMs: positive(
        "jobTimeoutMs",
        options.jobTimeoutMs ??
          Math.min(SchedulerDefaults.jobTimeoutMs, (options.leaseMs ?? SchedulerDefaults.leaseMs) / 2),
      ),
    };
    if (this.#settings.jobTimeoutMs >= this.#settings.leaseMs) {
      // Otherwise a slow job could lose its lease while this tick still waits for it.
      throw new Error("Scheduler: jobTimeoutMs must be shorter than leaseMs");
    }
    if (!options.owner) throw new Error("Scheduler: owner (this instance's id) is required");
    const definitions = new Map<string, JobDefinition>();
    for (const job of options.jobs) {
      if (definitions.has(job.kind)) throw new Error(`Scheduler: two definitions of job kind "${job.kind}"`);
      definitions.set(job.kind, job);
    }
    this.#definitions = definitions;
    this.#log = options.logger.child({ scheduler: options.owner });
  }

  /**
   * Claims and runs what is due now, reading at most batchSize rows at a time, waits for those
   * runs, and says what happened. Never throws: a database error is logged and the next tick tries
   * again. After stop(), does nothing.
   */
  async tick(): Promise<TickResult> {
    const result: TickResult = { claimed: 0, done: 0, failed: 0, retried: 0, skipped: 0, lost: 0, timedOut: 0 };
    if (this.#stopping) return result;
    const running = this.#tick(result);
    this.#ticks.add(running);
    try {
      return await running;
    } finally {
      this.#ticks.delete(running);
      await this.#count(result);
    }
  }

  /** Adds a tick's outcome to the metrics, and samples the due-and-waiting gauge. Never throws. */
  async #count(result: TickResult): Promise<void> {
    const metrics = this.#o.metrics;
    if (!metrics || metrics === noMetrics) return;
    metrics.jobs("claimed", result.claimed);
    metrics.jobs("sent", result.done);
    metrics.jobs("failed", result.failed);
    metrics.jobs("skipped", result.skipped);
    metrics.jobs("retried", result.retried);
    metrics.jobs("lost", result.lost);
    try {
      const now = this.#o.clock.now();
      metrics.jobsDuePending(await this.#o.db.job.count({ where: { status: "pending", dueAt: { lte: now } } }));
    } catch (error) {
      this.#log.debug({ error: describeError(error) }, "could not count due jobs");
    }
  }

  /**
   * Moves the lease of every job this process is still running on to now + leaseMs, so that no
   * other instance takes a slow but live job for crashed (see heartbeat.ts). start() calls it
   * every leaseMs/3, on its own timer rather than in the tick: a busy tick holds up the next one.
   * Never rejects. After stop() has given the leases back, does nothing.
   */
  async renewLeases(): Promise<RenewalResult> {
    const result: RenewalResult = { renewed: 0, lost: 0, failed: 0 };
    if (this.#released) return result;
    const expiresAt = new Date(this.#o.clock.now().getTime() + this.#settings.leaseMs);
    await Promise.all(
      [...this.#held].map(async ([lease, log]) => {
        try {
          const renewal = await lease.renew(expiresAt);
          if (renewal === "ended") return;
          result[renewal]++;
          if (renewal === "lost")
            log.warn("lease lost while the job was still running here: another instance may run it too");
        } catch (error) {
          result.failed++;
          log.warn({ error: describeError(error) }, "could not renew the lease; trying again at the next renewal");
        }
      }),
    );
    return result;
  }

  /**
   * Ticks on a node-cron schedule (with seconds; default every 5 s). A tick still running when
   * the next is due is not overlapped: that one is dropped. Renews the leases of running jobs
   * every leaseMs/3 (real time; the new expiry from the clock).
   */
  start(expression: string = SchedulerDefaults.cron): void {
    if (this.#stopping) throw new Error("Scheduler: a stopped scheduler does not start again; create a new one");
    if (this.#task) return;
    if (!cron.validate(expression)) throw new Error(`Scheduler: "${expression}" is not a cron expression`);
    this.#task = cron.schedule(expression, () => this.#onCron(), {
      name: `gather-jobs-${this.owner}`,
      logger: cronLogger(this.#log),
    });
    this.#renewTimer = setInterval(() => this.#onRenewTimer(), this.#settings.leaseMs / 3);
    // Renewing leases must not keep the process alive on its own.
    this.#renewTimer.unref();
  }

  #onRenewTimer(): void {
    if (this.#renewing) return; // the previous renewal is still waiting for the database
    this.#renewing = this.renewLeases();
    void this.#renewing.finally(() => (this.#renewing = undefined));
  }

  /**
   * Stops ticking, waits for the jobs in flight, then gives back any lease still held (a job the
   * tick stopped waiting for) so another instance can run it at once. Safe to call twice.
   */
  async stop(): Promise<void> {
    this.#stopping = true;
    const task = this.#task;
    this.#task = undefined;
    if (task) await task.destroy();
    // Leases are still renewed while the jobs in flight finish; then the rest are given back.
    await Promise.allSettled([...this.#ticks]);
    clearInterval(this.#renewTimer);
    this.#renewTimer = undefined;
    await this.#renewing;
    this.#released = true;
    try {
      const released = await releaseAll(this.#o.db, this.owner);
      if (released > 0)
        this.#log.warn({ released }, "gave back jobs still running at stop; another instance may run them again");
    } catch (error) {
      this.#log.error(
        { error: describeError(error) },
        "could not give back held jobs; they are taken over when their leases expire",
      );
    }
  }

  async #onCron(): Promise<void> {
    if (this.#cronTick) return; // the previous tick is still at work
    this.#cronTick = this.tick().then((result) => {
      if (result.claimed + result.skipped + result.failed > 0) this.#log.info(result, "tick");
    });
    try {
      await this.#cronTick;
    } finally {
      this.#cronTick = undefined;
    }
  }

  async #tick(result: TickResult): Promise<TickResult> {
    // A backlog (after downtime; a Monday-morning digest for every network) is worked through batch
    // after batch within the tick, at the speed of the jobs rather than one batch per cron interval.
    // Each read stays bounded. The loop ends when a read comes back short (nothing more is due), when
    // a batch moved nothing on for this instance (others took every row), or on stop().
    for (;;) {
      let rows: Candidate[];
      try {
        rows = await findClaimable(this.#o.db, this.#o.clock.now(), this.#settings.batchSize);
      } catch (error) {
        this.#log.error({ error: describeError(error) }, "could not read due jobs");
        return result;
      }
      this.#o.metrics?.jobs("due", rows.length);
      const before = progress(result);
      // PostgreSQL: each worker claims the next runnable row of this batch that no worker of this
      // instance has tried yet, skipping rows another instance holds locked (see claimSkipLocked);
      // SQLite: the row in hand, by the portable conditional update.
      const free =
        this.#o.provider === "postgresql" && this.#o.skipLocked !== false
          ? this.#runnable(rows, this.#o.clock.now())
          : undefined;
      await drain(
        rows,
        this.#settings.concurrency,
        (row) => this.#take(row, result, free),
        () => this.#stopping,
      );
      if (rows.length < this.#settings.batchSize || this.#stopping || progress(result) === before) return result;
    }
  }

  /** The rows of a batch that would be run rather than settled (known kind, within grace, runs left). */
  #runnable(rows: readonly Candidate[], now: Date): Map<string, Candidate> {
    const runnable = new Map<string, Candidate>();
    for (const row of rows) {
      const definition = this.#definitions.get(row.kind);
      if (!definition) continue;
      if (isBeyondGrace(row.dueAt, now, definition.graceMs ?? this.#settings.defaultGraceMs)) continue;
      if (row.attempts >= (definition.maxAttempts ?? SchedulerDefaults.maxAttempts)) continue;
      runnable.set(row.id, row);
    }
    return runnable;
  }

  /**
   * Decides what to do with one due row, and does it. Never rejects. With `free` (PostgreSQL), a
   * runnable row is a turn to claim the earliest runnable row of the batch not yet tried here,
   * going on down the batch past rows other instances took.
   */
  async #take(row: Candidate, result: TickResult, free?: Map<string, Candidate>): Promise<void> {
    let log = this.#log.child({ job: row.id, kind: row.kind });
    try {
      const { db, clock } = this.#o;
      const now = clock.now();
      const definition = this.#definitions.get(row.kind);
      if (!definition) {
        // Every instance should know every kind; an unknown one is a bug or a removed feature.
        if (await settleUnclaimed(db, row, now, "failed", `unknown job kind "${row.kind}"`)) {
          result.failed++;
          log.error("unknown job kind: marked failed");
        }
        return;
      }
      if (isBeyondGrace(row.dueAt, now, definition.graceMs ?? this.#settings.defaultGraceMs)) {
        // After downtime, a reminder for something already over helps nobody: skip it and say so.
        if (await settleUnclaimed(db, row, now, "skipped")) {
          result.skipped++;
          log.warn({ dueAt: row.dueAt }, "too late to run: skipped");
          await this.#reportSkipped(row, log);
        }
        return;
      }
      const maxAttempts = definition.maxAttempts ?? SchedulerDefaults.maxAttempts;
      if (row.attempts >= maxAttempts) {
        // Only a row whose lease expired gets here: every run so far died with its instance or
        // hung. Running it again could take down another instance, so stop.
        const reason = `gave up after ${row.attempts} runs that never finished (the instance stopped or the job hung)`;
        if (await settleUnclaimed(db, row, now, "failed", reason)) {
          result.failed++;
          log.error({ attempts: row.attempts }, "job never finished: marked failed");
        }
        return;
      }
      const lease: Lease = { owner: this.owner, expiresAt: new Date(now.getTime() + this.#settings.leaseMs) };
      let job: Awaited<ReturnType<typeof claim>>;
      let runs = definition;
      if (free) {
        job = undefined;
        while (!job && !this.#stopping) {
          const next = free.values().next();
          if (next.done) return; // every runnable row of the batch is taken
          free.delete(next.value.id); // no other worker of this instance tries it too
          job = await claimSkipLocked(db, next.value, lease, now);
        }
        if (!job) return;
        runs = this.#definitions.get(job.kind) ?? definition;
        log = this.#log.child({ job: job.id, kind: job.kind });
      } else {
        job = await claim(db, row, lease, now);
        if (!job) return; // another instance claimed it first
      }
      result.claimed++;
      const held = new HeldLease(db, job, lease);
      this.#held.set(held, log);
      const running = runClaimed(this.#o, job, runs, held, log);
      void running.then(() => this.#held.delete(held));
      const outcome = await within(running, this.#settings.jobTimeoutMs, "timedOut" as const);
      if (outcome === "timedOut") {
        result.timedOut++;
        log.warn(
          { afterMs: this.#settings.jobTimeoutMs },
          "job still running; moving on (its lease is renewed until it ends and records itself)",
        );
        void running.then((late) => log.info({ outcome: late }, "job that timed out has ended"));
        return;
      }
      result[outcome]++;
    } catch (error) {
      log.error({ error: describeError(error) }, "could not handle job; it is taken again when its lease expires");
    }
  }

  async #reportSkipped(row: Candidate, log: Logger): Promise<void> {
    if (!this.#o.onSkipped) return;
    let payload: unknown;
    try {
      payload = payloadOf(row);
    } catch {
      payload = undefined;
    }
    try {
      await this.#o.onSkipped({ ...infoOf(row), payload });
    } catch (error) {
      log.error({ error: describeError(error) }, "onSkipped failed");
    }
  }
}

/** Rows this instance has moved on: claimed, or settled without running. */
function progress(result: TickResult): number {
  return result.claimed + result.skipped + result.failed;
}

function positive(name: string, value: number): number {
  if (!(Number.isFinite(value) && value > 0)) throw new Error(`Scheduler: ${name} must be a positive number`);
  return value;
}

/** node-cron's own warnings (a missed tick when the event loop was blocked) go to our log. */
function cronLogger(log: Logger): CronLogger {
  const text = (message: string | Error): string => (message instanceof Error ? describeError(message) : message);
  return {
    info: (message) => log.debug({ source: "node-cron" }, message),
    warn: (message) => log.warn({ source: "node-cron" }, message),
    error: (message) => log.error({ source: "node-cron" }, text(message)),
    debug: (message) => log.debug({ source: "node-cron" }, text(message)),
  };
}
