/**
 * Migration files and the `_prisma_migrations` history: reading, checksums, and deciding what
 * to apply. Pure apart from reading the folder; the per-database appliers do the I/O.
 *
 * We mirror Prisma Migrate (prisma-engines, `sql_migration_persistence.rs`) so that a user's own
 * `prisma migrate deploy` / `migrate status` agrees with what Gather applied, and the other way round.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ErrorCode } from "../errors.js";
import { MigrationHistoryError } from "./errors.js";

/** One `<name>/migration.sql` of a migrations folder. */
export interface MigrationFile {
  /** The folder name, e.g. `20260101120000_init`; migrations apply in this order. */
  readonly name: string;
  /** The SQL script, as UTF-8 text. */
  readonly sql: string;
  /** Prisma's checksum: SHA-256 of the file's bytes, lower-case hex. */
  readonly checksum: string;
}

/** One row of `_prisma_migrations`, as far as deciding what to apply needs it. */
export interface MigrationRecord {
  readonly migrationName: string;
  readonly checksum: string;
  /** Null while running, and forever when the migration failed. */
  readonly finishedAt: unknown;
  /** Set by `prisma migrate resolve --rolled-back`; such rows are ignored. */
  readonly rolledBackAt: unknown;
  readonly logs: string | null;
}

/** Prisma's checksum of a migration script: SHA-256 hex of its bytes. */
export function checksumOf(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

/**
 * Whether a recorded checksum matches a script. Like Prisma, a file whose line endings were
 * converted (git `autocrlf` on Windows) still matches.
 */
export function checksumMatches(recorded: string, file: MigrationFile): boolean {
  if (recorded === file.checksum) return true;
  const lf = file.sql.replace(/\r\n/g, "\n");
  return recorded === checksumOf(lf) || recorded === checksumOf(lf.replace(/\n/g, "\r\n"));
}

/**
 * Reads the migrations of one provider: every sub-folder holding a `migration.sql`, sorted by name
 * (the timestamp prefix). Other files (`migration_lock.toml`) are skipped, as Prisma does.
 *
 * @returns An empty list when the folder does not exist.
 */
export function readMigrations(dir: string): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: checksumOf(bytes) };
    });
}

/** What {@link planMigrations} decided. */
export interface MigrationPlan {
  /** Files not yet applied, in the order to apply them. */
  readonly pending: MigrationFile[];
  /** Applied migrations with no file here (a newer release migrated this database). */
  readonly unknown: string[];
}

/**
 * Decides which migrations to apply, given the files and the rows of `_prisma_migrations`.
 *
 * @throws MigrationHistoryError when a migration failed earlier (Prisma's P3009: it may be
 *   half-applied and needs a human), or when an applied migration's file has changed since
 *   (Prisma only warns; we refuse, because the database no longer matches what the file says).
 */
export function planMigrations(files: readonly MigrationFile[], records: readonly MigrationRecord[]): MigrationPlan {
  const live = records.filter((r) => r.rolledBackAt == null);

  const failed = live.find((r) => r.finishedAt == null);
  if (failed) {
    throw new MigrationHistoryError(
      ErrorCode.MigrationFailedEarlier,
      `Migration ${failed.migrationName} failed earlier and may be partly applied, so no further ` +
        `migration will run.${failed.logs ? ` Its error was:\n${failed.logs}\n` : " "}` +
        `Repair the database by hand, then mark the migration with ` +
        `\`prisma migrate resolve --rolled-back ${failed.migrationName}\` (or delete its row from ` +
        `_prisma_migrations) and start again.`,
    );
  }

  const applied = new Map(live.map((r) => [r.migrationName, r]));
  for (const file of files) {
    const record = applied.get(file.name);
    if (record && !checksumMatches(record.checksum, file)) {
      throw new MigrationHistoryError(
        ErrorCode.MigrationChecksumMismatch,
        `Migration ${file.name} was modified after it was applied to this database ` +
          `(checksum recorded ${record.checksum}, file has ${file.checksum}). Never edit an ` +
          `applied migration: restore the file (git checkout -- <path>/${file.name}/migration.sql) ` +
          `and create a new migration with \`npm run db:migration -- <name>\`.`,
      );
    }
  }

  const names = new Set(files.map((f) => f.name));
  return {
    pending: files.filter((f) => !applied.has(f.name)),
    unknown: [...applied.keys()].filter((name) => !names.has(name)),
  };
}
