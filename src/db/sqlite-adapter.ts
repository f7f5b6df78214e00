/**
 * Prisma's better-sqlite3 adapter, yielding to I/O between statements.
 *
 * better-sqlite3 is synchronous, so commands' chains of queries would
 * otherwise run one after another without the event loop ever polling its
 * sockets: with a few commands in hand, Slack's next requests waited tens of
 * milliseconds for their ack (`npm run bench -- slack`). Here a statement
 * first waits for the next turn of the event loop (`setImmediate`) once
 * statements have had the loop for {@link SLICE_MS}: pending requests are read
 * and acked between slices, and a slice is long enough for the work to keep
 * most of the CPU. (Prisma's client already keeps queries outside a
 * transaction from running inside an open one on SQLite's single connection;
 * test/db/concurrency.test.ts holds it to that.)
 */
import { performance } from "node:perf_hooks";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";

type Factory = PrismaBetterSqlite3;

const STATEMENTS = new Set<PropertyKey>(["queryRaw", "executeRaw"]);

/**
 * How long statements may keep the event loop before letting it poll. Measured with
 * `npm run bench -- slack` (acks/s against a bare Bolt app; updates stored/s while flooded):
 * 4 ms → 0.64–0.66×, 106/s; 2 ms → 0.76–0.86×, 80–91/s; 1 ms → 0.92–0.95×, 74–94/s. With 1 ms the
 * instance keeps answering at nearly a bare app's rate under a flood and still does most of the
 * work; with nothing else waiting a turn costs a few microseconds, so unloaded work barely slows
 * (end to end, 89–114 cards/s at 1 ms against 90–98 at 4 ms).
 */
export const SLICE_MS = 1;

/**
 * Statements' turns on one event loop: `run()` starts a statement at once while the current slice
 * lasts, else at the next turn of the loop (after its poll phase has read pending requests).
 * The slice restarts only when the loop has turned, not when a waiting command resumes: otherwise
 * each of several commands waiting for the same turn would start a fresh slice of its own, and
 * their statements would keep the loop for SLICE_MS times as many commands. One for every
 * SQLite client in the process, as they share one event loop; `now` is injectable for tests.
 */
export class StatementTurns {
  readonly #sliceMs: number;
  readonly #now: () => number;
  #sliceStarted = Number.NEGATIVE_INFINITY;
  /** The next turn of the event loop, shared by every statement waiting for it. */
  #nextTurn: Promise<void> | undefined;

  constructor(sliceMs = SLICE_MS, now: () => number = () => performance.now()) {
    this.#sliceMs = sliceMs;
    this.#now = now;
  }

  /**
   * Starts `statement` (synchronously, as better-sqlite3 runs it) within the current slice, or at
   * the next turn of the loop once the slice is spent. The check and the start happen with no
   * await between them: of several statements resuming on the same turn, each sees the time the
   * ones before it took.
   */
  async run<T>(statement: () => T): Promise<Awaited<T>> {
    while (this.#now() - this.#sliceStarted >= this.#sliceMs) await this.#loopTurned();
    return await statement();
  }

  #loopTurned(): Promise<void> {
    this.#nextTurn ??= nextTurn().then(() => {
      this.#nextTurn = undefined;
      this.#sliceStarted = this.#now();
    });
    return this.#nextTurn;
  }
}

const turns = new StatementTurns();

/** Wraps a better-sqlite3 adapter factory so every adapter and transaction it makes yields before each statement. */
export function yieldingSqlite(factory: Factory): Factory {
  return new Proxy(factory, {
    get(target, property, receiver) {
      if (property === "connect") return async () => yielding(await target.connect());
      if (property === "connectToShadowDb") return async () => yielding(await target.connectToShadowDb());
      return Reflect.get(target, property, receiver);
    },
  });
}

/** The same object, whose queryRaw/executeRaw wait for the next turn of the event loop, and whose transactions do too. */
function yielding<T extends object>(queryable: T): T {
  return new Proxy(queryable, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (STATEMENTS.has(property))
        return (...args: unknown[]) =>
          turns.run(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
      if (property === "startTransaction")
        return async (...args: unknown[]) =>
          yielding((await (value as (...a: unknown[]) => Promise<object>).apply(target, args)) as object);
      return value.bind(target) as unknown;
    },
  });
}
