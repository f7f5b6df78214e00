import type { SeenRequests } from "../core/seen-requests.js";
import type { Logger } from "../core/logger.js";
import { isUniqueViolation } from "./errors.js";
import type { Db } from "./index.js";

/** How often one instance deletes expired rows: the table holds at most a few minutes of requests. */
const SWEEP_EVERY_MS = 60_000;

/**
 * {@link SeenRequests} in the SeenRequest table, shared by every instance on the database. The
 * INSERT itself decides: the key is the primary key, so a second copy conflicts (never
 * look-then-insert, which two instances could both pass). An expired row still conflicts until it is
 * swept; harmless, because a key's request is refused for its timestamp by then anyway.
 */
export function databaseSeenRequests(db: Db, logger: Logger, now: () => number = Date.now): SeenRequests {
  let lastSweep = 0;
  const sweep = (at: number): void => {
    if (at - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = at;
    // Not awaited: the request need not wait for the clean-up, and a failure only delays it.
    db.seenRequest.deleteMany({ where: { expiresAt: { lt: new Date(at) } } }).catch((error: unknown) => {
      logger.warn({ err: error }, "seen requests: could not delete expired rows");
    });
  };
  return {
    async firstSeen(key, expiresAt) {
      sweep(now());
      try {
        await db.seenRequest.create({ data: { id: key, expiresAt } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
  };
}
