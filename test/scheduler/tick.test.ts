import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Database } from "../../src/db/index.js";
import { defineJob, enqueue } from "../../src/scheduler/index.js";
import { databases } from "../support/db.js";
import {
  ECHO,
  echoJob,
  Gate,
  HOUR,
  LogCapture,
  ManualClock,
  MINUTE,
  Runs,
  schedulerOn,
  seedEchoJobs,
  START,
} from "./support.js";

const echo = (key: string, dueAt: Date, n = 1) => ({ kind: ECHO, dueAt, payload: { n }, dedupeKey: key });

describe.each(databases)("the tick on $provider", (database) => {
  let db: Database;
  let clock: ManualClock;
  const open = async () => {
    db = await database.open();
    clock = new ManualClock(START);
  };

  it("runs a due job once and marks it done", async () => {
    await open();
    const runs = new Runs();
    const scheduler = schedulerOn(db, clock, [echoJob(runs)]);
    await enqueue(db.prisma, echo("due", clock.now(), 42));

    expect(await scheduler.tick()).toMatchObject({ claimed: 1, done: 1, failed: 0, retried: 0, skipped: 0, lost: 0 });
    expect(await scheduler.tick()).toMatchObject({ claimed: 0 });
    clock.advance(HOUR);
    expect(await scheduler.tick()).toMatchObject({ claimed: 0 });

    expect(runs.seen).toEqual([{ key: "due", late: false, attempts: 1, dueAt: new Date(START), payload: { n: 42 } }]);
    const row = await db.prisma.job.findFirstOrThrow();
    expect(row).toMatchObject({ status: "done", attempts: 1, leaseOwner: null, leaseExpiresAt: null, lastError: null });
    expect(row.finishedAt?.toISOString()).toBe(START.replace("Z", ".000Z"));
  });

  it("leaves a future job until the clock reaches it", async () => {
    await open();
    const runs = new Runs();
    const scheduler = schedulerOn(db, clock, [echoJob(runs)]);
    await enqueue(db.prisma, echo("later", new Date(clock.now().getTime() + 10 * MINUTE)));

    expect((await scheduler.tick()).claimed).toBe(0);
    clock.advance(10 * MINUTE - 1);
    expect((await scheduler.tick()).claimed).toBe(0);
    clock.advance(1);
    expect(await scheduler.tick()).toMatchObject({ claimed: 1, done: 1 });
    expect(runs.counts).toEqual(new Map([["later", 1]]));
  });

  it("runs due jobs earliest first", async () => {
    await open();
    const runs = new Runs();
    const scheduler = schedulerOn(db, clock, [echoJob(runs)], { concurrency: 1 });
    const t = clock.now().getTime();
    await enqueue(db.prisma, echo("third", new Date(t - 1 * MINUTE)));
    await enqueue(db.prisma, echo("first", new Date(t - 3 * MINUTE)));
    await enqueue(db.prisma, echo("second", new Date(t - 2 * MINUTE)));
    await scheduler.tick();
    expect(runs.seen.map((s) => s.key)).toEqual(["first", "second", "third"]);
  });

  it("does not run a cancelled job", async () => {
    await open();
    const runs = new Runs();
    const scheduler = schedulerOn(db, clock, [echoJob(runs)]);
    await enqueue(db.prisma, echo("cancelled", clock.now()));
    await db.prisma.job.updateMany({ data: { status: "cancelled" } });
    expect((await scheduler.tick()).claimed).toBe(0);
    expect(runs.total).toBe(0);
  });

  it("reads at most batchSize rows at a time, and none of the jobs not yet due", async () => {
    await open();
    const runs = new Runs();
    const reads: { take: number | undefined; rows: number }[] = [];
    const scheduler = schedulerOn({ ...db, prisma: countingReads(db.prisma, reads) }, clock, [echoJob(runs)], {
      batchSize: 50,
    });
    // Stand-ins for the 100,000 reminders of a big network: all in the future.
    await seedEchoJobs(db, 2_000, new Date(clock.now().getTime() + 24 * HOUR));

    expect((await scheduler.tick()).claimed).toBe(0);
    expect(reads).toEqual([{ take: 50, rows: 0 }]);
    expect(runs.total).toBe(0);
  });

  it("works through a backlog batch by batch within one tick", async () => {
    await open();
    const runs = new Runs();
    const reads: { take: number | undefined; rows: number }[] = [];
    const scheduler = schedulerOn({ ...db, prisma: countingReads(db.prisma, reads) }, clock, [echoJob(runs)], {
      batchSize: 50,
    });
    await seedEchoJobs(db, 120, clock.now());

    expect(await scheduler.tick()).toMatchObject({ claimed: 120, done: 120 });
    expect(reads).toEqual([
      { take: 50, rows: 50 },
      { take: 50, rows: 50 },
      { take: 50, rows: 20 },
    ]);
    expect(runs.counts.size).toBe(120);
  });

  it("keeps going past a slow job: the other jobs of the tick run meanwhile", async () => {
    await open();
    const runs = new Runs();
    const slow = new Gate();
    const scheduler = schedulerOn(
      db,
      clock,
      [echoJob(runs, { then: async (ctx) => (ctx.job.dedupeKey === "echo:0" ? slow.wait() : undefined) })],
      { concurrency: 2 },
    );
    await seedEchoJobs(db, 6, clock.now());

    const ticking = scheduler.tick();
    await runs.reached(6); // all six started while echo:0 is still held: one worker waits, the other went on
    expect(runs.seen[0]?.key).toBe("echo:0");
    slow.open();
    expect(await ticking).toMatchObject({ claimed: 6, done: 6 });
  });

  it("fails a job of an unknown kind, with the reason, without running anything", async () => {
    await open();
    const scheduler = schedulerOn(db, clock, [echoJob(new Runs())]);
    await enqueue(db.prisma, { ...echo("orphan", clock.now()), kind: "removed.feature" });
    expect(await scheduler.tick()).toMatchObject({ claimed: 0, failed: 1 });
    expect(await db.prisma.job.findFirstOrThrow()).toMatchObject({
      status: "failed",
      attempts: 0,
      lastError: 'unknown job kind "removed.feature"',
    });
  });

  it("fails a job whose payload does not match its schema, at once and without running it", async () => {
    await open();
    const runs = new Runs();
    const scheduler = schedulerOn(db, clock, [echoJob(runs)]);
    await enqueue(db.prisma, {
      kind: ECHO,
      dueAt: clock.now(),
      payload: { n: "seven", secret: "Alice's phone number" },
      dedupeKey: "bad",
    });
    await db.prisma.job.create({
      data: { kind: ECHO, dueAt: clock.now(), payload: "{not json", dedupeKey: "garbled" },
    });

    expect(await scheduler.tick()).toMatchObject({ claimed: 2, failed: 2, retried: 0 });
    expect(runs.total).toBe(0);
    const rows = await db.prisma.job.findMany({ orderBy: { dedupeKey: "asc" } });
    expect(rows.map((r) => [r.dedupeKey, r.status, r.attempts])).toEqual([
      ["bad", "failed", 1],
      ["garbled", "failed", 1],
    ]);
    expect(rows[0]?.lastError).toMatch(/^JobPayloadError: payload does not match test\.echo: n: /);
    expect(rows[0]?.lastError).not.toContain("seven");
    expect(rows[1]?.lastError).toBe("PermanentJobError: payload of test.echo is not JSON");
  });

  it("gives handlers what they plan with: the job, the database and enqueue", async () => {
    await open();
    const chain = defineJob({
      kind: "test.chain",
      payload: z.object({ step: z.number() }),
      run: async (ctx, { step }) => {
        if (step < 3)
          await ctx.enqueue({
            kind: "test.chain",
            dueAt: new Date(ctx.job.dueAt.getTime() + MINUTE),
            payload: { step: step + 1 },
            dedupeKey: `chain:${step + 1}`,
          });
      },
    });
    const scheduler = schedulerOn(db, clock, [chain]);
    await enqueue(db.prisma, { kind: "test.chain", dueAt: clock.now(), payload: { step: 1 }, dedupeKey: "chain:1" });
    for (let i = 0; i < 3; i++) {
      await scheduler.tick();
      clock.advance(MINUTE);
    }
    expect(
      (await db.prisma.job.findMany({ orderBy: { dedupeKey: "asc" } })).map((r) => [r.dedupeKey, r.status]),
    ).toEqual([
      ["chain:1", "done"],
      ["chain:2", "done"],
      ["chain:3", "done"],
    ]);
  });

  it("logs ids and outcomes, never the payload or an error's stack", async () => {
    await open();
    const log = new LogCapture();
    const scheduler = schedulerOn(
      db,
      clock,
      [
        echoJob(new Runs(), {
          then: async () => {
            throw new Error("could not reach the member");
          },
        }),
      ],
      { logger: log.logger },
    );
    await enqueue(db.prisma, {
      kind: ECHO,
      dueAt: clock.now(),
      payload: { n: 1, note: "Alice Jones 07700 900123" },
      dedupeKey: "private",
    });
    await scheduler.tick();
    const row = await db.prisma.job.findFirstOrThrow();
    expect(log.lines).toContainEqual(
      expect.objectContaining({
        msg: "job failed; will retry",
        job: row.id,
        kind: ECHO,
        attempts: 1,
        error: "could not reach the member",
      }),
    );
    const all = log.text.join("\n");
    expect(all).not.toContain("07700");
    expect(all).not.toContain("Alice");
    expect(all).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("never throws: a database error is logged and the tick ends empty", async () => {
    await open();
    const scheduler = schedulerOn({ ...db, prisma: failingReads(db.prisma) }, clock, [echoJob(new Runs())]);
    await enqueue(db.prisma, echo("due", clock.now()));
    expect(await scheduler.tick()).toMatchObject({ claimed: 0, done: 0 });
  });

  it("refuses two definitions of one kind, and a timeout as long as the lease", async () => {
    await open();
    const runs = new Runs();
    expect(() => schedulerOn(db, clock, [echoJob(runs), echoJob(runs)])).toThrow(
      'two definitions of job kind "test.echo"',
    );
    expect(() => schedulerOn(db, clock, [], { leaseMs: 1000, jobTimeoutMs: 1000 })).toThrow(
      "jobTimeoutMs must be shorter than leaseMs",
    );
  });
});

type Prisma = Database["prisma"];

/**
 * The client with `job.findMany` observed: how many rows each read asked for and got. A Proxy
 * rather than a mock, so every other call is the real client.
 */
function countingReads(prisma: Prisma, reads: { take: number | undefined; rows: number }[]): Prisma {
  return withJobFindMany(prisma, async (real, args) => {
    const rows = await real(args);
    reads.push({ take: args?.take, rows: rows.length });
    return rows;
  });
}

function failingReads(prisma: Prisma): Prisma {
  return withJobFindMany(prisma, async () => {
    throw new Error("connection lost");
  });
}

type FindMany = Prisma["job"]["findMany"];
type FindManyArgs = Parameters<FindMany>[0];

function withJobFindMany(
  prisma: Prisma,
  findMany: (real: (args: FindManyArgs) => Promise<unknown[]>, args: FindManyArgs) => Promise<unknown[]>,
): Prisma {
  return new Proxy(prisma, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (prop !== "job") return typeof value === "function" ? value.bind(target) : value;
      const delegate = value as Prisma["job"];
      return new Proxy(delegate, {
        get(d, p) {
          const v: unknown = Reflect.get(d, p, d);
          if (p === "findMany") return (args: FindManyArgs) => findMany((a) => d.findMany(a), args);
          return typeof v === "function" ? v.bind(d) : v;
        },
      });
    },
  });
}
