/**
 * `/gather report <from> <to>`: the figures funders and councils ask for, over a range of days in
 * the network's zone (both ends included). Aggregate numbers only: no names, no text.
 */
import { DateTime } from "luxon";
import * as rruleModule from "rrule";
import { UserError } from "../../core/errors.js";
import type { Db } from "../../db/index.js";

/** The longest range one report may cover. */
export const ReportLimits = { maxYears: 3, maxOccurrencesPerMeeting: 5000 } as const;

export interface ReportRange {
  /** As typed, normalised: "2026-01-01". */
  readonly from: string;
  readonly to: string;
  /** Start of `from` in the zone. */
  readonly start: Date;
  /** Start of the day after `to` in the zone (exclusive). */
  readonly end: Date;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads "2026-01-01" "2026-03-31" as days in `zone`; a friendly error when they do not make a range. */
export function parseRange(fromText: string, toText: string, zone: string): ReportRange {
  const read = (text: string) => {
    const day = DAY.test(text.trim()) ? DateTime.fromISO(text.trim(), { zone }) : undefined;
    if (!day?.isValid) throw new UserError("privacy.report.bad_date", { date: text.trim().slice(0, 40) });
    return day.startOf("day");
  };
  const from = read(fromText);
  const to = read(toText);
  if (to < from) throw new UserError("privacy.report.backwards");
  if (to >= from.plus({ years: ReportLimits.maxYears })) {
    throw new UserError("privacy.report.too_long", { years: ReportLimits.maxYears });
  }
  return {
    from: from.toISODate() ?? fromText,
    to: to.toISODate() ?? toText,
    start: from.toJSDate(),
    end: to.plus({ days: 1 }).startOf("day").toJSDate(),
  };
}

/** The report's figures, in the order of the CSV. */
export interface ReportFigures {
  readonly activeMembers: number;
  readonly newMembers: number;
  readonly updatesPosted: number;
  readonly updatesEdited: number;
  readonly asksMade: number;
  readonly offersMade: number;
  readonly asksResolved: number;
  readonly shiftsHeld: number;
  readonly shiftsFilled: number;
  readonly placesFilled: number;
  readonly coverRequests: number;
  readonly coversCovered: number;
  readonly volunteerHours: number;
  readonly meetingsHeld: number;
  readonly meetingAttendance: number;
}

export const FIGURES: readonly (keyof ReportFigures)[] = [
  "activeMembers",
  "newMembers",
  "updatesPosted",
  "updatesEdited",
  "asksMade",
  "offersMade",
  "asksResolved",
  "shiftsHeld",
  "shiftsFilled",
  "placesFilled",
  "coverRequests",
  "coversCovered",
  "volunteerHours",
  "meetingsHeld",
  "meetingAttendance",
];

type RRuleClass = typeof rruleModule.RRule;
// rrule ships CommonJS for Node: its classes are on the default export there, named under bundlers.
const RRule: RRuleClass =
  (rruleModule as { RRule?: RRuleClass }).RRule ??
  (rruleModule as unknown as { default: { RRule: RRuleClass } }).default.RRule;

/** A wall-clock time as the "floating" UTC date rrule works in. */
const floating = (local: DateTime): Date =>
  new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));

/**
 * The occurrences of a meeting that started in [from, until), keyed as RSVPs are: "once" for a
 * one-off, the local date for a series. Each occurrence keeps the series' local time across DST.
 */
export function occurrencesOf(
  meeting: { readonly startsAt: Date; readonly timeZone: string; readonly rrule: string | null },
  from: Date,
  until: Date,
): string[] {
  if (until <= from) return [];
  if (!meeting.rrule) return meeting.startsAt >= from && meeting.startsAt < until ? ["once"] : [];
  const zone = meeting.timeZone;
  let options;
  try {
    options = RRule.parseString(meeting.rrule);
  } catch {
    return [];
  }
  const rule = new RRule({ ...options, dtstart: floating(DateTime.fromJSDate(meeting.startsAt, { zone })) });
  // A day either side in floating time, then the exact instants are checked below.
  const lo = floating(DateTime.fromJSDate(from, { zone }).minus({ days: 1 }));
  const hi = floating(DateTime.fromJSDate(until, { zone }).plus({ days: 1 }));
  const keys: string[] = [];
  let seen = 0;
  rule.between(lo, hi, true, (date) => {
    const local = DateTime.fromObject(
      {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: date.getUTCHours(),
        minute: date.getUTCMinutes(),
        second: date.getUTCSeconds(),
      },
      { zone },
    );
    const at = local.toJSDate();
    if (at >= from && at < until) keys.push(local.toISODate() ?? "");
    seen += 1;
    return seen < ReportLimits.maxOccurrencesPerMeeting;
  });
  return keys;
}

const HOUR_MS = 3600 * 1000;

/** Works out the figures for one network over `range`, counting only what has happened by `now`. */
export async function buildReport(db: Db, networkId: string, range: ReportRange, now: Date): Promise<ReportFigures> {
  const { start, end } = range;
  const within = { gte: start, lt: end };
  const until = new Date(Math.min(end.getTime(), now.getTime()));

  const activity = await db.memberActivity.groupBy({
    by: ["memberId"],
    where: { networkId, day: { gte: range.from, lte: range.to } },
  });

  const shifts = await db.shift.findMany({
    where: { networkId, status: { not: "cancelled" }, endsAt: { gte: start, lt: until } },
    select: { startsAt: true, endsAt: true, capacity: true, _count: { select: { assignments: true } } },
  });
  let placesFilled = 0;
  let hoursMs = 0;
  let filled = 0;
  for (const shift of shifts) {
    const taken = shift._count.assignments;
    placesFilled += taken;
    hoursMs += taken * Math.max(0, shift.endsAt.getTime() - shift.startsAt.getTime());
    if (taken >= shift.capacity) filled += 1;
  }

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

  return {
    activeMembers: activity.length,
    newMembers: await db.member.count({ where: { networkId, createdAt: within } }),
    updatesPosted: await db.projectUpdate.count({ where: { networkId, createdAt: within } }),
    updatesEdited: await db.updateRevision.count({ where: { update: { networkId }, at: within } }),
    asksMade: await db.helpRequest.count({ where: { networkId, createdAt: within } }),
    offersMade: await db.helpOffer.count({ where: { request: { networkId }, createdAt: within } }),
    asksResolved: await db.helpRequest.count({ where: { networkId, status: "resolved", resolvedAt: within } }),
    shiftsHeld: shifts.length,
    shiftsFilled: filled,
    placesFilled,
    coverRequests: await db.coverRequest.count({ where: { shift: { networkId }, createdAt: within } }),
    coversCovered: await db.coverRequest.count({
      where: { shift: { networkId }, status: "covered", claimedAt: within },
    }),
    volunteerHours: Math.round((hoursMs / HOUR_MS) * 100) / 100,
    meetingsHeld,
    meetingAttendance: attendance,
  };
}

/** RFC 4180: quote every field, double inner quotes; guard against spreadsheet formula injection. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The report as CSV: one figure per row, with the network and range on top. */
export function reportCsv(
  networkName: string,
  range: ReportRange,
  figures: ReportFigures,
  labels: (figure: keyof ReportFigures) => string,
): string {
  const rows: string[][] = [
    ["figure", "label", "value"],
    ["network", "Network", networkName],
    ["from", "From", range.from],
    ["to", "To (inclusive)", range.to],
    ...FIGURES.map((figure) => [figure, labels(figure), String(figures[figure])]),
  ];
  return `${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
