import { randomInt } from "node:crypto";
import { auditorFor } from "../../core/audit.js";
import { isUniqueViolation, type Db, type Meeting as MeetingRow, type Tx } from "../../db/index.js";
import { cancel } from "../../scheduler/index.js";
import type { Answer, Meeting, MeetingAnswer, MeetingFields, MeetingStatus, NoticeChange } from "./domain.js";
import { nextOccurrence, type Occurrence } from "./recurrence.js";
import {
  cancelMeetingJobs,
  DRAFT_EXPIRY_JOB,
  planDraftExpiry,
  planMeeting,
  planNotices,
  planOccurrence,
  seriesOf,
} from "./schedule.js";

export { ANSWERS, type Answer, type MeetingFields } from "./domain.js";

/** Meetings a member can see: drafts are only their maker's echo. */
const LIVE = { in: ["scheduled", "cancelled"] };
/** Those who are told when a meeting they come to changes. */
const COMING: Answer[] = ["going", "maybe"];

const record = auditorFor("Meeting");

/** A stored meeting as the feature sees it. */
export function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id,
    networkId: row.networkId,
    number: row.number,
    title: row.title,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    timeZone: row.timeZone,
    rrule: row.rrule,
    hostId: row.hostId,
    hostName: row.hostName,
    place: row.place,
    onlineUrl: row.onlineUrl,
    agendaUrl: row.agendaUrl,
    reminderOffsets: row.reminderOffsets,
    status: row.status as MeetingStatus,
    sequence: row.sequence,
    spaceId: row.spaceId,
    channelId: row.channelId,
    createdById: row.createdById,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    cancelledAt: row.cancelledAt,
  };
}

