import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/clock.js";
import { enqueue } from "../../src/scheduler/index.js";
import { databases } from "../support/db.js";
import { START } from "./support.js";
import { gatherOn } from "../support/gather.js";

describe.each(databases)("Gather's scheduler on $provider", (database) => {
  it("runs every feature's jobs on Gather's database and clock", async () => {
    const db = await database.open();
    const clock = new ManualClock(START);
    const gather = gatherOn(db, clock);
    const scheduler = gather.createScheduler({ owner: "test" });
    try {
      expect(gather.jobs.length).toBeGreaterThan(0);
      // Each feature kind is known: a bad payload fails on its schema, not as an unknown kind.
      for (const [i, job] of gather.jobs.entries()) {
        await enqueue(db.prisma, {
          kind: job.kind,
          dueAt: clock.now(),
          payload: { unexpected: true },
          dedupeKey: `wiring:${i}`,
        });
      }
      await enqueue(db.prisma, { kind: "nobody.knows", dueAt: clock.now(), payload: {}, dedupeKey: "wiring:unknown" });
      expect(await scheduler.tick()).toMatchObject({ failed: gather.jobs.length + 1 });
      const rows = await db.prisma.job.findMany();
      const errors = new Map(rows.map((r) => [r.kind, r.lastError]));
      for (const job of gather.jobs) expect(errors.get(job.kind)).toMatch(`payload does not match ${job.kind}`);
      expect(errors.get("nobody.knows")).toBe('unknown job kind "nobody.knows"');
    } finally {
      await scheduler.stop();
    }
  });
});
