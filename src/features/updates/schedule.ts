import { DateTime } from "luxon";
import type { Tx } from "../../db/index.js";
import { cancelWhere, enqueue } from "../../scheduler/index.js";
import { UpdateLimits } from "./limits.js";

export const FRESHNESS_JOB = "update.freshness";
export const AUTO_ARCHIVE_JOB = "update.auto-archive";
export const DIGEST_JOB = "update.digest";

const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * After an update is posted, edited or confirmed: forget any pending check
 * and ask again `weeks` from now. Runs in the caller's transaction, so the
 * update and its check are stored together or not at all.
 */
export async function scheduleFreshness(
  tx: Tx,
  update: { id: string; networkId: string; confirmedAt: Date },
  weeks: number,
  options: { readonly isNew?: boolean } = {},
): Promise<void> {
  // A brand-new entry has no checks to forget.
  if (!options.isNew) {
    await cancelWhere(tx, { keyPrefix: `${FRESHNESS_JOB}:${update.id}:` });
    await cancelWhere(tx, { keyPrefix: `${AUTO_ARCHIVE_JOB}:${update.id}:` });
  }
  await enqueue(tx, {
    kind: FRESHNESS_JOB,
    dueAt: new Date(update.confirmedAt.getTime() + weeks * WEEK_MS),
    payload: { updateId: update.id },
    dedupeKey: `${FRESHNESS_JOB}:${update.id}:${update.confirmedAt.getTime()}`,
    networkId: update.networkId,
  });
}

/** After the author was asked: archive unless they answer within the answer period. */
export async function scheduleAutoArchive(
  tx: Tx,
  update: { id: string; networkId: string },
  askedAt: Date,
): Promise<void> {
  await enqueue(tx, {
    kind: AUTO_ARCHIVE_JOB,
    dueAt: new Date(askedAt.getTime() + UpdateLimits.freshnessAnswerDays * 24 * 3600 * 1000),
    payload: { updateId: update.id },
    dedupeKey: `${AUTO_ARCHIVE_JOB}:${update.id}:${askedAt.getTime()}`,
    networkId: update.networkId,
  });
}

/**
 * The next digest: Monday 09:00 in the network's own zone, after `after`.
 * Computed in local time, so it stays at 09:00 across the clock changes.
 */
export function nextDigestAt(after: Date, timeZone: string): Date {
  const local = DateTime.fromJSDate(after, { zone: timeZone });
  let candidate = local.set({ weekday: 1, hour: 9, minute: 0, second: 0, millisecond: 0 });
  if (candidate <= local) candidate = candidate.plus({ weeks: 1 });
  return candidate.toJSDate();
}

/** Enqueues the network's next weekly digest (one per network and week, whoever asks). */
export async function scheduleDigest(
  tx: Tx,
  networkId: string,
  timeZone: string,
  after: Date,
  since: Date,
): Promise<Date> {
  const dueAt = nextDigestAt(after, timeZone);
  await enqueue(tx, {
    kind: DIGEST_JOB,
    dueAt,
    payload: { networkId, since: since.toISOString() },
    dedupeKey: `${DIGEST_JOB}:${networkId}:${dueAt.toISOString()}`,
    networkId,
  });
  return dueAt;
}

/** Plans a network's first digest after its digest channel is named: it covers the week before it. */
export function planFirstDigest(tx: Tx, networkId: string, timeZone: string, now: Date): Promise<Date> {
  return scheduleDigest(tx, networkId, timeZone, now, new Date(now.getTime() - WEEK_MS));
}
