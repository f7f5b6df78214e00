/**
 * Recognising database errors that callers handle, the same way on SQLite and PostgreSQL.
 */
import { Prisma } from "../generated/sqlite/client.js";

/**
 * Whether `error` is a unique-constraint violation (Prisma's P2002), e.g. a second Space with the
 * same platform and external id. Works for both providers: their clients share one runtime.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
