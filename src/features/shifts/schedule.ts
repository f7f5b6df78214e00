import type { RotaPlan } from "./domain.js";
import type { Tx } from "../../db/index.js";
import { cancelWhere, enqueue } from "../../scheduler/index.js";

export const REMIND_JOB = "shift.remind";
export const ESCALATE_JOB = "shift.cover-escalate";
export const COORDINATORS_JOB = "shift.cover-coordinators";
export const EXPIRY_JOB = "shift.check-expiry";

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** Days before a check expires at which the member and the coordinators are warned. */
export const EXPIRY_WARNING_DAYS = [60, 30, 7] as const;
/** A cover asked for less than this long before the shift is a late cancellation. */
export const LATE_MS = DAY;

/** "Still coming?" the day before, to whoever holds the place; keyed by place and person. */
export async function planReminder(
  tx: Tx,
  place: { assignmentId: string; memberId: string; startsAt: Date; networkId: string },
  now: Date,
  revision = "",
): Promise<void> {
  const dueAt = new Date(place.startsAt.getTime() - DAY);
  if (dueAt <= now) return; // taken on within a day of the shift: they know
  await enqueue(tx, {
    kind: REMIND_JOB,
    dueAt,
    payload: { assignmentId: place.assignmentId, memberId: place.memberId },
    // `now` in the key: a place handed back later is planned afresh (a used key never plans again);
    // an edit's revision: a moved shift is planned afresh even within the same millisecond.
    dedupeKey: `${REMIND_JOB}:${place.assignmentId}:${place.memberId}:${now.getTime()}${revision}`,
    networkId: place.networkId,
  });
}

export async function unplanReminders(tx: Tx, assignmentId: string): Promise<void> {
  await cancelWhere(tx, { keyPrefix: `${REMIND_JOB}:${assignmentId}:` });
}

/** Hours before the shift at which the network re-broadcasts uncovered requests, e.g. [72, 24, 4]. */
export function escalationHours(stored: string): number[] {
  try {
    const parsed = JSON.parse(stored) as unknown;
    if (Array.isArray(parsed)) {
      const hours = parsed.filter((h): h is number => typeof h === "number" && h > 0);
      return [...new Set(hours)].sort((a, b) => b - a);
    }
  } catch {
    // fall through to the default
  }
  return [72, 24, 4];
}

/**
 * A new cover request: re-broadcast at each of the network's escalation times still ahead
 * (`escalation`, its setting as stored), then (half the last interval later) tell the
 * coordinators directly if nobody has claimed it. `revision` (":e2") re-plans a request whose
 * shift was moved: used keys never plan again.
 */
export async function planCoverEscalation(
  tx: Tx,
  cover: { id: string },
  shift: { startsAt: Date; networkId: string },
  escalation: string,
  now: Date,
  revision = "",
): Promise<void> {
  const hours = escalationHours(escalation);
  for (const h of hours) {
    const dueAt = new Date(shift.startsAt.getTime() - h * HOUR);
    if (dueAt <= now) continue;
    await enqueue(tx, {
      kind: ESCALATE_JOB,
      dueAt,
      payload: { coverId: cover.id, hours: h },
      dedupeKey: `${ESCALATE_JOB}:${cover.id}:${h}${revision}`,
      networkId: shift.networkId,
    });
  }
  const last = hours[hours.length - 1] ?? 4;
  const dueAt = new Date(Math.max(now.getTime(), shift.startsAt.getTime() - (last * HOUR) / 2));
  if (dueAt < shift.startsAt) {
    await enqueue(tx, {
      kind: COORDINATORS_JOB,
      dueAt,
      payload: { coverId: cover.id },
      dedupeKey: `${COORDINATORS_JOB}:${cover.id}${revision}`,
      networkId: shift.networkId,
    });
  }
}

/** Covered: nothing left to chase. */
export async function unplanCover(tx: Tx, coverId: string): Promise<void> {
  await cancelWhere(tx, { keyPrefix: `${ESCALATE_JOB}:${coverId}:` });
  await cancelWhere(tx, { keyPrefix: `${COORDINATORS_JOB}:${coverId}` });
}

/** Warnings 60, 30 and 7 days before a check expires; a new expiry replaces the old plan. */
export async function planExpiryWarnings(
  tx: Tx,
  check: { id: string; networkId: string; expiresAt: Date | null },
  now: Date,
): Promise<void> {
  await cancelWhere(tx, { keyPrefix: `${EXPIRY_JOB}:${check.id}:` });
  if (!check.expiresAt) return;
  for (const days of EXPIRY_WARNING_DAYS) {
    const dueAt = new Date(check.expiresAt.getTime() - days * DAY);
    if (dueAt <= now) continue;
    await enqueue(tx, {
      kind: EXPIRY_JOB,
      dueAt,
      payload: { checkId: check.id, days, expiresAt: check.expiresAt.toISOString() },
      dedupeKey: `${EXPIRY_JOB}:${check.id}:${now.getTime()}:${days}`,
      networkId: check.networkId,
    });
  }
}

/** The plan the rota's stores follow, in the transaction of each change. */
export const rotaPlan: RotaPlan = {
  placeTaken: planReminder,
  placeLeft: unplanReminders,
  coverAsked: planCoverEscalation,
  coverClosed: unplanCover,
  checkRecorded: planExpiryWarnings,
};
