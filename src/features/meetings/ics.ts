import ical, { ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import type { Meeting } from "./domain.js";

/** A meeting's UID: stable, so an edit (with a higher SEQUENCE) replaces the same calendar entry. */
export const uidOf = (meeting: Pick<Meeting, "id">) => `meeting-${meeting.id}@gather`;

const MINUTE = 60 * 1000;

/**
 * The zone's offset changes between two instants, found day by day and then to the minute:
 * what a VTIMEZONE lists, computed by luxon (ical-generator has no zone database of its own).
 */
function transitions(zone: string, from: Date, to: Date): { at: number; before: number; after: number }[] {
  const offset = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
  const found: { at: number; before: number; after: number }[] = [];
  const day = 24 * 60 * MINUTE;
  for (let ms = from.getTime(); ms < to.getTime(); ms += day) {
    const before = offset(ms);
    if (offset(ms + day) === before) continue;
    let lo = ms;
    let hi = ms + day;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offset(mid) === before) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, before, after: offset(hi) });
  }
  return found;
}

const utcOffset = (minutes: number) => {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
};

/**
 * A VTIMEZONE for `zone` covering [from, to]: one STANDARD or DAYLIGHT part per clock change
 * (DTSTART in the local time before the change, as RFC 5545 wants), or one part for a zone
 * without changes.
 */
export function vtimezone(zone: string, from: Date, to: Date): string {
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`];
  const changes = transitions(zone, from, to);
  if (changes.length === 0) {
    const offset = utcOffset(DateTime.fromJSDate(from, { zone }).offset);
    lines.push("BEGIN:STANDARD", "DTSTART:19700101T000000", `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`);
    lines.push("END:STANDARD");
  }
  for (const change of changes) {
    const kind = change.after > change.before ? "DAYLIGHT" : "STANDARD";
    const localBefore = DateTime.fromMillis(change.at, { zone: "UTC" }).plus({ minutes: change.before });
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localBefore.toFormat("yyyyLLdd'T'HHmmss")}`,
      `TZOFFSETFROM:${utcOffset(change.before)}`,
      `TZOFFSETTO:${utcOffset(change.after)}`,
      `END:${kind}`,
    );
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}

/**
 * Meetings as an iCalendar file: times in each meeting's own zone (TZID, with its VTIMEZONE) so a
 * series keeps its local time across the clock changes in every calendar; RRULE for a series;
 * STATUS:CANCELLED for a cancelled one; SEQUENCE bumped on each change.
 */
export function toIcs(name: string, meetings: readonly Meeting[], stamp: Date): string {
  const calendar = ical({ name, prodId: { company: "Gather", product: "Meetings", language: "EN" } });
  const starts = meetings.map((m) => m.startsAt.getTime());
  const from = new Date(Math.min(stamp.getTime(), ...starts) - 366 * 24 * 60 * MINUTE);
  const to = new Date(Math.max(stamp.getTime(), ...starts) + 5 * 366 * 24 * 60 * MINUTE);
  calendar.timezone({ name: null, generator: (zone) => vtimezone(zone, from, to) });
  for (const meeting of meetings) {
    const start = DateTime.fromJSDate(meeting.startsAt, { zone: meeting.timeZone });
    const description = [
      meeting.onlineUrl ? `Online: ${meeting.onlineUrl}` : "",
      meeting.agendaUrl ? `Agenda: ${meeting.agendaUrl}` : "",
    ]
      .filter((line) => line !== "")
      .join("\n");
    calendar.createEvent({
      id: uidOf(meeting),
      sequence: meeting.sequence,
      stamp: meeting.updatedAt,
      start,
      end: start.plus({ minutes: meeting.durationMinutes }),
      timezone: meeting.timeZone,
      summary: meeting.title,
      ...(meeting.place ? { location: meeting.place } : {}),
      ...(description ? { description } : {}),
      ...(meeting.onlineUrl ? { url: meeting.onlineUrl } : {}),
      ...(meeting.rrule ? { repeating: meeting.rrule } : {}),
      status: meeting.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
