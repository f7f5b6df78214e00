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
    /** A migrated, empty SQLite file made once per run; each test's database starts as a copy. */
    gatherSqliteTemplate: string;
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

/**
 * Builds a {@link TestDatabase} from a way to make scratch databases; `prepare` may fill a scratch
 * database before it is opened (a copy of the migrated template), leaving only the check that
 * every migration is applied to `openDatabase`.
 */
function testDatabase(
  provider: Provider,
  scratch: () => Promise<Scratch>,
  prepare: (url: string) => void = () => undefined,
): TestDatabase {
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
        prepare(url);
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

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function postgresScratch(adminUrl: string): () => Promise<Scratch> {
  return async () => {
    const name = `gather_test_${randomBytes(6).toString("hex")}`;
    await query(adminUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    // FORCE (PostgreSQL 13+) ends connections a test left open, so the drop never hangs.
    return {
      url: url.toString(),
      remove: async () => void (await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
    };
  };
}

/** Empties every table but Prisma's migration record; false when the database is not fit to reuse. */
async function emptied(url: string): Promise<boolean> {
  try {
    const { rows } = await query(
      url,
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    const tables = rows.map((r: { tablename: string }) => `"${r.tablename}"`);
    if (tables.length > 0) await query(url, `TRUNCATE TABLE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
    return true;
  } catch {
    return false;
  }
}

/**
 * PostgreSQL: creating and migrating a database costs about half a second, so a test file keeps the
 * migrated databases its tests used and hands them, emptied, to its next tests; they are dropped when
 * the file ends. Each test still starts with an empty, fully migrated database of its own.
 */
function postgresDatabase(adminUrl: string): TestDatabase {
  const scratch = postgresScratch(adminUrl);
  const base = testDatabase("postgresql", scratch);
  const idle: string[] = [];
  return {
    ...base,
    async open() {
      let url = idle.pop();
      if (url === undefined) {
        const created = await scratch();
        fileCleanups.push(created.remove);
        url = created.url;
      }
      const database = await openDatabase({ url });
      let closed: Promise<void> | undefined;
      const close = (): Promise<void> => (closed ??= database.close());
      const reuse = url;
      registerCleanup(async () => {
        await close();
        if (await emptied(reuse)) idle.push(reuse);
      });
      return { ...database, close };
    },
  };
}

function list(): TestDatabase[] {
  const adminUrl = inject("gatherPostgresAdminUrl");
  if (adminUrl === undefined) {
    throw new Error("test/support/db.ts needs test/db/global-setup.ts in vitest.config.ts `globalSetup`.");
  }
  const template = inject("gatherSqliteTemplate");
  const sqlite = testDatabase("sqlite", sqliteScratch, (url) => fs.copyFileSync(template, url.replace(/^file:/, "")));
  return adminUrl === null ? [sqlite] : [sqlite, postgresDatabase(adminUrl)];
}

/** The databases every database test runs against: SQLite, and PostgreSQL when reachable. */
export const databases: readonly TestDatabase[] = list();

/** The entry for one provider, if it is in {@link databases}. */
export function databaseFor(provider: Provider): TestDatabase | undefined {
  return databases.find((d) => d.provider === provider);
}
