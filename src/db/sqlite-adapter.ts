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

/** How long statements may keep the event loop before letting it poll. */
export const SLICE_MS = 4;

/** When statements last let the event loop turn: one clock for every SQLite client, as they share one event loop. */
let sliceStarted = 0;

async function turnIfDue(): Promise<void> {
  if (performance.now() - sliceStarted < SLICE_MS) return;
  await nextTurn();
  sliceStarted = performance.now();
}

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
        return async (...args: unknown[]) => {
          await turnIfDue();
          return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        };
      if (property === "startTransaction")
        return async (...args: unknown[]) =>
          yielding((await (value as (...a: unknown[]) => Promise<object>).apply(target, args)) as object);
      return value.bind(target) as unknown;
    },
  });
}
