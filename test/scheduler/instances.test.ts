/**
 * Several instances on one database, ticking at the same time: each job runs once, by one of them.
 * PostgreSQL is what replicas share in production; SQLite (two connections on one file) is checked
 * too, because the lease protocol is the same statements on both.
 */
import { describe, expect, it } from "vitest";
import { databases } from "../support/db.js";
import { echoJob, jobRows, ManualClock, Runs, schedulerOn, seedEchoJobs, sharedDatabase, START } from "./support.js";

const JOBS = 1_000;

describe.each(databases)("two instances on $provider", (database) => {
  it(`run ${JOBS.toLocaleString("en")} due jobs between them, each exactly once`, async () => {
    const [dbA, dbB] = await sharedDatabase(database, 2);
    if (!dbA || !dbB) throw new Error("two clients expected");
    const clock = new ManualClock(START);
    const runs = new Runs();
    const ranBy = new Map<string, number>([
      ["A", 0],
      ["B", 0],
    ]);
    // A real await in each handler, so the two instances' claims and runs interleave.
    const job = (owner: string) =>
      echoJob(runs, {
        then: async () => {
          ranBy.set(owner, (ranBy.get(owner) ?? 0) + 1);
          await new Promise((resolve) => setImmediate(resolve));
        },
      });
    const a = schedulerOn(dbA, clock, [job("A")], { owner: "A" });
    const b = schedulerOn(dbB, clock, [job("B")], { owner: "B" });
    await seedEchoJobs(dbA, JOBS, clock.now());

    let claimed = 0;
    for (let round = 0; round < 50 && claimed < JOBS; round++) {
      const results = await Promise.all([a.tick(), b.tick()]);
      claimed += results.reduce((sum, r) => sum + r.claimed, 0);
      expect(results.every((r) => r.failed + r.lost + r.retried + r.timedOut === 0)).toBe(true);
    }

    expect(claimed).toBe(JOBS);
    expect(runs.counts.size).toBe(JOBS);
    expect(runs.duplicates()).toEqual([]);
    expect(runs.total).toBe(JOBS);
    // Both took part (each tick reads the same first rows; whoever claims first runs it).
    expect(ranBy.get("A")).toBeGreaterThan(0);
    expect(ranBy.get("B")).toBeGreaterThan(0);
    const rows = await jobRows(dbB);
    expect(rows).toHaveLength(JOBS);
    expect(
      rows.every((r) => r.status === "done" && r.attempts === 1 && r.leaseOwner === null && r.finishedAt !== null),
    ).toBe(true);
  }, 60_000);
});
