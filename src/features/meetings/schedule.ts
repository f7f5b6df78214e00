import { DateTime } from "luxon";
import type { Tx } from "../../db/index.js";
import type { Meeting, NoticeChange } from "./domain.js";
import { cancelWhere, enqueue } from "../../scheduler/index.js";
import { nextOccurrence, type Occurrence, type Series } from "./recurrence.js";

export const REMIND_JOB = "meeting.remind";
export const NUDGE_JOB = "meeting.place-nudge";
export const NEXT_JOB = "meeting.next";
export const DRAFT_EXPIRY_JOB = "meeting.draft-expire";
export const EVENT_JOB = "meeting.event-next";
export const NOTICE_JOB = "meeting.notice";

const MINUTE = 60 * 1000;
const DAY_MINUTES = 24 * 60;
const DAY = 24 * 60 * MINUTE;

/** A place still "tbc" this long before the start: the host is nudged. */
export const PLACE_NUDGE_MS = 10 * DAY;
/** An unsaved draft is forgotten after this. */
export const DRAFT_TTL_MS = 24 * 60 * MINUTE;

export const seriesOf = (meeting: Meeting): Series => ({
  startsAt: meeting.startsAt,
  timeZone: meeting.timeZone,
  rrule: meeting.rrule,
  durationMinutes: meeting.durationMinutes,
});

/** The meeting's reminder offsets (minutes before the start): its own, else the network's. */
export function offsetsOf(meeting: Pick<Meeting, "reminderOffsets">, networkOffsets: string): number[] {
  const parse = (json: string | null): number[] | undefined => {
    if (json === null) return undefined;
    try {
      const value: unknown = JSON.parse(json);
      return Array.isArray(value) ? value.filter((v): v is number => typeof v === "number" && v > 0) : undefined;
    } catch {
      return undefined;
    }
  };
  return parse(meeting.reminderOffsets) ?? parse(networkOffsets) ?? [];
}

/**
 * When a reminder `offset` minutes before `start` is due. Whole days and weeks count in the
 * meeting's wall-clock time: "1 day before" a 19:00 meeting is 19:00 the day before, even across
 * a clock change; other offsets are plain minutes.
 */
export function reminderAt(start: Date, offset: number, zone: string): Date {
  if (offset % DAY_MINUTES !== 0) return new Date(start.getTime() - offset * MINUTE);
  return DateTime.fromJSDate(start, { zone })
    .minus({ days: offset / DAY_MINUTES })
    .toJSDate();
}

/** Every key prefix of a meeting's jobs: what a change or a cancellation clears. */
const prefixes = (meetingId: string) =>
  [REMIND_JOB, NUDGE_JOB, NEXT_JOB, EVENT_JOB].map((kind) => `${kind}:${meetingId}:`);

/** Cancels every pending job of a meeting. */
export async function cancelMeetingJobs(tx: Tx, meetingId: string): Promise<number> {
  let cancelled = 0;
  for (const keyPrefix of prefixes(meetingId)) cancelled += await cancelWhere(tx, { keyPrefix });
  return cancelled;
}

/**
 * Plans one occurrence: its reminders due after `after`, the "place still tbc" nudge, and — for a
 * series — the job that plans the next occurrence once this one starts, and the one that moves the
 * spaces' events (Discord's Events tab) on to the next occurrence once this one has ended. Keys carry the meeting's
 * sequence, so a change (which bumps it) plans afresh instead of hitting the old, cancelled keys.
 */
export async function planOccurrence(
  tx: Tx,
  meeting: Meeting,
  occurrence: Occurrence,
  offsets: readonly number[],
  after: Date,
): Promise<void> {
  const base = { networkId: meeting.networkId };
  const tail = `${occurrence.key}:${meeting.sequence}`;
  for (const offset of offsets) {
    const dueAt = reminderAt(occurrence.start, offset, meeting.timeZone);
    if (dueAt <= after) continue;
    await enqueue(tx, {
      ...base,
      kind: REMIND_JOB,
      dueAt,
      payload: { meetingId: meeting.id, occurrence: occurrence.key, offset },
      dedupeKey: `${REMIND_JOB}:${meeting.id}:${occurrence.key}:${offset}:${meeting.sequence}`,
    });
  }
  const nudgeAt = new Date(occurrence.start.getTime() - PLACE_NUDGE_MS);
  if (meeting.place === null && nudgeAt > after) {
    await enqueue(tx, {
      ...base,
      kind: NUDGE_JOB,
      dueAt: nudgeAt,
      payload: { meetingId: meeting.id, occurrence: occurrence.key },
      dedupeKey: `${NUDGE_JOB}:${meeting.id}:${tail}`,
    });
  }
  if (meeting.rrule) {
    await enqueue(tx, {
      ...base,
      kind: NEXT_JOB,
      dueAt: occurrence.start,
      payload: { meetingId: meeting.id, occurrence: occurrence.key },
      dedupeKey: `${NEXT_JOB}:${meeting.id}:${tail}`,
    });
    await enqueue(tx, {
      ...base,
      kind: EVENT_JOB,
      dueAt: occurrence.end,
      payload: { meetingId: meeting.id, occurrence: occurrence.key },
      dedupeKey: `${EVENT_JOB}:${meeting.id}:${tail}`,
    });
  }
}

/**
 * After a meeting is saved or changed: forget its pending jobs and plan its next occurrence, with
 * the network's reminder offsets (JSON) unless it has its own. Runs in the caller's transaction, so
 * the change and its reminders are stored together.
 */
export async function planMeeting(
  tx: Tx,
  meeting: Meeting,
  now: Date,
  networkOffsets: string,
): Promise<Occurrence | undefined> {
  await cancelMeetingJobs(tx, meeting.id);
  if (meeting.status !== "scheduled") return undefined;
  const occurrence = nextOccurrence(seriesOf(meeting), now);
  if (!occurrence) return undefined;
  await planOccurrence(tx, meeting, occurrence, offsetsOf(meeting, networkOffsets), now);
  return occurrence;
}

/** What a notice to one of those coming says: the meeting changed (what), or is cancelled. */
export type Notice =
  | { readonly kind: "changed"; readonly changes: readonly NoticeChange[] }
  | { readonly kind: "cancelled"; readonly occurrence: string };

/**
 * Plans a notice to each of `memberIds`, one job each (a retry never writes to anyone twice), due
 * now: telling everyone coming is slow, so the member who made the change is answered first.
 * Keys carry the meeting's sequence after the change, so each change tells its own news.
 */
export async function planNotices(
  tx: Tx,
  meeting: Pick<Meeting, "id" | "networkId" | "sequence">,
  memberIds: readonly string[],
  notice: Notice,
  now: Date,
): Promise<void> {
  for (const memberId of memberIds) {
    await enqueue(tx, {
      kind: NOTICE_JOB,
      dueAt: now,
      payload: { meetingId: meeting.id, memberId, ...notice },
      dedupeKey: `${NOTICE_JOB}:${meeting.id}:${meeting.sequence}:${memberId}`,
      networkId: meeting.networkId,
    });
  }
}

/** A draft is removed unless saved within a day. */
export async function planDraftExpiry(tx: Tx, meeting: Pick<Meeting, "id" | "networkId">, now: Date): Promise<void> {
  await enqueue(tx, {
    kind: DRAFT_EXPIRY_JOB,
    dueAt: new Date(now.getTime() + DRAFT_TTL_MS),
    payload: { meetingId: meeting.id },
    dedupeKey: `${DRAFT_EXPIRY_JOB}:${meeting.id}`,
    networkId: meeting.networkId,
  });
}
