/**
 * start()/stop(): node-cron decides when to tick. Its timers are driven by vitest's fake timers,
 * and tick() is replaced, so no database and no real time are involved.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ManualClock } from "../../src/core/clock.js";
import { silentLogger } from "../../src/core/logger.js";
import type { Db } from "../../src/db/index.js";
import { Scheduler, type TickResult } from "../../src/scheduler/index.js";
import { noDelivery } from "./support.js";

const empty: TickResult = { claimed: 0, done: 0, failed: 0, retried: 0, skipped: 0, lost: 0, timedOut: 0 };

/** stop() gives back leases with one update; nothing else touches the database here. */
function fakeDb(released: string[]): Db {
  const job = {
    updateMany: async (args: { where: { leaseOwner: string } }) => {
      released.push(args.where.leaseOwner);
      return { count: 0 };
    },
  };
  return { job } as unknown as Db; // a stand-in for the one call made; typed as the client it replaces
}

function scheduler(released: string[] = []): Scheduler {
  return new Scheduler({
    db: fakeDb(released),
    provider: "sqlite",
    clock: new ManualClock(),
    logger: silentLogger,
    delivery: noDelivery,
    jobs: [],
    owner: "A",
  });
}

describe("Scheduler.start/stop", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("ticks on the cron schedule, never two ticks at once, and stops", async () => {
    vi.useFakeTimers({ now: new Date("2026-03-02T09:00:00.500Z") });
    const s = scheduler();
    let finishTick: () => void = () => {};
    const tick = vi.spyOn(s, "tick").mockImplementation(
      () =>
        new Promise<TickResult>((resolve) => {
          finishTick = () => resolve(empty);
        }),
    );

    s.start("*/5 * * * * *");
    await vi.advanceTimersByTimeAsync(5_000);
    expect(tick).toHaveBeenCalledTimes(1);
    // The first tick is still running: the next two cron times pass it by.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(tick).toHaveBeenCalledTimes(1);
    finishTick();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(tick).toHaveBeenCalledTimes(2);
    finishTick();

    await s.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tick).toHaveBeenCalledTimes(2);
  });

  it("renews leases every leaseMs/3 on a timer of its own, even while a tick is busy, until stop()", async () => {
    vi.useFakeTimers({ now: new Date("2026-03-02T09:00:00.500Z") });
    const s = scheduler();
    vi.spyOn(s, "tick").mockImplementation(() => new Promise<TickResult>(() => {})); // a tick that never ends
    const renew = vi.spyOn(s, "renewLeases");

    s.start("*/5 * * * * *");
    await vi.advanceTimersByTimeAsync(20_000 - 1);
    expect(renew).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(renew).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(renew).toHaveBeenCalledTimes(3);
    expect(await renew.mock.results[2]?.value).toEqual({ renewed: 0, lost: 0, failed: 0 });

    await s.stop();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(renew).toHaveBeenCalledTimes(3);
  });

  it("refuses a bad expression, ignores a second start, and gives back leases on stop", async () => {
    const released: string[] = [];
    const s = scheduler(released);
    expect(() => s.start("every five seconds")).toThrow("not a cron expression");
    s.start("0 0 * * *");
    s.start("0 0 * * *");
    await s.stop();
    await s.stop();
    expect(released).toEqual(["A", "A"]);
    expect(() => s.start()).toThrow("stopped scheduler");
    expect(await s.tick()).toEqual(empty);
  });
});
