/**
 * Meetings' part of a member's export, erasure and the network's retention: meetings they host
 * or created, and their answers (RSVPs).
 */
import { DateTime } from "luxon";
import { type PersonalData } from "../../core/personal-data.js";
import { forgetFinishedCards, inChunks, zoned } from "../shared/personal-data.js";
import type { Tx } from "../../db/index.js";
import { MEETING_CARD } from "./cards.js";
import { ONCE } from "./recurrence.js";

/** Has the occurrence ("once", or a local date "2026-09-30") of this meeting begun by `now`? */
function occurrencePast(occurrence: string, meeting: { startsAt: Date; timeZone: string }, now: Date): boolean {
  if (occurrence === ONCE || !/^\d{4}-\d{2}-\d{2}$/.test(occurrence)) return meeting.startsAt <= now;
  const today = DateTime.fromJSDate(now, { zone: meeting.timeZone }).toISODate() ?? "";
  return occurrence < today;
}

/** Is a meeting over for good: cancelled, or a one-off that has ended (a series goes on)? */
function finished(
  meeting: { status: string; rrule: string | null; startsAt: Date; durationMinutes: number },
  now: Date,
): boolean {
  const ends = meeting.startsAt.getTime() + meeting.durationMinutes * 60_000;
  return meeting.status !== "scheduled" || (meeting.rrule === null && ends <= now.getTime());
}

/**
 * Forgets which platform event mirrors a meeting once nothing will change it. Not a retention
 * kind: one row per meeting and space, ids only.
 */
async function forgetFinishedEvents(tx: Tx, networkId: string, now: Date): Promise<number> {
  const rows = await tx.meetingEvent.findMany({
    where: { meeting: { networkId } },
    select: { id: true, meeting: { select: { status: true, rrule: true, startsAt: true, durationMinutes: true } } },
  });
  const dead = rows.filter(({ meeting }) => finished(meeting, now)).map((row) => row.id);
  return inChunks(dead, (chunk) => tx.meetingEvent.deleteMany({ where: { id: { in: chunk } } }));
}

export const meetingsPersonalData: PersonalData<"Meeting" | "MeetingRsvp", never> = {
  models: ["Meeting", "MeetingRsvp", "MeetingEvent"],
  sections: ["Meeting", "MeetingRsvp"],
  retention: {},

  async export(tx, { networkId, memberId: me, timeZone }) {
    const z = (row: Record<string, unknown>) => zoned(row, timeZone);
    const meetings = await tx.meeting.findMany({
      where: { networkId, OR: [{ hostId: me }, { createdById: me }] },
      orderBy: { number: "asc" },
    });
    const rsvps = await tx.meetingRsvp.findMany({
      where: { memberId: me, meeting: { networkId } },
      include: { meeting: { select: { number: true, title: true } } },
      orderBy: { at: "asc" },
    });
    return {
      sections: {
        Meeting: meetings.map((m) =>
          z({
            id: m.id,
            number: m.number,
            yourPart: [...(m.hostId === me ? ["host"] : []), ...(m.createdById === me ? ["creator"] : [])].join(", "),
            title: m.title,
            startsAt: m.startsAt,
            durationMinutes: m.durationMinutes,
            timeZone: m.timeZone,
            repeats: m.rrule,
            place: m.place,
            onlineUrl: m.onlineUrl,
            agendaUrl: m.agendaUrl,
            status: m.status,
            createdAt: m.createdAt,
            cancelledAt: m.cancelledAt,
          }),
        ),
        MeetingRsvp: rsvps.map((r) =>
          z({
            id: r.id,
            meeting: { number: r.meeting.number, title: r.meeting.title },
            occurrence: r.occurrence,
            answer: r.answer,
            at: r.at,
          }),
        ),
      },
    };
  },

  async erase(tx, { networkId, memberId: me }, now) {
    // Cards of meetings they host show their name: gathered before the host is forgotten.
    const hosted = await tx.meeting.findMany({ where: { networkId, hostId: me }, select: { id: true } });
    // They are no longer host or creator; the network's event stays as it is.
    await tx.meeting.updateMany({ where: { networkId, hostId: me }, data: { hostId: null, hostName: null } });
    await tx.meeting.updateMany({ where: { networkId, createdById: me }, data: { createdById: null } });
    // Answers to past occurrences stay (attendance totals); those to come are deleted.
    const rsvps = await tx.meetingRsvp.findMany({
      where: { memberId: me, meeting: { networkId } },
      select: { id: true, occurrence: true, meeting: { select: { startsAt: true, timeZone: true } } },
    });
    const future = rsvps.filter((r) => !occurrencePast(r.occurrence, r.meeting, now)).map((r) => r.id);
    if (future.length) await tx.meetingRsvp.deleteMany({ where: { id: { in: future } } });
    return { cards: hosted.map((m) => ({ type: MEETING_CARD, id: m.id })) };
  },

  async holds(tx, memberId) {
    const counts = await Promise.all([
      tx.meeting.count({ where: { OR: [{ hostId: memberId }, { createdById: memberId }] } }),
      tx.meetingRsvp.count({ where: { memberId } }),
    ]);
    return counts.some((n) => n > 0);
  },

  inUse: async (tx, networkId) => (await tx.meeting.count({ where: { networkId } })) > 0,

  async retain(tx, network, { now }) {
    // A meeting's card and platform event change no more once it is cancelled, or a one-off is over.
    await forgetFinishedCards(tx, network.id, MEETING_CARD, async (ids) =>
      (
        await tx.meeting.findMany({
          where: { id: { in: ids }, networkId: network.id },
          select: { id: true, status: true, rrule: true, startsAt: true, durationMinutes: true },
        })
      )
        .filter(
          (m) =>
            m.status === "scheduled" && (m.rrule || m.startsAt.getTime() + m.durationMinutes * 60_000 > now.getTime()),
        )
        .map((m) => m.id),
    );
    await forgetFinishedEvents(tx, network.id, now);
    return {};
  },
};
