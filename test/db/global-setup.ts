/**
 * Vitest global setup (runs once per `vitest` run, before any test file):
 *
 * 1. Keeps the Prisma clients in step with prisma/schema.base.prisma, so a model edit never runs
 *    tests against a stale client: re-derives the provider schemas and regenerates what changed
 *    (about a second per client). In CI a derived schema that differs from the base is an error
 *    instead: the committed file is wrong and `npm run db:schema` must be run and committed.
 * 2. Probes PostgreSQL once and tells the test files (test/support/db.ts) whether to use it.
 * 3. Migrates one SQLite database, which test files copy instead of migrating their own (a copy
 *    takes milliseconds; migrating every test's database took most of the suite's time).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { readBase, staleSchemas, writeSchemas } from "../../scripts/db/derive.js";
import { ensureClients } from "../../scripts/db/generate.js";
import { readSnapshot, sameModelsText, snapshotNames } from "../../scripts/db/history.js";

const DEFAULT_TEST_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

function banner(lines: string[]): string {
  const bar = "!".repeat(78);
  return `\n${bar}\n${lines.map((l) => `!! ${l}`).join("\n")}\n${bar}\n`;
}

function syncSchemasAndClients(ci: boolean): void {
  const stale = staleSchemas();
  if (stale.length > 0 && ci) {
    throw new Error(
      `prisma/${stale.join(", ")} schema.prisma is out of date with prisma/schema.base.prisma: ` +
        `run \`npm run db:schema\` and commit the result.`,
    );
  }
  if (stale.length > 0) console.warn(`[db] schema.base.prisma changed: re-derived ${stale.join(", ")} schema`);
  writeSchemas();
  ensureClients({ log: (msg) => console.warn(`[db] ${msg}`) });

  const last = snapshotNames().at(-1);
  if (last !== undefined && !sameModelsText(readSnapshot(last), readBase())) {
    console.warn(
      banner([
        `The models in prisma/schema.base.prisma changed after the last migration (${last}).`,
        "Database tests will fail until you run: npm run db:migration -- <what_changed>",
      ]),
    );
  }
}

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A migrated SQLite file for test/support/db.ts to copy; removed by the returned teardown. */
async function sqliteTemplate(): Promise<{ file: string; remove: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gather-template-"));
  const file = path.join(dir, "template.db");
  // Imported here: the client it loads was only just (re)generated above.
  const { openDatabase } = await import("../../src/db/index.js");
  const database = await openDatabase({ url: `file:${file}` });
  await database.close();
  const leftovers = fs.readdirSync(dir).filter((name) => name !== "template.db");
  if (leftovers.length > 0) throw new Error(`SQLite template left ${leftovers.join(", ")} beside it`);
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export default async function setup(project: TestProject): Promise<() => void> {
  const ci = Boolean(process.env.CI);
  syncSchemasAndClients(ci);
  const template = await sqliteTemplate();
  project.provide("gatherSqliteTemplate", template.file);

  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const shown = url.replace(/\/\/[^@/]*@/, "//***@");
  const problem = await reachable(url);
  if (problem !== null && ci) {
    throw new Error(
      `PostgreSQL is unreachable at ${shown} (${problem}). CI must run the PostgreSQL tests: ` +
        `start the server or set TEST_DATABASE_URL.`,
    );
  }
  if (problem !== null) {
    console.warn(
      banner([
        `PostgreSQL is unreachable at ${shown}: ${problem}`,
        "Database tests run on SQLite ONLY. CI runs them on PostgreSQL too. To run them here:",
        "  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
        "or set TEST_DATABASE_URL=postgresql://user@host:5432/postgres (a role that may CREATE DATABASE).",
      ]),
    );
  }
  project.provide("gatherPostgresAdminUrl", problem === null ? url : null);
  return template.remove;
}
