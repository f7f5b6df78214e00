/**
 * Run the same tests against both databases:
 *
 *   describe.each(databases)("$provider", ({ open }) => {
 *     it("…", async () => { const { prisma } = await open(); … });
 *   });
 *
 * Every `open()` gives a fresh, migrated, empty database that is removed after the test (or,
 * when opened in a hook, after the file). SQLite: a temporary file. PostgreSQL: a new database
 * `gather_test_<random>` on TEST_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
 *
 * PostgreSQL is probed once per run by test/db/global-setup.ts. When it is unreachable, CI fails;
 * elsewhere one loud warning is printed and `databases` holds SQLite only. Nothing is skipped silently.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, inject, onTestFinished } from "vitest";
import { type Database, type Provider, openDatabase } from "../../src/db/index.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Admin URL of the test PostgreSQL server, or null when it is unreachable (outside CI). */
    gatherPostgresAdminUrl: string | null;
  }
}

/** One database to run tests against. */
export interface TestDatabase {
  readonly provider: Provider;
  /** A fresh, migrated, empty database, removed automatically. */
  open(): Promise<Database>;
  /** The URL of a fresh database with no tables at all (not migrated), removed automatically. */
  createEmpty(): Promise<string>;
}

type Cleanup = () => Promise<void>;
const fileCleanups: Cleanup[] = [];

// Databases opened outside a test (in beforeAll) are removed when the test file ends.
afterAll(async () => {
  for (const cleanup of fileCleanups.splice(0).reverse()) await cleanup();
});

/** Runs `cleanup` after the current test, or after the file when called from a hook. */
function registerCleanup(cleanup: Cleanup): void {
  try {
    onTestFinished(cleanup);
  } catch {
    fileCleanups.push(cleanup); // not inside a test
  }
}

/** A fresh database's URL and how to remove it. */
interface Scratch {
  readonly url: string;
  remove(): Promise<void>;
}

/** Builds a {@link TestDatabase} from a way to make scratch databases. */
function testDatabase(provider: Provider, scratch: () => Promise<Scratch>): TestDatabase {
  return {
    provider,
    async createEmpty() {
      const { url, remove } = await scratch();
      registerCleanup(remove);
      return url;
    },
    async open() {
      const { url, remove } = await scratch();
      let database: Database;
      try {
        database = await openDatabase({ url });
      } catch (error) {
        await remove();
        throw error;
      }
      let closed: Promise<void> | undefined;
      const close = (): Promise<void> => (closed ??= database.close());
      // Close first: dropping a PostgreSQL database under a live pool makes the pool emit errors.
      registerCleanup(async () => {
        await close();
        await remove();
      });
      return { ...database, close };
    },
  };
}

function sqliteScratch(): Promise<Scratch> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gather-test-"));
  return Promise.resolve({
    url: `file:${path.join(dir, "gather.db")}`,
    remove: async () => fs.rmSync(dir, { recursive: true, force: true }),
  });
}

function postgresScratch(adminUrl: string): () => Promise<Scratch> {
  const admin = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return async () => {
    const name = `gather_test_${randomBytes(6).toString("hex")}`;
    await admin(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    // FORCE (PostgreSQL 13+) ends connections a test left open, so the drop never hangs.
    return { url: url.toString(), remove: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
  };
}

function list(): TestDatabase[] {
  const adminUrl = inject("gatherPostgresAdminUrl");
  if (adminUrl === undefined) {
    throw new Error("test/support/db.ts needs test/db/global-setup.ts in vitest.config.ts `globalSetup`.");
  }
  const sqlite = testDatabase("sqlite", sqliteScratch);
  return adminUrl === null ? [sqlite] : [sqlite, testDatabase("postgresql", postgresScratch(adminUrl))];
}

/** The databases every database test runs against: SQLite, and PostgreSQL when reachable. */
export const databases: readonly TestDatabase[] = list();

/** The entry for one provider, if it is in {@link databases}. */
export function databaseFor(provider: Provider): TestDatabase | undefined {
  return databases.find((d) => d.provider === provider);
}
