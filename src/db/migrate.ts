/**
 * Gather's migration applier: runs `prisma/<provider>/migrations/<name>/migration.sql` in order and
 * records each in `_prisma_migrations` exactly as Prisma Migrate does (same table, columns,
 * checksum, advisory lock), so `prisma migrate deploy` / `migrate status` agree with it.
 *
 * Why not Prisma's own `migrate deploy`? It needs Prisma's native schema engine, which the CLI
 * downloads from Prisma's binary host on first use; machines that reach only the npm registry
 * cannot fetch it. This applier needs only the database drivers, at start-up and in tests.
 */
import { ErrorCode } from "../errors.js";
import { MigrationError } from "./errors.js";
import { type Provider, migrationsDir } from "./layout.js";
import { readMigrations } from "./migrations.js";
import { providerOf, sqliteFilePath } from "./url.js";

export { MigrationError, MigrationHistoryError } from "./errors.js";

/** Options for {@link applyMigrations}. */
export interface ApplyMigrationsOptions {
  /** The database: `file:...` or `postgresql://...`. */
  readonly url: string;
  /** The migrations folder; by default `prisma/<provider>/migrations` of this repository. */
  readonly dir?: string;
  /** Progress messages ("applied migration …"). Silent by default. */
  readonly log?: (msg: string) => void;
  /** PostgreSQL: how long to wait for another applier's lock (default 120 s). */
  readonly lockTimeoutMs?: number;
}

/**
 * Applies every pending migration to the database at `url`. Safe to call on every start-up: a
 * second call is a no-op, and on PostgreSQL concurrent callers apply each migration once.
 *
 * @returns The names of the migrations this call applied (empty when up to date).
 * @throws MigrationHistoryError when an applied migration's file changed (checksum mismatch), an
 *   earlier migration failed, or the database has tables but no migration history.
 */
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<string[]> {
  const provider: Provider = providerOf(options.url);
  const migrations = readMigrations(options.dir ?? migrationsDir(provider));
  const log = options.log ?? (() => undefined);
  if (migrations.length === 0) {
    throw new MigrationError(
      ErrorCode.MigrationsMissing,
      `No migrations found in ${options.dir ?? migrationsDir(provider)}.`,
    );
  }
  // Only the provider in use has its driver loaded.
  if (provider === "sqlite") {
    const { applySqliteMigrations } = await import("./migrate-sqlite.js");
    return applySqliteMigrations(sqliteFilePath(options.url), migrations, log);
  }
  const { applyPostgresMigrations } = await import("./migrate-postgres.js");
  return applyPostgresMigrations(options.url, migrations, log, { lockTimeoutMs: options.lockTimeoutMs });
}
