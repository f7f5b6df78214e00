/**
 * Helpers for scheduler tests: a job that records its runs, gates to hold a handler mid-run, and
 * several clients on one database (several instances of Gather).
 */
import { Writable } from "node:stream";
import { onTestFinished } from "vitest";
import { z } from "zod";
import { ManualClock } from "../../src/core/clock.js";
import type { Delivery } from "../../src/core/delivery.js";
import { createLogger, silentLogger, type Logger } from "../../src/core/logger.js";
import { openDatabase, type Database } from "../../src/db/index.js";
import {
  defineJob,
  Scheduler,
  type JobContext,
  type JobDefinition,
  type SchedulerOptions,
} from "../../src/scheduler/index.js";
import type { TestDatabase } from "../support/db.js";

export const START = "2026-03-02T09:00:00Z";
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** Delivery is not under test here: it says nobody was reached. */
export const noDelivery: Delivery = {
  toMember: async () => ({ via: "none", reason: "test" }),
  toChannel: async () => {
    throw new Error("no channel in scheduler tests");
  },
  edit: async () => {
    throw new Error("no channel in scheduler tests");
  },
};

/** How many times each job ran (by dedupe key), and what the handler saw. */
export class Runs {
  readonly counts = new Map<string, number>();
  readonly seen: { key: string; late: boolean; attempts: number; dueAt: Date; payload: unknown }[] = [];
  #waiters: { n: number; resolve: () => void }[] = [];

  record(ctx: JobContext, payload: unknown): void {
    const key = ctx.job.dedupeKey;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.seen.push({ key, late: ctx.late, attempts: ctx.job.attempts, dueAt: ctx.job.dueAt, payload });
    for (const w of this.#waiters.filter((w) => this.total >= w.n)) w.resolve();
    this.#waiters = this.#waiters.filter((w) => this.total < w.n);
  }

  get total(): number {
    return this.seen.length;
  }

  /** Resolves once `n` runs have started in all: waiting on events, never on time. */
  reached(n: number): Promise<void> {
    return this.total >= n ? Promise.resolve() : new Promise((resolve) => this.#waiters.push({ n, resolve }));
  }

  /** Keys that ran more than once. */
  duplicates(): string[] {
    return [...this.counts].filter(([, n]) => n > 1).map(([key]) => key);
  }
}

/** Gates not yet opened: opened when a test ends, so a failed test cannot leave a scheduler waiting. */
const closedGates = new Set<Gate>();

/** A promise a test opens by hand, to hold a handler mid-run. */
export class Gate {
  readonly #opened: Promise<void>;
  #resolve!: () => void;

  constructor() {
    this.#opened = new Promise((resolve) => (this.#resolve = resolve));
    closedGates.add(this);
  }

  open(): void {
    closedGates.delete(this);
    this.#resolve();
  }

  wait(): Promise<void> {
    return this.#opened;
  }
}

export const ECHO = "test.echo";
export const echoPayload = z.object({ n: z.number().int() });

/** A job kind that records each run, then does `then` (hold, throw, …). */
export function echoJob(
  runs: Runs,
  options: { then?: (ctx: JobContext) => Promise<void>; maxAttempts?: number; graceMs?: number } = {},
): JobDefinition {
  return defineJob({
    kind: ECHO,
    payload: echoPayload,
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.graceMs !== undefined ? { graceMs: options.graceMs } : {}),
    run: async (ctx, payload) => {
      runs.record(ctx, payload);
      await options.then?.(ctx);
    },
  });
}

/** `n` due echo jobs with keys echo:0 … echo:n-1, written in one statement. */
export async function seedEchoJobs(db: Database, n: number, dueAt: Date): Promise<void> {
  await db.prisma.job.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      kind: ECHO,
      dueAt,
      payload: JSON.stringify({ n: i }),
      dedupeKey: `echo:${i}`,
    })),
  });
}

/** A scheduler on `db` with test defaults: silent, no delivery, owner "A". */
export function schedulerOn(
  db: Database,
  clock: ManualClock,
  jobs: readonly JobDefinition[],
  options: Partial<SchedulerOptions> = {},
): Scheduler {
  const scheduler = new Scheduler({
    db: db.prisma,
    provider: db.provider,
    clock,
    logger: silentLogger,
    delivery: noDelivery,
    jobs,
    owner: "A",
    ...options,
  });
  onTestFinished(async () => {
    for (const gate of [...closedGates]) gate.open();
    await scheduler.stop();
  });
  return scheduler;
}

/**
 * `count` separate clients (own connection or pool) on one fresh database, as separate
 * processes of Gather would have. Closed, then the database removed, after the test.
 */
export async function sharedDatabase(database: TestDatabase, count: number): Promise<Database[]> {
  const url = await database.createEmpty();
  const opened: Database[] = [];
  for (let i = 0; i < count; i++) opened.push(await openDatabase({ url, migrate: i === 0 }));
  // Registered after createEmpty's removal, so it runs before it (vitest runs these as a stack).
  onTestFinished(async () => {
    for (const db of opened) await db.close();
  });
  return opened;
}

/** A real pino logger whose lines a test can read and wait for. */
export class LogCapture {
  readonly lines: Record<string, unknown>[] = [];
  readonly text: string[] = [];
  readonly logger: Logger;
  #waiters: { msg: string; resolve: () => void }[] = [];

  constructor() {
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
          this.text.push(line);
          const parsed = JSON.parse(line) as Record<string, unknown>;
          this.lines.push(parsed);
          for (const w of this.#waiters.filter((w) => w.msg === parsed.msg)) w.resolve();
        }
        done();
      },
    });
    this.logger = createLogger({ level: "debug", destination: sink });
  }

  /** Resolves when a line with this message has been written (or already was). */
  waitFor(msg: string): Promise<void> {
    if (this.lines.some((l) => l.msg === msg)) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ msg, resolve }));
  }
}

/** The jobs table, for assertions. */
export function jobRows(db: Database) {
  return db.prisma.job.findMany({ orderBy: { dedupeKey: "asc" } });
}

export { ManualClock };
