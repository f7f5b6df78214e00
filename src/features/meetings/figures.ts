/**
 * Meetings in a report: occurrences held in the period (a series counts each one; a cancelled
 * meeting counts those before it was cancelled) and the "going" answers to them.
 */
import type { FeatureFigures } from "../../core/personal-data.js";
import { fromFloating, ONCE, ruleOf, toFloating, type Series } from "./recurrence.js";

/** A series is expanded at most this far in one report: a runaway rule cannot stall it. */
export const MAX_OCCURRENCES_COUNTED = 5000;

const DAY_MS = 24 * 3600 * 1000;

/**
 * The occurrences of a meeting that started in [from, until), keyed as RSVPs are: "once" for a
 * one-off, the local date for a series. Each occurrence keeps the series' local time across DST
 * (the meetings' own recurrence rules). A rule that cannot be read has none.
 */
export function occurrencesOf(
  meeting: Pick<Series, "startsAt" | "timeZone" | "rrule">,
  from: Date,
  until: Date,
): string[] {
  if (until <= from) return [];
  if (!meeting.rrule) return meeting.startsAt >= from && meeting.startsAt < until ? [ONCE] : [];
  const zone = meeting.timeZone;
  let rule;
  try {
    rule = ruleOf({ ...meeting, durationMinutes: 0 });
  } catch {
    return [];
  }
  // One pass over the rule (not one search per occurrence): a day either side in floating time,
  // then the exact instants are checked.
  const lo = new Date(toFloating(from, zone).getTime() - DAY_MS);
  const hi = new Date(toFloating(until, zone).getTime() + DAY_MS);
  const keys: string[] = [];
  let seen = 0;
  rule.between(lo, hi, true, (floating) => {
    const local = fromFloating(floating, zone);
    const at = local.toJSDate();
    if (at >= from && at < until) keys.push(local.toISODate() ?? "");
    seen += 1;
    return seen < MAX_OCCURRENCES_COUNTED;
  });
  return keys;
}

export const meetingFigures: FeatureFigures<"meetingsHeld" | "meetingAttendance"> = {
  labels: {
    meetingsHeld: "meetings.figure.meetingsHeld",
    meetingAttendance: "meetings.figure.meetingAttendance",
  },
  async count(db, networkId, { start, end, now }) {
    const until = new Date(Math.min(end.getTime(), now.getTime()));
    // Meetings that may have an occurrence in the range: started before its end, not cancelled before its start.
    const meetings = await db.meeting.findMany({
      where: {
        networkId,
        startsAt: { lt: until },
        OR: [{ status: { not: "cancelled" } }, { cancelledAt: { gt: start } }],
      },
      select: { id: true, startsAt: true, timeZone: true, rrule: true, status: true, cancelledAt: true },
    });
    let meetingsHeld = 0;
    const held = new Map<string, Set<string>>();
    for (const meeting of meetings) {
      const stop =
        meeting.status === "cancelled" && meeting.cancelledAt && meeting.cancelledAt < until
          ? meeting.cancelledAt
          : until;
      const keys = occurrencesOf(meeting, start, stop);
      meetingsHeld += keys.length;
      if (keys.length) held.set(meeting.id, new Set(keys));
    }
    let attendance = 0;
    const heldIds = [...held.keys()];
    for (let i = 0; i < heldIds.length; i += 200) {
      const rsvps = await db.meetingRsvp.findMany({
        where: { meetingId: { in: heldIds.slice(i, i + 200) }, answer: "going" },
        select: { meetingId: true, occurrence: true },
      });
      attendance += rsvps.filter((r) => held.get(r.meetingId)?.has(r.occurrence)).length;
    }
    return { meetingsHeld, meetingAttendance: attendance };
  },
};
