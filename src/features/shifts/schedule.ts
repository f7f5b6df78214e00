import type { RotaPlan } from "./domain.js";
import type { Tx } from "../../db/index.js";
import { cancelWhere, enqueue } from "../../scheduler/index.js";

export const REMIND_JOB = "shift.remind";
export const ESCALATE_JOB = "shift.cover-escalate";
export const COORDINATORS_JOB = "shift.cover-coordinators";
/** A new cover request offered at once to the eligible volunteers. */
export const OFFER_JOB = "shift.cover-offer";
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
 * Whether the re-send `hours` before the shift, due at `dueAt`, would follow the at-once offer
 * made at `offeredAt` too closely: within half its own lead time (the 72-hour re-send for a request
 * made 72–108 hours ahead, the 24-hour one for 24–36 hours, the 4-hour one for 4–6 hours). The
 * offer stands in for it, so nobody is asked twice in quick succession.
 */
export const offerStandsFor = (hours: number, dueAt: Date, offeredAt: Date): boolean =>
  dueAt.getTime() - offeredAt.getTime() < (hours * HOUR) / 2;

/**
 * A new cover request: re-broadcast at each of the network's escalation times still ahead
 * (`escalation`, its setting as stored), then (half the last interval later) tell the
 * coordinators directly if nobody has claimed it. `revision` (":e2") re-plans a request whose
 * shift was moved: used keys never plan again. With `offerNow`, the request is also offered to
 * the eligible volunteers at once, and a re-send that would follow that offer too closely is
 * left out ({@link offerStandsFor}). The offer's key shares the re-sends' prefix, so a claim or
 * a withdrawal before it runs cancels it with them.
 */
export async function planCoverEscalation(
  tx: Tx,
  cover: { id: string },
  shift: { startsAt: Date; networkId: string },
  escalation: string,
  now: Date,
  revision = "",
  options: { readonly offerNow?: boolean } = {},
): Promise<void> {
  const hours = escalationHours(escalation);
  if (options.offerNow) {
    await enqueue(tx, {
      kind: OFFER_JOB,
      dueAt: now,
      payload: { coverId: cover.id },
      dedupeKey: `${ESCALATE_JOB}:${cover.id}:now${revision}`,
      networkId: shift.networkId,
    });
  }
  for (const h of hours) {
    const dueAt = new Date(shift.startsAt.getTime() - h * HOUR);
    if (dueAt <= now) continue;
    if (options.offerNow && offerStandsFor(h, dueAt, now)) continue;
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
