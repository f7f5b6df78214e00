import { describe, expect, it } from "vitest";
import { enqueue, PermanentJobError } from "../../src/scheduler/index.js";
import { databases } from "../support/db.js";
import { ECHO, echoJob, ManualClock, Runs, schedulerOn, SECOND, START } from "./support.js";

describe.each(databases)("retries on $provider", (database) => {
  it("retries a failing job with growing back-off, then fails it for good after maxAttempts", async () => {
    const db = await database.open();
    const clock = new ManualClock(START);
    const runs = new Runs();
    const scheduler = schedulerOn(db, clock, [
      echoJob(runs, {
        then: async () => {
          throw new Error("platform down");
        },
      }),
    ]);
    await enqueue(db.prisma, { kind: ECHO, dueAt: clock.now(), payload: { n: 1 }, dedupeKey: "flaky" });
    const row = () => db.prisma.job.findFirstOrThrow();

    // Back-off after each failed run: 30 s, 1 min, 2 min, 4 min; the fifth failure is final.
    for (const [attempt, waitMs] of [
      [1, 30],
      [2, 60],
      [3, 120],
      [4, 240],
    ].map(([a, s]) => [a as number, (s as number) * SECOND] as const)) {
      expect(await scheduler.tick()).toMatchObject({ claimed: 1, retried: 1 });
      expect(await row()).toMatchObject({
        status: "pending",
        attempts: attempt,
        lastError: "platform down",
        leaseOwner: null,
      });
      expect((await row()).leaseExpiresAt?.getTime()).toBe(clock.now().getTime() + waitMs);

      clock.advance(waitMs - 1);
      expect((await scheduler.tick()).claimed).toBe(0);
      clock.advance(1);
    }
    expect(await scheduler.tick()).toMatchObject({ claimed: 1, failed: 1, retried: 0 });
    const failed = await row();
    expect(failed).toMatchObject({ status: "failed", attempts: 5, lastError: "platform down", leaseExpiresAt: null });
    expect(failed.finishedAt?.getTime()).toBe(clock.now().getTime());
    // The planned time never moved: handlers reason about it ("changes until the digest's time").
    expect(failed.dueAt.toISOString()).toBe(new Date(START).toISOString());
    expect(runs.seen.map((s) => [s.attempts, s.dueAt.toISOString()])).toEqual(
      [1, 2, 3, 4, 5].map((a) => [a, new Date(START).toISOString()]),
    );

    clock.advance(24 * 3600 * SECOND);
    expect((await scheduler.tick()).claimed).toBe(0);
  });

  it("succeeds on a later attempt and is done", async () => {
    const db = await database.open();
    const clock = new ManualClock(START);
    const runs = new Runs();
    const scheduler = schedulerOn(db, clock, [
      echoJob(runs, {
        then: async (ctx) => {
          if (ctx.job.attempts === 1) throw new Error("rate limited");
        },
      }),
    ]);
    await enqueue(db.prisma, { kind: ECHO, dueAt: clock.now(), payload: { n: 1 }, dedupeKey: "once-flaky" });
    expect(await scheduler.tick()).toMatchObject({ retried: 1 });
    clock.advance(30 * SECOND);
    expect(await scheduler.tick()).toMatchObject({ done: 1 });
    expect(await db.prisma.job.findFirstOrThrow()).toMatchObject({ status: "done", attempts: 2 });
  });

  it("honours a definition's own maxAttempts, and fails at once on a PermanentJobError", async () => {
    const db = await database.open();
    const clock = new ManualClock(START);
    const runs = new Runs();
    const scheduler = schedulerOn(db, clock, [
      echoJob(runs, {
        maxAttempts: 1,
        then: async (ctx) => {
          if (ctx.job.dedupeKey === "gone") throw new PermanentJobError("test.gone", "the meeting was deleted");
          throw new Error("down");
        },
      }),
    ]);
    await enqueue(db.prisma, { kind: ECHO, dueAt: clock.now(), payload: { n: 1 }, dedupeKey: "gone" });
    await enqueue(db.prisma, { kind: ECHO, dueAt: clock.now(), payload: { n: 2 }, dedupeKey: "one-shot" });
    expect(await scheduler.tick()).toMatchObject({ claimed: 2, failed: 2 });
    expect(
      (await db.prisma.job.findMany({ orderBy: { dedupeKey: "asc" } })).map((r) => [
        r.dedupeKey,
        r.status,
        r.lastError,
      ]),
    ).toEqual([
      ["gone", "failed", "PermanentJobError: the meeting was deleted"],
      ["one-shot", "failed", "down"],
    ]);
  });

  it("keeps only the first line-folded, truncated message of an error", async () => {
    const db = await database.open();
    const clock = new ManualClock(START);
    const scheduler = schedulerOn(db, clock, [
      echoJob(new Runs(), {
        maxAttempts: 1,
        then: async () => {
          throw new TypeError(`bad\n${"x".repeat(2_000)}`);
        },
      }),
    ]);
    await enqueue(db.prisma, { kind: ECHO, dueAt: clock.now(), payload: { n: 1 }, dedupeKey: "long" });
    await scheduler.tick();
    const { lastError } = await db.prisma.job.findFirstOrThrow();
    expect(lastError).toMatch(/^TypeError: bad x+…$/);
    expect(lastError).toHaveLength(500);
    expect(lastError).not.toContain("at ");
  });
});
