/**
 * Applies migrations to PostgreSQL with `pg`, recording them as Prisma Migrate does.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { ErrorCode } from "../errors.js";
import { MigrationError, MigrationHistoryError } from "./errors.js";
import { planMigrations, type MigrationFile, type MigrationRecord } from "./migrations.js";

/** Prisma Migrate's advisory lock key: holding it also keeps a concurrent `prisma migrate deploy` out. */
export const PRISMA_ADVISORY_LOCK_KEY = 72707369;

/** Prisma's own DDL for PostgreSQL (prisma-engines, `flavour/postgres.rs`), column for column. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

/** Options for {@link applyPostgresMigrations}. */
export interface PostgresMigrateOptions {
  /**
   * How long to wait for the advisory lock held by another applier (or `prisma migrate deploy`)
   * before giving up. Longer than Prisma's fixed 10 s: a replica starting while another one runs
   * a long migration should wait, not crash-loop.
   */
  readonly lockTimeoutMs?: number;
}

/**
 * Applies the pending migrations to the PostgreSQL database at `url`.
 *
 * Everything happens under Prisma's session advisory lock, on one dedicated connection, so
 * replicas starting together (or a `prisma migrate deploy` next to them) apply each migration
 * exactly once: the second one in waits, then finds nothing to do. Each script runs in one
 * transaction together with its `_prisma_migrations` row, so a failed script leaves neither a
 * half-applied schema nor a "failed" row behind (Prisma itself does not wrap scripts; do not put
 * statements that refuse transactions, like `CREATE INDEX CONCURRENTLY`, in a migration).
 *
 * @returns The names of the migrations applied by this call.
 */
export async function applyPostgresMigrations(
  url: string,
  migrations: readonly MigrationFile[],
  log: (msg: string) => void,
  options: PostgresMigrateOptions = {},
): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET lock_timeout = ${Math.max(1, Math.trunc(options.lockTimeoutMs ?? 120_000))}`);
    try {
      await client.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK_KEY})`);
    } catch (error) {
      throw new MigrationError(
        ErrorCode.MigrationLockTimeout,
        `Timed out waiting for the migration lock (pg_advisory_lock(${PRISMA_ADVISORY_LOCK_KEY})): ` +
          `another process is migrating this database, or a connection pooler kept a stale lock. ` +
          `Use a direct (unpooled) connection URL.`,
        { cause: error },
      );
    }
    await client.query(`RESET lock_timeout`);
    try {
      await ensureMigrationsTable(client);
      const { rows } = await client.query<MigrationRecord>(
        `SELECT migration_name AS "migrationName", checksum, finished_at AS "finishedAt",
                rolled_back_at AS "rolledBackAt", logs
           FROM _prisma_migrations ORDER BY started_at ASC`,
      );
      const plan = planMigrations(migrations, rows);
      if (plan.unknown.length > 0) {
        log(`database has migrations this release does not know (newer release?): ${plan.unknown.join(", ")}`);
      }
      for (const migration of plan.pending) await applyOne(client, migration, log);
      return plan.pending.map((m) => m.name);
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK_KEY})`);
    }
  } finally {
    await client.end();
  }
}

/**
 * Creates `_prisma_migrations` in an empty schema; refuses (like Prisma's P3005) a schema that has
 * tables but no migration history. Only runs under the advisory lock, so two appliers never race here.
 */
async function ensureMigrationsTable(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const tables = rows.map((r) => r.name);
  if (tables.includes("_prisma_migrations")) return;
  if (tables.length > 0) {
    throw new MigrationHistoryError(
      ErrorCode.MigrationDatabaseNotEmpty,
      `The PostgreSQL schema is not empty (tables: ${tables.join(", ")}) but has no ` +
        `_prisma_migrations table, so Gather cannot tell which migrations it already has. Use an ` +
        `empty database, or baseline this one (https://pris.ly/d/migrate-baseline).`,
    );
  }
  await client.query(CREATE_MIGRATIONS_TABLE);
}

/** Runs one script and its history row in a single transaction. */
async function applyOne(client: pg.Client, migration: MigrationFile, log: (msg: string) => void): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) VALUES ($1, $2, $3, $4)`,
      [id, migration.checksum, new Date(), migration.name],
    );
    // No parameters: pg uses the simple query protocol, which runs a multi-statement script.
    await client.query(migration.sql);
    await client.query(
      `UPDATE _prisma_migrations
          SET applied_steps_count = applied_steps_count + 1, finished_at = $2 WHERE id = $1`,
      [id, new Date()],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined); // the connection may be gone; report the cause
    const message = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      ErrorCode.MigrationFailed,
      `Migration ${migration.name} failed on PostgreSQL and was rolled back: ${message}`,
      {
        cause: error,
      },
    );
  }
  log(`applied migration ${migration.name}`);
}
