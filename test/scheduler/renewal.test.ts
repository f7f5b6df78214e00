/**
 * Lease renewal: a job that is slow but alive on instance A keeps its lease, so instance B never
 * runs it a second time; an A that stops renewing (crashed) loses it as before (restart.test.ts);
 * and a renewal in flight when the job ends never makes A report its own run lost.
 * renewLeases() is called by hand here, as start()'s timer would (cron.test.ts).
 */
import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/index.js";
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
  SECOND,
  seedEchoJobs,
  sharedDatabase,
  START,
} from "./support.js";

const LEASE_MS = MINUTE;

describe.each(databases)("lease renewal on $provider", (database) => {
  it("a slow job keeps its lease while it runs: another instance never claims it, and it is done once", async () => {
    const [dbA, dbB] = await sharedDatabase(database, 2);
    if (!dbA || !dbB) throw new Error("two clients expected");
    const clock = new ManualClock(START);
    const runs = new Runs();
    const slow = new Gate();
    const a = schedulerOn(dbA, clock, [echoJob(runs, { then: () => slow.wait() })], { owner: "A", leaseMs: LEASE_MS });
    const b = schedulerOn(dbB, clock, [echoJob(runs)], { owner: "B", leaseMs: LEASE_MS });
    await seedEchoJobs(dbA, 1, clock.now());

    const ticking = a.tick();
    await runs.reached(1);
    // Five minutes of a job that is still working: each step is past the lease it was claimed with.
    for (let step = 0; step < 8; step++) {
      clock.advance(LEASE_MS * 0.6);
      expect(await a.renewLeases()).toEqual({ renewed: 1, lost: 0, failed: 0 });
      const [row] = await jobRows(dbB);
      expect(row).toMatchObject({ status: "running", leaseOwner: "A", attempts: 1 });
      expect(row?.leaseExpiresAt?.getTime()).toBe(clock.now().getTime() + LEASE_MS);
      expect(await b.tick()).toMatchObject({ claimed: 0 });
    }

    slow.open();
    expect(await ticking).toMatchObject({ claimed: 1, done: 1, lost: 0 });
    expect(await jobRows(dbB)).toMatchObject([{ status: "done", attempts: 1, leaseOwner: null, leaseExpiresAt: null }]);
    expect(runs.total).toBe(1);
    // Nothing is left to renew, and nothing for B to take, however late it gets.
    expect(await a.renewLeases()).toEqual({ renewed: 0, lost: 0, failed: 0 });
    clock.advance(10 * LEASE_MS);
    expect(await b.tick()).toMatchObject({ claimed: 0 });
  });

  it("a job the tick stopped waiting for is still renewed, and records itself when it ends", async () => {
    const [dbA, dbB] = await sharedDatabase(database, 2);
    if (!dbA || !dbB) throw new Error("two clients expected");
    const clock = new ManualClock(START);
    const runs = new Runs();
    const slow = new Gate();
    const log = new LogCapture();
    // A tiny timeout (real time) so the tick moves on at once while the job goes on running.
    const a = schedulerOn(dbA, clock, [echoJob(runs, { then: () => slow.wait() })], {
      owner: "A",
      leaseMs: LEASE_MS,
      jobTimeoutMs: 1,
      logger: log.logger,
    });
    const b = schedulerOn(dbB, clock, [echoJob(runs)], { owner: "B", leaseMs: LEASE_MS });
    await seedEchoJobs(dbA, 1, clock.now());

    expect(await a.tick()).toMatchObject({ claimed: 1, timedOut: 1, done: 0 });
    for (let step = 0; step < 3; step++) {
      clock.advance(LEASE_MS * 0.9);
      expect(await a.renewLeases()).toEqual({ renewed: 1, lost: 0, failed: 0 });
      expect(await b.tick()).toMatchObject({ claimed: 0 });
    }
    slow.open();
    await log.waitFor("job that timed out has ended");
    expect(log.lines.find((l) => l.msg === "job that timed out has ended")).toMatchObject({ outcome: "done" });
    expect(await jobRows(dbB)).toMatchObject([{ status: "done", attempts: 1, leaseOwner: null }]);
    expect(runs.total).toBe(1);
  });

  it("a renewal still in flight when the job ends: the end waits for it and is recorded, not lost", async () => {
    const [db] = await sharedDatabase(database, 1);
    if (!db) throw new Error("a client expected");
    const clock = new ManualClock(START);
    const runs = new Runs();
    const slow = new Gate();
    const answer = new Gate();
    const landed = new Gate();
    let ended!: () => void;
    const handlerEnded = new Promise<void>((resolve) => (ended = resolve));
    // The renewal reaches the database and lands; its answer is held back until the test lets it go.
    const held = withRenewals(db, async (real) => {
      const result = await real();
      landed.open();
      await answer.wait();
      return result;
    });
    const a = schedulerOn(
      held,
      clock,
      [
        echoJob(runs, {
          then: async () => {
            await slow.wait();
            ended();
          },
        }),
      ],
      { owner: "A", leaseMs: LEASE_MS },
    );
    await seedEchoJobs(db, 1, clock.now());

    const ticking = a.tick();
    await runs.reached(1);
    clock.advance(LEASE_MS / 3);
    const renewing = a.renewLeases();
    await landed.wait(); // the row now has the new expiry; A has not heard back yet
    expect((await jobRows(db))[0]?.leaseExpiresAt?.getTime()).toBe(clock.now().getTime() + LEASE_MS);

    slow.open(); // the job ends now, while the renewal is in flight
    await handlerEnded;
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
    expect((await jobRows(db))[0]).toMatchObject({ status: "running" }); // its end waits for the renewal
    answer.open();

    expect(await renewing).toEqual({ renewed: 1, lost: 0, failed: 0 });
    expect(await ticking).toMatchObject({ claimed: 1, done: 1, lost: 0 });
    expect(await jobRows(db)).toMatchObject([{ status: "done", attempts: 1, leaseOwner: null }]);
  });

  it("a renewal and the job's end in the same turn: the job is done, not lost", async () => {
    const [db] = await sharedDatabase(database, 1);
    if (!db) throw new Error("a client expected");
    const clock = new ManualClock(START);
    const runs = new Runs();
    const slow = new Gate();
    const a = schedulerOn(db, clock, [echoJob(runs, { then: () => slow.wait() })], { owner: "A", leaseMs: LEASE_MS });
    await seedEchoJobs(db, 1, clock.now());

    const ticking = a.tick();
    await runs.reached(1);
    clock.advance(LEASE_MS / 3);
    const renewing = a.renewLeases();
    slow.open();
    expect(await renewing).toEqual({ renewed: 1, lost: 0, failed: 0 });
    expect(await ticking).toMatchObject({ claimed: 1, done: 1, lost: 0 });
    expect(await jobRows(db)).toMatchObject([{ status: "done", attempts: 1, leaseOwner: null }]);
  });

  it("a renewal that landed but whose answer was lost: the next write allows for it, and the job is done", async () => {
    const [db] = await sharedDatabase(database, 1);
    if (!db) throw new Error("a client expected");
    const clock = new ManualClock(START);
    const runs = new Runs();
    const slow = new Gate();
    let drops = 1;
    const flaky = withRenewals(db, async (real) => {
      const result = await real();
      if (drops-- > 0) throw new Error("connection reset");
      return result;
    });
    const a = schedulerOn(flaky, clock, [echoJob(runs, { then: () => slow.wait() })], {
      owner: "A",
      leaseMs: LEASE_MS,
    });
    await seedEchoJobs(db, 1, clock.now());

    const ticking = a.tick();
    await runs.reached(1);
    clock.advance(LEASE_MS / 3);
    expect(await a.renewLeases()).toEqual({ renewed: 0, lost: 0, failed: 1 });
    clock.advance(LEASE_MS / 3);
    expect(await a.renewLeases()).toEqual({ renewed: 1, lost: 0, failed: 0 });
    clock.advance(LEASE_MS / 3);
    drops = 1;
    expect(await a.renewLeases()).toEqual({ renewed: 0, lost: 0, failed: 1 }); // lands, answer lost again
    slow.open();
    expect(await ticking).toMatchObject({ claimed: 1, done: 1, lost: 0 });
    expect(await jobRows(db)).toMatchObject([{ status: "done", attempts: 1, leaseOwner: null }]);
  });

  it("a job taken over while its instance was frozen: the renewal changes nothing, and the new run is kept", async () => {
    const [dbA, dbB] = await sharedDatabase(database, 2);
    if (!dbA || !dbB) throw new Error("two clients expected");
    const clock = new ManualClock(START);
    const runs = new Runs();
    const frozen = new Gate();
    const second = new Gate();
    const a = schedulerOn(dbA, clock, [echoJob(runs, { then: () => frozen.wait() })], {
      owner: "A",
      leaseMs: LEASE_MS,
    });
    const b = schedulerOn(dbB, clock, [echoJob(runs, { then: () => second.wait() })], {
      owner: "B",
      leaseMs: LEASE_MS,
    });
    await seedEchoJobs(dbA, 1, clock.now());

    const zombie = a.tick();
    await runs.reached(1);
    // A renews nothing for longer than its lease (frozen), and B takes the job over.
    clock.advance(LEASE_MS + SECOND);
    const takeover = b.tick();
    await runs.reached(2);
    const [taken] = await jobRows(dbB);
    expect(taken).toMatchObject({ status: "running", leaseOwner: "B", attempts: 2 });

    // A wakes up: its renewal finds the job no longer its own and leaves B's lease as it was.
    clock.advance(SECOND);
    expect(await a.renewLeases()).toEqual({ renewed: 0, lost: 1, failed: 0 });
    expect(await a.renewLeases()).toEqual({ renewed: 0, lost: 1, failed: 0 });
    expect(await jobRows(dbB)).toEqual([taken]);
    frozen.open();
    expect(await zombie).toMatchObject({ claimed: 1, done: 0, lost: 1 });
    expect(await jobRows(dbB)).toEqual([taken]);

    second.open();
    expect(await takeover).toMatchObject({ claimed: 1, done: 1 });
    expect(await jobRows(dbB)).toMatchObject([{ status: "done", attempts: 2, leaseOwner: null }]);
  });
});

type Prisma = Database["prisma"];
type UpdateManyArgs = Parameters<Prisma["job"]["updateMany"]>[0];

/**
 * The database with renewals (an update that changes only leaseExpiresAt) passed through `around`.
 * A Proxy rather than a mock, so every other call is the real client.
 */
function withRenewals(db: Database, around: (real: () => Promise<{ count: number }>) => Promise<{ count: number }>) {
  const prisma = new Proxy(db.prisma, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (prop !== "job") return typeof value === "function" ? value.bind(target) : value;
      const delegate = value as Prisma["job"];
      return new Proxy(delegate, {
        get(d, p) {
          const v: unknown = Reflect.get(d, p, d);
          if (p === "updateMany")
            return (args: UpdateManyArgs) => {
              const real = () => d.updateMany(args);
              const renewal = Object.keys(args.data).join() === "leaseExpiresAt";
              return renewal ? around(real) : real();
            };
          return typeof v === "function" ? v.bind(d) : v;
        },
      });
    },
  });
  return { ...db, prisma };
}
