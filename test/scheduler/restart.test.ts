/**
 * Restarts and crashes: two schedulers, each on its own client of one database, as two processes
 * (or one process before and after a restart) would be.
 */
import { describe, expect, it } from "vitest";
import { databases } from "../support/db.js";
import {
  echoJob,
  Gate,
  jobRows,
  LogCapture,
  ManualClock,
  MINUTE,
  Runs,
  schedulerOn,
  seedEchoJobs,
  sharedDatabase,
  SECOND,
  START,
} from "./support.js";

describe.each(databases)("restarts and crashes on $provider", (database) => {
  it("stop(): finishes what is in flight, claims nothing more; a new instance runs the rest exactly once", async () => {
    const [dbA, dbB] = await sharedDatabase(database, 2);
    if (!dbA || !dbB) throw new Error("two clients expected");
    const clock = new ManualClock(START);
    const runs = new Runs();
    const inFlight = new Gate();
    const a = schedulerOn(dbA, clock, [echoJob(runs, { then: () => inFlight.wait() })], { owner: "A", concurrency: 2 });
    await seedEchoJobs(dbA, 10, clock.now());

    const ticking = a.tick();
    await runs.reached(2); // A holds two jobs mid-run
    const stopping = a.stop(); // e.g. SIGTERM
    inFlight.open();
    await stopping;
    expect(await ticking).toMatchObject({ claimed: 2, done: 2 });
    expect(await a.tick()).toMatchObject({ claimed: 0 });

    const afterStop = await jobRows(dbA);
    expect(afterStop.filter((r) => r.status === "done")).toHaveLength(2);
    expect(afterStop.filter((r) => r.status === "pending" && r.leaseOwner === null && r.attempts === 0)).toHaveLength(
      8,
    );

    // The next process: its own client, its own name.
    const b = schedulerOn(dbB, clock, [echoJob(runs)], { owner: "B" });
    expect(await b.tick()).toMatchObject({ claimed: 8, done: 8 });
    expect(runs.counts.size).toBe(10);
    expect(runs.duplicates()).toEqual([]);
    expect((await jobRows(dbB)).map((r) => [r.status, r.attempts])).toEqual(
      Array.from({ length: 10 }, () => ["done", 1]),
    );
  });

  it("crash: another instance takes a job over only once its lease has expired; only in-flight jobs can run twice", async () => {
    const [dbA, dbB] = await sharedDatabase(database, 2);
    if (!dbA || !dbB) throw new Error("two clients expected");
    const clock = new ManualClock(START);
    const runs = new Runs();
    const hung = new Gate();
    const leaseMs = MINUTE;
    // A claims two jobs and "dies" mid-run: its handlers never return (until the end of the test).
    const a = schedulerOn(dbA, clock, [echoJob(runs, { then: () => hung.wait() })], {
      owner: "A",
      concurrency: 2,
      leaseMs,
    });
    const b = schedulerOn(dbB, clock, [echoJob(runs)], { owner: "B", leaseMs });
    await seedEchoJobs(dbA, 5, clock.now());

    const zombie = a.tick();
    await runs.reached(2);
    const held = (await jobRows(dbA)).filter((r) => r.status === "running").map((r) => r.dedupeKey);
    expect(held).toHaveLength(2);

    // B runs what A never claimed, and leaves A's leased jobs alone.
    expect(await b.tick()).toMatchObject({ claimed: 3, done: 3 });
    clock.advance(leaseMs - SECOND);
    expect(await b.tick()).toMatchObject({ claimed: 0 });

    // A's leases expire: B takes those two over.
    clock.advance(SECOND);
    expect(await b.tick()).toMatchObject({ claimed: 2, done: 2 });

    // A was not dead after all, only stuck: when its handlers return, it may not record anything.
    hung.open();
    expect(await zombie).toMatchObject({ claimed: 2, done: 0, lost: 2 });

    expect(runs.total).toBe(7);
    expect(runs.duplicates().sort()).toEqual([...held].sort());
    const rows = await jobRows(dbB);
    expect(rows.every((r) => r.status === "done" && r.leaseOwner === null)).toBe(true);
    expect(rows.filter((r) => held.includes(r.dedupeKey)).map((r) => r.attempts)).toEqual([2, 2]);
    expect(rows.filter((r) => !held.includes(r.dedupeKey)).map((r) => r.attempts)).toEqual([1, 1, 1]);
  });

  it("a job whose instance keeps dying is given up after maxAttempts instead of taking down the next one", async () => {
    const [db] = await sharedDatabase(database, 1);
    if (!db) throw new Error("a client expected");
    const clock = new ManualClock(START);
    const runs = new Runs();
    await seedEchoJobs(db, 1, clock.now());
    // As if five instances had claimed it and died: running, lease expired, five runs used up.
    await db.prisma.job.updateMany({
      data: { status: "running", leaseOwner: "dead", leaseExpiresAt: clock.now(), attempts: 5 },
    });
    const b = schedulerOn(db, clock, [echoJob(runs)], { owner: "B" });
    expect(await b.tick()).toMatchObject({ claimed: 0, failed: 1 });
    expect(runs.total).toBe(0);
    expect((await jobRows(db))[0]).toMatchObject({
      status: "failed",
      leaseOwner: null,
      lastError: expect.stringContaining("gave up after 5 runs"),
    });
  });

  it("a job the tick stopped waiting for is given back on stop() and run by the next instance", async () => {
    const [dbA, dbB] = await sharedDatabase(database, 2);
    if (!dbA || !dbB) throw new Error("two clients expected");
    const clock = new ManualClock(START);
    const runs = new Runs();
    const hung = new Gate();
    // A tiny timeout (real time) so the tick gives up on the hung handler at once.
    const log = new LogCapture();
    const a = schedulerOn(dbA, clock, [echoJob(runs, { then: () => hung.wait() })], {
      owner: "A",
      jobTimeoutMs: 1,
      logger: log.logger,
    });
    await seedEchoJobs(dbA, 1, clock.now());

    expect(await a.tick()).toMatchObject({ claimed: 1, timedOut: 1, done: 0 });
    await a.stop();
    expect((await jobRows(dbA))[0]).toMatchObject({
      status: "pending",
      leaseOwner: null,
      leaseExpiresAt: null,
      attempts: 1,
    });

    const b = schedulerOn(dbB, clock, [echoJob(runs)], { owner: "B" });
    expect(await b.tick()).toMatchObject({ claimed: 1, done: 1 });
    hung.open(); // A's handler returns after all: its outcome is not recorded over B's
    await log.waitFor("job that timed out has ended");
    expect(log.lines.find((l) => l.msg === "job that timed out has ended")).toMatchObject({ outcome: "lost" });
    expect((await jobRows(dbB))[0]).toMatchObject({ status: "done", attempts: 2, leaseOwner: null });
  });
});
