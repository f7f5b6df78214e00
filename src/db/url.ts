/**
 * Reading database URLs: which provider, and (for SQLite) which file.
 */
import path from "node:path";
import type { Provider } from "./layout.js";

/**
 * The provider a database URL points at.
 *
 * @param url - `file:...` (SQLite) or `postgres://...` / `postgresql://...` (PostgreSQL).
 * @throws Error naming the accepted forms when the URL is neither.
 */
export function providerOf(url: string): Provider {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgresql";
  const shown = url.replace(/\/\/[^@/]*@/, "//***@"); // never echo a password
  throw new Error(
    `Unsupported database URL "${shown}": use file:./data/gather.db for SQLite, ` +
      `or postgresql://user:password@host:5432/dbname for PostgreSQL.`,
  );
}

/**
 * The absolute path of the SQLite file a `file:` URL names.
 *
 * Relative paths are read against `cwd` (the process's working directory by default), unlike
 * Prisma 6's schema-file URLs which were relative to the schema file. Query parameters are
 * ignored. In-memory databases are refused: migrations run on their own connection, so an
 * in-memory database would be migrated and thrown away before the client opened its own.
 *
 * @throws Error for `file::memory:` and empty paths.
 */
export function sqliteFilePath(url: string, cwd: string = process.cwd()): string {
  let rest = url.slice("file:".length);
  const query = rest.indexOf("?");
  if (query >= 0) rest = rest.slice(0, query);
  if (rest.startsWith("//")) rest = decodeURIComponent(rest.slice(2)); // file:///abs/path
  if (rest === "" || rest === ":memory:") {
    throw new Error(`In-memory SQLite is not supported ("${url}"): use a file, e.g. file:./data/gather.db.`);
  }
  return path.resolve(cwd, rest);
}

/** How long a SQLite connection waits for another's write lock before failing with SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;
