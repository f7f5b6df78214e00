/**
 * Gather's database: one Prisma client API over SQLite (the default: one process, one file) or
 * PostgreSQL (many networks, several replicas), chosen by the URL.
 *
 * Library code: nothing here reads `process.env`; the caller passes the URL (src/config.ts
 * reads DATABASE_URL once, at the edge).
 */
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient as SqliteClient, Prisma } from "../generated/sqlite/client.js";
import type { Provider } from "./layout.js";
import { applyMigrations } from "./migrate.js";
import { yieldingSqlite } from "./sqlite-adapter.js";
import { providerOf, SQLITE_BUSY_TIMEOUT_MS, sqliteFilePath } from "./url.js";

export type { Provider } from "./layout.js";
export { providerOf } from "./url.js";
export { applyMigrations, MigrationHistoryError, type ApplyMigrationsOptions } from "./migrate.js";
export { isUniqueViolation } from "./errors.js";

// Model types (Network, Member, …) and the Prisma namespace (input types, `Prisma.sql`, error
// classes), taken from the SQLite client. The PostgreSQL client is generated from the same models;
// both load their error classes from the one shared runtime, so `instanceof` works for either.
export type * from "../generated/sqlite/client.js";
export { Prisma } from "../generated/sqlite/client.js";

/**
 * The Prisma client Gather codes against: the SQLite client's type. The PostgreSQL client is
 * generated from the same models, so it has the same API at run time; its types differ only in
 * PostgreSQL-only extras (`mode: "insensitive"`, `skipDuplicates`), which Gather must not use
 * because SQLite lacks them.
 */
export type Db = SqliteClient;

/**
 * What `db.$transaction(async (tx) => …)` passes to its callback. Write data functions against
 * `Tx`: both a {@link Db} and a transaction client fit it, so one function serves both.
 */
export type Tx = Prisma.TransactionClient;

/** An open database. */
export interface Database {
  readonly prisma: Db;
  readonly provider: Provider;
  /** Disconnects the client (and its connection pool). */
  close(): Promise<void>;
}

/** Options for {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /**
   * `file:./data/gather.db` (SQLite; relative to the process's working directory, folder created
   * if missing) or `postgresql://user:password@host:5432/db`.
   */
  readonly url: string;
  /** Apply pending migrations before opening (default true). */
  readonly migrate?: boolean;
  /** Receives progress messages, e.g. "applied migration 20260101120000_init". */
  readonly log?: (msg: string) => void;
  /**
   * PostgreSQL: how long a query may run (default {@link PG_QUERY_TIMEOUT_MS}). Only bulk tools
   * (benchmarks filling 100,000 rows, copies) need longer; the bot keeps the default.
   */
  readonly queryTimeoutMs?: number;
}

/**
 * Opens the database at `opts.url`, applying pending migrations first unless `migrate: false`.
 *
 * SQLite connections use WAL (readers never wait for the writer), enforce foreign keys (so
 * `onDelete: Cascade` works) and wait up to 5 s for a busy lock instead of failing at once.
 *
 * @throws Error for an unsupported URL; MigrationHistoryError when migrations cannot be applied.
 */
export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  const provider = providerOf(opts.url);
  if (opts.migrate ?? true) {
    await applyMigrations({ url: opts.url, ...(opts.log ? { log: opts.log } : {}) });
  }
  const prisma =
    provider === "sqlite"
      ? await openSqlite(opts.url)
      : await openPostgres(opts.url, opts.queryTimeoutMs ?? PG_QUERY_TIMEOUT_MS);
  return {
    prisma,
    provider,
    close: () => prisma.$disconnect(),
  };
}

// Each provider's client and driver are imported only when that provider is opened, so a process
// holds one generated client, not two (see bench/memory.ts).
async function openSqlite(url: string): Promise<Db> {
  const [{ PrismaBetterSqlite3 }, { PrismaClient: SqliteClient }] = await Promise.all([
    import("@prisma/adapter-better-sqlite3"),
    import("../generated/sqlite/client.js"),
  ]);
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // The adapter strips "file:" and hands the rest to better-sqlite3, so give it the absolute path.
  const adapter = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
  const prisma = new SqliteClient({ adapter: yieldingSqlite(adapter) });
  try {
    // The adapter keeps one connection, so per-connection pragmas set here hold for the client's life.
    await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL"); // returns a row: not $executeRaw
    // In WAL mode NORMAL syncs at checkpoints, not at every commit: a power cut may lose the last
    // moments of writes but never corrupts the file. Each commit's fsync cost ~5 ms here, and one
    // command commits several times (rate count, the change itself, activity).
    await prisma.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
    await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  } catch (error) {
    await prisma.$disconnect();
    throw error;
  }
  return prisma;
}

/**
 * Bounded waits on PostgreSQL, so a database that accepts connections but never answers fails
 * requests instead of hanging them: a new connection gives up after {@link PG_CONNECT_TIMEOUT_MS}; a
 * query the server has not answered after {@link PG_QUERY_TIMEOUT_MS} fails on the client (and its
 * connection is dropped from the pool), and the server cancels a statement running that long, so it
 * does not go on with work the client gave up on; a session left idle inside a transaction is ended
 * after {@link PG_IDLE_IN_TRANSACTION_MS}. So a command on a hung database fails, and its write is not
 * made later, about when the dispatcher's deadline (src/core/deadline.ts) would answer it; and a job
 * step fails and is retried with back-off. Gather's queries take milliseconds; bulk work is chunked.
 */
export const PG_CONNECT_TIMEOUT_MS = 2_000;
export const PG_QUERY_TIMEOUT_MS = 2_000;
export const PG_IDLE_IN_TRANSACTION_MS = 10_000;

async function openPostgres(url: string, queryTimeoutMs: number): Promise<Db> {
  const [{ PrismaPg }, { PrismaClient: PostgresClient }] = await Promise.all([
    import("@prisma/adapter-pg"),
    import("../generated/postgres/client.js"),
  ]);
  const adapter = new PrismaPg({
    connectionString: url,
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    query_timeout: queryTimeoutMs,
    statement_timeout: queryTimeoutMs,
    idle_in_transaction_session_timeout: PG_IDLE_IN_TRANSACTION_MS,
  });
  // Same models, same API (see Db); the generated types are nominally distinct classes.
  return new PostgresClient({ adapter }) as unknown as Db;
}
