import { randomInt } from "node:crypto";
import { auditorFor } from "../../core/audit.js";
import { isUniqueViolation, type Db, type Meeting } from "../../db/index.js";
import { nextOccurrence } from "./recurrence.js";
import { cancel } from "../../scheduler/index.js";
import { cancelMeetingJobs, DRAFT_EXPIRY_JOB, planDraftExpiry, planMeeting, seriesOf } from "./schedule.js";

/** What a coordinator sets about a meeting. */
export interface MeetingFields {
  readonly title: string;
  readonly startsAt: Date;
  readonly durationMinutes: number;
  readonly timeZone: string;
  readonly rrule: string | null;
  readonly hostId: string | null;
  readonly hostName: string | null;
  readonly place: string | null;
  readonly onlineUrl: string | null;
  readonly agendaUrl: string | null;
}

export const ANSWERS = ["going", "maybe", "no"] as const;
export type Answer = (typeof ANSWERS)[number];

/** Meetings a member can see: drafts are only their maker's echo. */
const LIVE = { in: ["scheduled", "cancelled"] };

const record = auditorFor("Meeting");

/** Meetings, their RSVPs and their planned reminders. Every change is audited in its transaction. */
export class MeetingStore {
  constructor(private readonly db: Db) {}

  async byNumber(networkId: string, number: number): Promise<Meeting | undefined> {
    const row = await this.db.meeting.findFirst({ where: { networkId, number, status: LIVE } });
    return row ?? undefined;
  }

  async byId(id: string): Promise<Meeting | undefined> {
    return (await this.db.meeting.findUnique({ where: { id } })) ?? undefined;
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
          return draft;
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
      const { lastMeetingNumber } = await tx.network.update({
        where: { id: draft.networkId },
        data: { lastMeetingNumber: { increment: 1 } },
        select: { lastMeetingNumber: true },
      });
      const meeting = await tx.meeting.update({ where: { id: draftId }, data: { number: lastMeetingNumber } });
      await record(tx, meeting, actorId, "meeting.scheduled", at, {
        number: meeting.number,
        series: meeting.rrule !== null,
      });
      await planMeeting(tx, meeting, at);
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
   * Changes a meeting: bumps its sequence (calendars replace the entry), replans its reminders
   * when `replan`, audits as `action` with non-personal `details`.
   */
  async change(
    meeting: Meeting,
    data: Partial<MeetingFields> & { reminderOffsets?: string | null },
    actorId: string,
    at: Date,
    action: string,
    details: Record<string, unknown>,
  ): Promise<Meeting> {
    return this.db.$transaction(async (tx) => {
      const changed = await tx.meeting.update({
        where: { id: meeting.id },
        data: { ...data, sequence: { increment: 1 }, updatedAt: at },
      });
      await record(tx, changed, actorId, action, at, details);
      await planMeeting(tx, changed, at);
      return changed;
    });
  }

  async cancel(meeting: Meeting, actorId: string, at: Date): Promise<Meeting> {
    return this.db.$transaction(async (tx) => {
      const cancelled = await tx.meeting.update({
        where: { id: meeting.id },
        data: { status: "cancelled", cancelledAt: at, sequence: { increment: 1 }, updatedAt: at },
      });
      await cancelMeetingJobs(tx, meeting.id);
      await record(tx, cancelled, actorId, "meeting.cancelled", at);
      return cancelled;
    });
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
  async answers(meetingId: string, occurrence: string): Promise<{ memberId: string; name: string; answer: Answer }[]> {
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

  /** Scheduled meetings with an occurrence still to come, soonest first. */
  async upcoming(networkId: string, now: Date, limit: number) {
    const rows = await this.db.meeting.findMany({
      where: { networkId, status: "scheduled", OR: [{ rrule: { not: null } }, { startsAt: { gte: now } }] },
      orderBy: [{ startsAt: "asc" }, { number: "asc" }],
    });
    return rows
      .flatMap((meeting) => {
        const next = nextOccurrence(seriesOf(meeting), now, true);
        return next ? [{ meeting, next }] : [];
      })
      .sort((a, b) => a.next.start.getTime() - b.next.start.getTime() || a.meeting.number - b.meeting.number)
      .slice(0, limit);
  }

  /** Every saved meeting of a network, for its calendar feed (cancelled ones say so). */
  async forFeed(networkId: string): Promise<Meeting[]> {
    return this.db.meeting.findMany({ where: { networkId, status: LIVE }, orderBy: { number: "asc" } });
  }
}
