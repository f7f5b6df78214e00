import { describe, expect, it } from "vitest";
import { enqueue, type SkippedJob } from "../../src/scheduler/index.js";
import { databases } from "../support/db.js";
import { ECHO, echoJob, HOUR, ManualClock, MINUTE, Runs, schedulerOn, SECOND, START } from "./support.js";

describe.each(databases)("late jobs on $provider", (database) => {
  const setUp = async (options: { graceMs?: number } = {}) => {
    const db = await database.open();
    const clock = new ManualClock(START);
    const runs = new Runs();
    const skipped: SkippedJob[] = [];
    const scheduler = schedulerOn(db, clock, [echoJob(runs, options)], {
      onSkipped: async (job) => {
        skipped.push(job);
      },
    });
    const plan = (key: string, n = 1) =>
      enqueue(db.prisma, { kind: ECHO, dueAt: clock.now(), payload: { n }, dedupeKey: key, networkId: "net-1" });
    return { db, clock, runs, skipped, scheduler, plan };
  };

  it('runs a job on time within the tolerance, and as late ("delayed") after it', async () => {
    const { clock, runs, scheduler, plan } = await setUp();
    await plan("on-time");
    clock.advance(60 * SECOND); // a minute of tick interval and load: still on time
    await scheduler.tick();
    await plan("late");
    clock.advance(60 * SECOND + 1);
    await scheduler.tick();
    expect(runs.seen.map((s) => [s.key, s.late])).toEqual([
      ["on-time", false],
      ["late", true],
    ]);
  });

  it("still runs a job within the 6 h default grace after downtime, marked late", async () => {
    const { clock, runs, skipped, scheduler, plan } = await setUp();
    await plan("after-downtime");
    clock.advance(6 * HOUR);
    expect(await scheduler.tick()).toMatchObject({ done: 1, skipped: 0 });
    expect(runs.seen.map((s) => s.late)).toEqual([true]);
    expect(skipped).toEqual([]);
  });

  it("skips a job beyond grace without running it, and reports it once", async () => {
    const { db, clock, runs, skipped, scheduler, plan } = await setUp();
    await plan("missed", 7);
    clock.advance(6 * HOUR + 1);
    expect(await scheduler.tick()).toMatchObject({ claimed: 0, skipped: 1 });
    expect(await scheduler.tick()).toMatchObject({ skipped: 0 });
    expect(runs.total).toBe(0);
    const row = await db.prisma.job.findFirstOrThrow();
    expect(row).toMatchObject({ status: "skipped", attempts: 0, leaseOwner: null });
    expect(row.finishedAt?.getTime()).toBe(clock.now().getTime());
    expect(skipped).toEqual([
      {
        id: row.id,
        kind: ECHO,
        dueAt: new Date(START),
        attempts: 0,
        dedupeKey: "missed",
        networkId: "net-1",
        payload: { n: 7 },
      },
    ]);
  });

  it("uses a definition's own grace", async () => {
    const { clock, skipped, scheduler, plan } = await setUp({ graceMs: 10 * MINUTE });
    await plan("short-lived");
    clock.advance(10 * MINUTE + 1);
    expect(await scheduler.tick()).toMatchObject({ skipped: 1 });
    expect(skipped.map((s) => s.dedupeKey)).toEqual(["short-lived"]);
  });

  it("carries on when onSkipped fails", async () => {
    const db = await database.open();
    const clock = new ManualClock(START);
    const scheduler = schedulerOn(db, clock, [echoJob(new Runs())], {
      onSkipped: async () => {
        throw new Error("coordinator unreachable");
      },
    });
    await enqueue(db.prisma, { kind: ECHO, dueAt: clock.now(), payload: { n: 1 }, dedupeKey: "a" });
    clock.advance(7 * HOUR);
    expect(await scheduler.tick()).toMatchObject({ skipped: 1 });
  });
});
