/**
 * Recognising "the database cannot be reached, or is too busy, just now" (as opposed to a bug or bad data), the same
 * way on SQLite and PostgreSQL: the dispatcher answers those with a friendly "try again in a
 * minute" instead of an internal-error reference, and nothing needs restarting when it comes back.
 */

/**
 * Prisma's codes for a server that cannot be reached, timed out or closed the connection; and for
 * one too busy just now: a full pool (P2024), no connection for a transaction in time or a
 * transaction that outlived its timeout (P2028), a write conflict or deadlock to retry (P2034).
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034"]);

/** Socket errors from node (pg) and SQLite's "busy for too long". */
const CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "SQLITE_BUSY",
  // PostgreSQL: the server is shutting down, crashed, not accepting connections yet, or the
  // connection was ended by an administrator (pg_terminate_backend).
  "57P01",
  "57P02",
  "57P03",
  // A statement cancelled by statement_timeout; a session ended by idle_in_transaction_session_timeout.
  "57014",
  "25P03",
]);

/** What the driver adapters call a lost connection (Prisma's DriverAdapterError cause). */
const KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** pg's own errors for a connection that went away mid-query; they carry no code. */
const MESSAGES = [
  /connection terminated/i,
  /connection error/i,
  /server closed the connection/i,
  /can't reach database server/i,
  /not queryable/i,
  /timeout exceeded when trying to connect/i,
  // pg's client-side query_timeout: the server did not answer in time (a hung database).
  /query read timeout/i,
];

/**
 * Whether `error` (or anything in its cause chain) says the database is unreachable right now.
 * PostgreSQL's connection-exception class (SQLSTATE 08xxx) counts too.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === "object" && current !== null && !seen.has(current)) {
    seen.add(current);
    const e = current as {
      name?: unknown;
      code?: unknown;
      kind?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    if (e.name === "PrismaClientInitializationError") return true;
    if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || CODES.has(e.code) || /^08/.test(e.code)))
      return true;
    if (typeof e.kind === "string" && KINDS.has(e.kind)) return true;
    if (typeof e.kind === "string" && e.kind === "postgres") {
      const code = (e as { code?: unknown }).code;
      if (typeof code === "string" && (CODES.has(code) || code.startsWith("08"))) return true;
    }
    if (typeof e.message === "string" && MESSAGES.some((m) => m.test(e.message as string))) return true;
    current = e.meta?.driverAdapterError ?? e.cause;
  }
  return false;
}
