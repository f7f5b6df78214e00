/**
 * Recognising database errors that callers handle, the same way on SQLite and PostgreSQL, and the
 * errors migrations end with.
 */
import { GatherError, type ErrorCode } from "../errors.js";
import { Prisma } from "../generated/sqlite/client.js";

/**
 * Whether `error` is a unique-constraint violation (Prisma's P2002), e.g. a second Space with the
 * same platform and external id. Works for both providers: their clients share one runtime.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Thrown when the database's migration history forbids applying anything; a human must look. */
export class MigrationHistoryError extends GatherError {
  declare readonly code:
    | typeof ErrorCode.MigrationChecksumMismatch
    | typeof ErrorCode.MigrationFailedEarlier
    | typeof ErrorCode.MigrationDatabaseNotEmpty;

  constructor(code: MigrationHistoryError["code"], message: string) {
    super(code, message);
    this.name = "MigrationHistoryError";
  }
}

/** A migration could not run now: its script failed, the lock did not come, or there is none to run. */
export class MigrationError extends GatherError {
  declare readonly code:
    typeof ErrorCode.MigrationFailed | typeof ErrorCode.MigrationLockTimeout | typeof ErrorCode.MigrationsMissing;

  constructor(code: MigrationError["code"], message: string, options?: ErrorOptions) {
    super(code, message, {}, options);
    this.name = "MigrationError";
  }
}
