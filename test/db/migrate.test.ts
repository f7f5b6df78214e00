import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { MigrationHistoryError, applyMigrations, type Provider } from "../../src/db/index.js";
import { ErrorCode } from "../../src/errors.js";
import { PACKAGE_ROOT, migrationsDir } from "../../src/db/layout.js";
import { checksumOf, readMigrations } from "../../src/db/migrations.js";
import { sqliteFilePath } from "../../src/db/url.js";
import { databaseFor, databases } from "../support/db.js";

/** Rows of `_prisma_migrations`, read with the raw driver. */
async function historyRows(url: string, provider: Provider): Promise<Array<Record<string, unknown>>> {
  if (provider === "sqlite") {
    const db = new Database(sqliteFilePath(url), { readonly: true });
    try {
      return db
        .prepare(
          `SELECT *, typeof(started_at) AS started_type, typeof(finished_at) AS finished_type FROM _prisma_migrations`,
        )
        .all() as Array<Record<string, unknown>>;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(`SELECT * FROM _prisma_migrations ORDER BY started_at`)).rows;
  } finally {
    await client.end();
  }
}

/** Column name → declared type of `_prisma_migrations`. */
async function historyColumns(url: string, provider: Provider): Promise<Record<string, string>> {
  if (provider === "sqlite") {
    const db = new Database(sqliteFilePath(url), { readonly: true });
    try {
      const cols = db.prepare(`SELECT name, type FROM pragma_table_info('_prisma_migrations')`).all() as Array<{
        name: string;
        type: string;
      }>;
      return Object.fromEntries(cols.map((c) => [c.name, c.type]));
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns
        WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    return Object.fromEntries(rows.map((r) => [r.column_name, r.data_type]));
  } finally {
    await client.end();
  }
}

/** Prisma's `_prisma_migrations` columns, in Prisma's order, as each database reports their types. */
const PRISMA_COLUMNS: Record<Provider, Record<string, string>> = {
  sqlite: {
    id: "TEXT",
    checksum: "TEXT",
    finished_at: "DATETIME",
    migration_name: "TEXT",
    logs: "TEXT",
    rolled_back_at: "DATETIME",
    started_at: "DATETIME",
    applied_steps_count: "INTEGER UNSIGNED",
  },
  postgresql: {
    id: "character varying",
    checksum: "character varying",
    finished_at: "timestamp with time zone",
    migration_name: "character varying",
    logs: "text",
    rolled_back_at: "timestamp with time zone",
    started_at: "timestamp with time zone",
    applied_steps_count: "integer",
  },
};

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A migrations folder holding the given scripts, named 0001_a, 0002_b, … */
function migrationsFolder(scripts: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gather-migrations-"));
  tempDirs.push(dir);
  scripts.forEach((sql, i) => {
    const name = `2026010100000${i}_step${i}`;
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  });
  return dir;
}

describe.each(databases)("migrations on $provider", ({ provider, createEmpty }) => {
  const real = readMigrations(migrationsDir(provider));

  it("finds the committed migrations", () => {
    expect(real.length).toBeGreaterThan(0);
    expect(real[0]?.name).toMatch(/^\d{14}_init$/);
  });

  it("applies every migration to an empty database; a second run is a no-op", async () => {
    const url = await createEmpty();
    const logged: string[] = [];
    expect(await applyMigrations({ url, log: (m) => logged.push(m) })).toEqual(real.map((m) => m.name));
    expect(logged).toEqual(real.map((m) => `applied migration ${m.name}`));
    expect(await applyMigrations({ url })).toEqual([]);
    expect(await historyRows(url, provider)).toHaveLength(real.length);
  });

  it("records each migration with Prisma's columns, checksum and timestamps", async () => {
    const url = await createEmpty();
    const before = Date.now();
    await applyMigrations({ url });
    expect(await historyColumns(url, provider)).toEqual(PRISMA_COLUMNS[provider]);

    const rows = await historyRows(url, provider);
    expect(rows.map((r) => r.migration_name)).toEqual(real.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      const file = fs.readFileSync(path.join(migrationsDir(provider), real[i]!.name, "migration.sql"));
      expect(row.checksum).toBe(checksumOf(file));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(Number(row.applied_steps_count)).toBe(1);
      if (provider === "sqlite") {
        // Prisma's native engine stores SQLite DateTimes as Unix milliseconds.
        expect(row.started_type).toBe("integer");
        expect(row.finished_type).toBe("integer");
        expect(Number(row.finished_at)).toBeGreaterThanOrEqual(before);
      } else {
        expect((row.finished_at as Date).getTime()).toBeGreaterThanOrEqual(before - 1000);
      }
    }
  });

  it("applies only the new migrations of a later release", async () => {
    const url = await createEmpty();
    const first = migrationsFolder(["CREATE TABLE a (id INTEGER);"]);
    expect(await applyMigrations({ url, dir: first })).toEqual(["20260101000000_step0"]);
    const second = migrationsFolder(["CREATE TABLE a (id INTEGER);", "CREATE TABLE b (id INTEGER);"]);
    expect(await applyMigrations({ url, dir: second })).toEqual(["20260101000001_step1"]);
  });

  it("refuses a migration that changed after it was applied", async () => {
    const url = await createEmpty();
    const dir = migrationsFolder(["CREATE TABLE a (id INTEGER);"]);
    await applyMigrations({ url, dir });
    fs.writeFileSync(path.join(dir, "20260101000000_step0", "migration.sql"), "CREATE TABLE a (id TEXT);");
    const error = await applyMigrations({ url, dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationHistoryError);
    expect((error as MigrationHistoryError).code).toBe(ErrorCode.MigrationChecksumMismatch);
    expect((error as Error).message).toContain("20260101000000_step0 was modified after it was applied");
  });

  it("accepts a migration whose line endings were converted (git autocrlf)", async () => {
    const url = await createEmpty();
    const dir = migrationsFolder(["CREATE TABLE a (id INTEGER);\nCREATE TABLE b (id INTEGER);\n"]);
    await applyMigrations({ url, dir });
    const file = path.join(dir, "20260101000000_step0", "migration.sql");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/\n/g, "\r\n"));
    expect(await applyMigrations({ url, dir })).toEqual([]);
  });

  it("refuses a database that has tables but no migration history", async () => {
    const url = await createEmpty();
    await applyMigrations({ url, dir: migrationsFolder(["CREATE TABLE stray (id INTEGER);"]) });
    // Forget the history, as if the tables had been made by hand.
    if (provider === "sqlite") {
      const db = new Database(sqliteFilePath(url));
      db.exec("DROP TABLE _prisma_migrations");
      db.close();
    } else {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query("DROP TABLE _prisma_migrations");
      await client.end();
    }
    const error = await applyMigrations({ url }).catch((e: unknown) => e);
    expect((error as MigrationHistoryError).code).toBe(ErrorCode.MigrationDatabaseNotEmpty);
  });

  it("reports a failing migration by name", async () => {
    const url = await createEmpty();
    const dir = migrationsFolder(["CREATE TABLE a (id INTEGER);", "CREATE TABLE b (id INTEGER);\nNOT SQL AT ALL;"]);
    await expect(applyMigrations({ url, dir })).rejects.toThrow(/Migration 20260101000001_step1 failed/);

    const second = await applyMigrations({ url, dir }).catch((e: unknown) => e);
    if (provider === "postgresql") {
      // One transaction per script: nothing of it stays, and it is simply retried.
      expect(second).toBeInstanceOf(Error);
      expect((second as Error).message).toMatch(/step1 failed on PostgreSQL and was rolled back/);
      const rows = await historyRows(url, provider);
      expect(rows.map((r) => r.migration_name)).toEqual(["20260101000000_step0"]);
    } else {
      // No transaction on SQLite (see migrate-sqlite.ts): the failure is recorded, as Prisma does,
      // and blocks later runs until a human has looked.
      expect((second as MigrationHistoryError).code).toBe(ErrorCode.MigrationFailedEarlier);
      expect((second as Error).message).toContain("prisma migrate resolve --rolled-back 20260101000001_step1");
      const failed = (await historyRows(url, provider)).find((r) => r.migration_name === "20260101000001_step1");
      expect(failed?.finished_at).toBeNull();
      expect(failed?.logs).toMatch(/syntax error/);
    }
  });
});

