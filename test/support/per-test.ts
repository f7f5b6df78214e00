/**
 * The fixture most feature tests share: inside `describe.each(databases)`, a fresh database and a
 * whole Gather on it for every test, closed after it.
 *
 *   describe.each(databases)("roles on $provider", (database) => {
 *     const t = gatherPerTest(database, { now: "2026-03-23T10:00:00Z" });
 *     it("…", async () => { await t.command(alice, "gather", "role …"); expect(await t.db.member.count()).toBe(1); });
 *   });
 *
 * `t` stands for the current test's Gather: read it inside tests and hooks, never at collection time.
 */
import { afterEach, beforeEach } from "vitest";
import type { Database } from "../../src/db/index.js";
import type { TestDatabase } from "./db.js";
import { testGather, type TestGather } from "./gather.js";

/** The current test's Gather, and the database it runs on. */
export type PerTestGather = TestGather & { readonly database: Database };

export function gatherPerTest(database: TestDatabase, options: Parameters<typeof testGather>[1] = {}): PerTestGather {
  let current: PerTestGather | undefined;
  beforeEach(async () => {
    const opened = await database.open();
    current = Object.assign(testGather(opened, options), { database: opened });
  });
  afterEach(async () => {
    await current?.database.close();
    current = undefined;
  });
  return new Proxy({} as PerTestGather, {
    get(_target, property) {
      if (!current) throw new Error("gatherPerTest: use it inside a test or a hook, not while collecting tests");
      return Reflect.get(current, property) as unknown;
    },
  });
}
