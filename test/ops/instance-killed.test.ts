/**
 * Fault: one of two instances is killed while it holds leased jobs. Both work through a backlog
 * together; then A "dies" mid-run — its handlers never return, it never ticks again and never gives
 * its leases back (no stop(): a SIGKILL or a lost VM). B carries on, and once A's leases expire runs
 * A's jobs too. Nothing is lost; the only jobs run twice are the ones A had in flight when it died,
 * and they are counted.
 */
import { describe, expect, it } from "vitest";
import { databases } from "../support/db.js";
import {
  echoJob,
  Gate,
  jobRows,
  ManualClock,
  Runs,
  schedulerOn,
  MINUTE,
  seedEchoJobs,
  sharedDatabase,
  START,
} from "../scheduler/support.js";

const JOBS = 300;
const LEASE_MS = 10 * MINUTE;
/** Real time A's tick would wait on a hung run; longer than this test could take, so A never moves on. */
const A_JOB_TIMEOUT_MS = 5 * MINUTE;
const CONCURRENCY = 4;
/** A dies when it starts its 41st job: 40 finished on A before, and its next ones hang. */
const DIES_AFTER = 40;

describe.each(databases)("an instance killed with jobs leased, on $provider", (database) => {
  it("loses nothing: the survivor runs everything, and only the jobs in flight at the kill run twice", async () => {
    const [dbA, dbB] = await sharedDatabase(database, 2);
    if (!dbA || !dbB) throw new Error("two clients expected");
    const clock = new ManualClock(START);
    const runs = new Runs();
    const dead = new Gate();
    let startedOnA = 0;
    const inFlightAtKill = new Set<string>();
    const a = schedulerOn(
      dbA,
      clock,
      [
        echoJob(runs, {
          then: async (ctx) => {
            startedOnA += 1;
            if (startedOnA > DIES_AFTER) {
              inFlightAtKill.add(ctx.job.dedupeKey);
              await dead.wait(); // killed: this run never ends, and A never records it
            }
            await new Promise((resolve) => setImmediate(resolve));
          },
        }),
      ],
      { owner: "A", leaseMs: LEASE_MS, concurrency: CONCURRENCY, jobTimeoutMs: A_JOB_TIMEOUT_MS },
    );
    const b = schedulerOn(
      dbB,
      clock,
      [echoJob(runs, { then: () => new Promise((resolve) => setImmediate(resolve)) })],
      { owner: "B", leaseMs: LEASE_MS, concurrency: CONCURRENCY },
    );
    await seedEchoJobs(dbA, JOBS, clock.now());

    // Both at work: A's tick never ends (it waits on its hung runs), B ticks until nothing is left for it.
    const zombie = a.tick();
    let claimedByB = 0;
    for (let round = 0; round < 100; round++) {
      const result = await b.tick();
      claimedByB += result.claimed;
      expect(result).toMatchObject({ failed: 0, lost: 0 });
      if (result.claimed === 0 && inFlightAtKill.size > 0) break;
    }
    // A died holding at most one job per worker; those are still leased to it, so B left them alone.
    const leased = (await jobRows(dbB)).filter((r) => r.status === "running");
    expect(leased.length).toBeGreaterThan(0);
    expect(leased.length).toBeLessThanOrEqual(CONCURRENCY);
    expect(leased.every((r) => r.leaseOwner === "A")).toBe(true);
    expect(new Set(leased.map((r) => r.dedupeKey))).toEqual(inFlightAtKill);

    // Before the lease expires, B still leaves them; after, it takes them over.
    clock.advance(LEASE_MS - 1);
    expect(await b.tick()).toMatchObject({ claimed: 0 });
    clock.advance(1);
    expect(await b.tick()).toMatchObject({ claimed: inFlightAtKill.size, done: inFlightAtKill.size });

    // Nothing lost: every job ran and is done. Duplicates: exactly the in-flight ones, counted.
    const rows = await jobRows(dbB);
    expect(rows.filter((r) => r.status !== "done")).toEqual([]);
    expect(runs.counts.size).toBe(JOBS);
    const duplicates = runs.duplicates();
    expect(new Set(duplicates)).toEqual(inFlightAtKill);
    expect(runs.total).toBe(JOBS + duplicates.length);
    expect(
      rows
        .filter((r) => r.attempts === 2)
        .map((r) => r.dedupeKey)
        .sort(),
    ).toEqual([...inFlightAtKill].sort());
    console.info(
      `[${database.provider}] killed instance: ${JOBS} jobs, ${startedOnA - inFlightAtKill.size} done by A before the kill, ` +
        `${claimedByB + inFlightAtKill.size} by B; duplicates: ${duplicates.length} (the jobs in flight at the kill)`,
    );

    // Were A only frozen, not dead: when its runs return, it may not record over B's.
    dead.open();
    expect(await zombie).toMatchObject({ lost: inFlightAtKill.size });
    expect((await jobRows(dbB)).filter((r) => r.status !== "done" || r.leaseOwner !== null)).toEqual([]);
  }, 60_000);
});