/** Runs `npm run db:migrate`'s script in its own process; resolves with its exit code and output. */
function migrateInChildProcess(url: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/db/migrate.ts"], {
      cwd: PACKAGE_ROOT,
      env: { ...process.env, DATABASE_URL: url },
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

// Replicas of one deployment start together and all migrate the same PostgreSQL database.
describe.each(databases.filter((d) => d.provider === "postgresql"))("concurrent appliers on $provider", (db) => {
  it("apply each migration exactly once", async () => {
    const url = await db.createEmpty();
    // The first script is slow, so every applier arrives while it runs; applying any script twice
    // would fail with "relation already exists".
    const dir = migrationsFolder([
      "SELECT pg_sleep(0.3);\nCREATE TABLE a (id INTEGER);",
      "CREATE TABLE b (id INTEGER);",
    ]);
    const results = await Promise.all([1, 2, 3, 4].map(() => applyMigrations({ url, dir })));
    expect(results.flat().sort()).toEqual(["20260101000000_step0", "20260101000001_step1"]);
    expect(await historyRows(url, "postgresql")).toHaveLength(2);
  });

  // A smoke test of the real entry point; the test above is the one that forces the race.
  it("two processes starting at once both succeed and migrate the database once", async () => {
    const url = await db.createEmpty();
    const runs = await Promise.all([migrateInChildProcess(url), migrateInChildProcess(url)]);
    for (const run of runs) expect(run.code, run.output).toBe(0);
    const rows = await historyRows(url, "postgresql");
    expect(rows.map((r) => r.migration_name)).toEqual(readMigrations(migrationsDir("postgresql")).map((m) => m.name));
    expect(runs.filter((r) => r.output.includes("database is up to date"))).toHaveLength(1);
  });
});

describe("SQLite table redefinition", () => {
  // Prisma rebuilds a SQLite table to change a column: new table, copy, DROP, rename, between
  // PRAGMA foreign_keys=OFF/ON. Inside a transaction SQLite ignores that PRAGMA, and the DROP
  // would cascade-delete every child row; the applier must run scripts outside one.
  it("keeps the rows of child tables", async () => {
    const url = await databaseFor("sqlite")!.createEmpty();
    const dir = migrationsFolder([
      `CREATE TABLE "Parent" ("id" TEXT NOT NULL PRIMARY KEY, "name" TEXT);
       CREATE TABLE "Child" ("id" TEXT NOT NULL PRIMARY KEY, "parentId" TEXT NOT NULL,
         CONSTRAINT "Child_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent" ("id") ON DELETE CASCADE);
       INSERT INTO "Parent" VALUES ('p1', NULL);
       INSERT INTO "Child" VALUES ('c1', 'p1');`,
      `PRAGMA defer_foreign_keys=ON;
       PRAGMA foreign_keys=OFF;
       CREATE TABLE "new_Parent" ("id" TEXT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL DEFAULT '');
       INSERT INTO "new_Parent" ("id", "name") SELECT "id", coalesce("name", '') FROM "Parent";
       DROP TABLE "Parent";
       ALTER TABLE "new_Parent" RENAME TO "Parent";
       PRAGMA foreign_keys=ON;
       PRAGMA defer_foreign_keys=OFF;`,
    ]);
    await applyMigrations({ url, dir });
    const db = new Database(sqliteFilePath(url), { readonly: true });
    try {
      expect(db.prepare(`SELECT count(*) FROM "Child"`).pluck().get()).toBe(1);
      expect(db.prepare(`SELECT "name" FROM "Parent"`).pluck().get()).toBe("");
    } finally {
      db.close();
    }
  });
});
