/**
 * Applies migrations to a SQLite file with better-sqlite3, recording them as Prisma Migrate does.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { ErrorCode } from "../errors.js";
import { MigrationError, MigrationHistoryError } from "./errors.js";
import { planMigrations, type MigrationFile, type MigrationRecord } from "./migrations.js";
import { SQLITE_BUSY_TIMEOUT_MS } from "./url.js";

/** Prisma's own DDL for SQLite (prisma-engines, `flavour/sqlite.rs`), column for column. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);`;

/**
 * Applies the pending migrations to the SQLite database in `file` (created, with its folder, if
 * missing).
 *
 * Scripts run with `exec`, outside any transaction: Prisma's table-redefinition scripts switch
 * `PRAGMA foreign_keys` off and on, which SQLite ignores inside a transaction. A failed script is
 * therefore recorded as failed (with its error in `logs`), exactly as Prisma does, and blocks
 * later runs until a human repairs the database.
 *
 * Timestamps are written as Unix milliseconds, as Prisma's native engine writes them.
 * One process per SQLite file is assumed: two appliers racing on one file are not coordinated.
 *
 * @returns The names of the migrations applied by this call.
 */
export function applySqliteMigrations(
  file: string,
  migrations: readonly MigrationFile[],
  log: (msg: string) => void,
): string[] {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    db.pragma("foreign_keys = ON"); // as Prisma's SQLite connections do
    ensureMigrationsTable(db);
    const records = db
      .prepare(
        `SELECT migration_name AS migrationName, checksum, finished_at AS finishedAt,
                rolled_back_at AS rolledBackAt, logs
           FROM _prisma_migrations ORDER BY started_at ASC`,
      )
      .all() as MigrationRecord[];
    const plan = planMigrations(migrations, records);
    if (plan.unknown.length > 0) {
      log(`database has migrations this release does not know (newer release?): ${plan.unknown.join(", ")}`);
    }
    for (const migration of plan.pending) applyOne(db, migration, log);
    return plan.pending.map((m) => m.name);
  } finally {
    db.close();
  }
}

/**
 * Creates `_prisma_migrations` in an empty database. Like Prisma (P3005), refuses a database that
 * has tables but no migration history: applying the first migration there would fail half-way.
 */
function ensureMigrationsTable(db: Database.Database): void {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[];
  if (tables.includes("_prisma_migrations")) return;
  if (tables.length > 0) {
    throw new MigrationHistoryError(
      ErrorCode.MigrationDatabaseNotEmpty,
      `The SQLite database is not empty (tables: ${tables.join(", ")}) but has no _prisma_migrations ` +
        `table, so Gather cannot tell which migrations it already has. Point DATABASE_URL at a new ` +
        `file, or baseline this one (https://pris.ly/d/migrate-baseline).`,
    );
  }
  db.exec(CREATE_MIGRATIONS_TABLE);
}

/** Runs one script, recording start, success or failure in Prisma's order. */
function applyOne(db: Database.Database, migration: MigrationFile, log: (msg: string) => void): void {
  const id = randomUUID();
  db.prepare(`INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) VALUES (?, ?, ?, ?)`).run(
    id,
    migration.checksum,
    Date.now(),
    migration.name,
  );
  try {
    db.exec(migration.sql);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    db.prepare(`UPDATE _prisma_migrations SET logs = ? WHERE id = ?`).run(message, id);
    throw new MigrationError(ErrorCode.MigrationFailed, `Migration ${migration.name} failed on SQLite: ${message}`, {
      cause: error,
    });
  }
  db.prepare(
    `UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1, finished_at = ? WHERE id = ?`,
  ).run(Date.now(), id);
  log(`applied migration ${migration.name}`);
}