/** Who said Going or Maybe to an occurrence, oldest answer first, but `except` (who made the change). */
async function comingTo(tx: Tx, meetingId: string, occurrence: string, except: string): Promise<string[]> {
  const rows = await tx.meetingRsvp.findMany({
    where: { meetingId, occurrence, answer: { in: COMING } },
    select: { memberId: true },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => r.memberId).filter((id) => id !== except);
}

/** Meetings, their RSVPs and their planned reminders. Every change is audited in its transaction. */
export class MeetingStore {
  constructor(private readonly db: Db) {}

  async byNumber(networkId: string, number: number): Promise<Meeting | undefined> {
    const row = await this.db.meeting.findFirst({ where: { networkId, number, status: LIVE } });
    return row ? toMeeting(row) : undefined;
  }

  async byId(id: string): Promise<Meeting | undefined> {
    const row = await this.db.meeting.findUnique({ where: { id } });
    return row ? toMeeting(row) : undefined;
  }

  /**
   * Keeps what was typed as a draft until its maker presses Save: the Save button's id then only
   * needs the draft's id. Drafts have a negative placeholder number; the real one comes on Save.
   */
  async createDraft(
    where: { networkId: string; createdById: string; spaceId: string; channelId: string },
    fields: MeetingFields,
    at: Date,
  ): Promise<Meeting> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.db.$transaction(async (tx) => {
          const draft = await tx.meeting.create({
            data: {
              ...where,
              ...fields,
              number: -randomInt(1, 2 ** 31 - 1),
              status: "draft",
              createdAt: at,
              updatedAt: at,
            },
          });
          await planDraftExpiry(tx, draft, at);
          return toMeeting(draft);
        });
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
    }
  }

  /**
   * Saves a draft: the next meeting number of the network (under the network row's lock), its
   * reminders planned in the same transaction. Undefined when it is no longer a draft (saved by a
   * first press, cancelled or expired).
   */
  async save(draftId: string, actorId: string, at: Date): Promise<Meeting | undefined> {
    return this.db.$transaction(async (tx) => {
      const claimed = await tx.meeting.updateMany({
        where: { id: draftId, status: "draft" },
        data: { status: "scheduled", updatedAt: at },
      });
      if (claimed.count === 0) return undefined;
      await cancel(tx, `${DRAFT_EXPIRY_JOB}:${draftId}`);
      const draft = await tx.meeting.findUniqueOrThrow({ where: { id: draftId } });
      const { lastMeetingNumber, reminderOffsets } = await tx.network.update({
        where: { id: draft.networkId },
        data: { lastMeetingNumber: { increment: 1 } },
        select: { lastMeetingNumber: true, reminderOffsets: true },
      });
      const meeting = toMeeting(
        await tx.meeting.update({ where: { id: draftId }, data: { number: lastMeetingNumber } }),
      );
      await record(tx, meeting, actorId, "meeting.scheduled", at, {
        number: meeting.number,
        series: meeting.rrule !== null,
      });
      await planMeeting(tx, meeting, at, reminderOffsets);
      return meeting;
    });
  }

  /** Drops a draft (Cancel pressed, or a day passed). */
  async dropDraft(draftId: string): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.meeting.deleteMany({ where: { id: draftId, status: "draft" } });
      await cancel(tx, `${DRAFT_EXPIRY_JOB}:${draftId}`);
      return count > 0;
    });
  }

  /**
   * Changes a meeting: bumps its sequence (calendars replace the entry), replans its reminders,
   * audits as `action` with non-personal `details`. With `tell`, those coming to that occurrence
   * (but the actor) are sent what changed, by jobs planned in the same transaction.
   */
  async change(
    meeting: Meeting,
    data: Partial<MeetingFields> & { reminderOffsets?: string | null },
    actorId: string,
    at: Date,
    action: string,
    details: Record<string, unknown>,
    tell?: { readonly occurrence: string; readonly changes: readonly NoticeChange[] },
  ): Promise<Meeting> {
    return this.db.$transaction(async (tx) => {
      const changed = toMeeting(
        await tx.meeting.update({
          where: { id: meeting.id },
          data: { ...data, sequence: { increment: 1 }, updatedAt: at },
        }),
      );
      await record(tx, changed, actorId, action, at, details);
      const network = await tx.network.findUniqueOrThrow({
        where: { id: meeting.networkId },
        select: { reminderOffsets: true },
      });
      await planMeeting(tx, changed, at, network.reminderOffsets);
      if (tell) {
        const coming = await comingTo(tx, meeting.id, tell.occurrence, actorId);
        await planNotices(tx, changed, coming, { kind: "changed", changes: tell.changes }, at);
      }
      return changed;
    });
  }

  /** Cancels a meeting and its reminders; those coming to `occurrence` (but the actor) are told, by jobs. */
  async cancel(meeting: Meeting, actorId: string, at: Date, occurrence?: string): Promise<Meeting> {
    return this.db.$transaction(async (tx) => {
      const cancelled = toMeeting(
        await tx.meeting.update({
          where: { id: meeting.id },
          data: { status: "cancelled", cancelledAt: at, sequence: { increment: 1 }, updatedAt: at },
        }),
      );
      await cancelMeetingJobs(tx, meeting.id);
      await record(tx, cancelled, actorId, "meeting.cancelled", at);
      if (occurrence !== undefined) {
        const coming = await comingTo(tx, meeting.id, occurrence, actorId);
        await planNotices(tx, cancelled, coming, { kind: "cancelled", occurrence }, at);
      }
      return cancelled;
    });
  }

  /** Plans one occurrence of a series (its reminders due after `after`), in a transaction of its own. */
  async planOccurrence(meeting: Meeting, occurrence: Occurrence, offsets: readonly number[], after: Date) {
    await this.db.$transaction((tx) => planOccurrence(tx, meeting, occurrence, offsets, after));
  }

  /** Going / Maybe / Can't for one occurrence; answering again replaces the answer. */
  async rsvp(meeting: Meeting, memberId: string, occurrence: string, answer: Answer, at: Date): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.meetingRsvp.upsert({
        where: { meetingId_occurrence_memberId: { meetingId: meeting.id, occurrence, memberId } },
        create: { meetingId: meeting.id, memberId, occurrence, answer, at },
        update: { answer, at },
      });
      await record(tx, meeting, memberId, "meeting.rsvp", at, { occurrence, answer });
    });
  }

  /** The answers for one occurrence, with names, oldest first. */
  async answers(meetingId: string, occurrence: string): Promise<MeetingAnswer[]> {
    const rows = await this.db.meetingRsvp.findMany({
      where: { meetingId, occurrence },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    const members = await this.db.member.findMany({
      where: { id: { in: rows.map((r) => r.memberId) } },
      select: { id: true, displayName: true },
    });
    const names = new Map(members.map((m) => [m.id, m.displayName]));
    return rows.map((r) => ({ memberId: r.memberId, name: names.get(r.memberId) ?? "?", answer: r.answer as Answer }));
  }

  /** Who answered one of `answers` for an occurrence, oldest answer first. */
  async answeredBy(meetingId: string, occurrence: string, answers: readonly Answer[]): Promise<string[]> {
    const rows = await this.db.meetingRsvp.findMany({
      where: { meetingId, occurrence, answer: { in: [...answers] } },
      select: { memberId: true },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    return rows.map((r) => r.memberId);
  }

  /** Scheduled meetings with an occurrence still to come, soonest first. */
  async upcoming(networkId: string, now: Date, limit: number): Promise<{ meeting: Meeting; next: Occurrence }[]> {
    const rows = await this.db.meeting.findMany({
      where: { networkId, status: "scheduled", OR: [{ rrule: { not: null } }, { startsAt: { gte: now } }] },
      orderBy: [{ startsAt: "asc" }, { number: "asc" }],
    });
    return rows
      .map(toMeeting)
      .flatMap((meeting) => {
        const next = nextOccurrence(seriesOf(meeting), now, true);
        return next ? [{ meeting, next }] : [];
      })
      .sort((a, b) => a.next.start.getTime() - b.next.start.getTime() || a.meeting.number - b.meeting.number)
      .slice(0, limit);
  }

  /** Every saved meeting of a network, for its calendar feed (cancelled ones say so). */
  async forFeed(networkId: string): Promise<Meeting[]> {
    const rows = await this.db.meeting.findMany({ where: { networkId, status: LIVE }, orderBy: { number: "asc" } });
    return rows.map(toMeeting);
  }

  /** The host as shown: the member's name, else what was typed (a guest). */
  async hostLabel(meeting: Pick<Meeting, "hostId" | "hostName">): Promise<string | undefined> {
    if (meeting.hostId) {
      const member = await this.db.member.findUnique({ where: { id: meeting.hostId }, select: { displayName: true } });
      if (member) return member.displayName;
    }
    return meeting.hostName ?? undefined;
  }
}
