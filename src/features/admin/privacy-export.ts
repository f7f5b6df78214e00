/**
 * `/gather my-data`: everything Gather stores about one member, from every table, as one JSON file.
 *
 * What counts as "theirs" in each table, and what is left out so that no other member's personal
 * data travels with it:
 * - Rows they made or that are about them: their member row, accounts, updates, asks, offers,
 *   standing offer, pings, activity days, rate counters, link codes, RSVPs, shift places, checks.
 * - Rows they took part in with others (cover requests, swaps, meetings they host or created,
 *   shifts they created, audit entries they made or that are about them): the row, with their part
 *   named ("requester", "claimant"...), never the other member's name or id.
 * - Context from others' records is kept to a number and a title: for an ask they offered help on,
 *   the ask's number, title and status, not who asked or the details. A cover reason is shown only
 *   to the member who gave it. Revisions of someone else's update they edited show the number and
 *   time, not the text (the author's words).
 * - Secrets are left out: a link code's hash.
 * Every time is given as UTC and in the network's zone (`…Local`).
 */
import { DateTime } from "luxon";
import type { Db, Tx } from "../../db/index.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Row = Record<string, unknown>;

/** The sections of the export, one per table, in this order. */
export const EXPORT_TABLES = [
  "Member",
  "Identity",
  "ProjectUpdate",
  "UpdateRevision",
  "HelpRequest",
  "HelpOffer",
  "StandingOffer",
  "HelpPing",
  "AuditEntry",
  "MemberActivity",
  "RateWindow",
  "LinkCode",
  "Meeting",
  "MeetingRsvp",
  "Shift",
  "ShiftAssignment",
  "CoverRequest",
  "ShiftSwap",
  "MemberCheck",
  "Job",
] as const;

export type ExportTable = (typeof EXPORT_TABLES)[number];

export interface MemberExport {
  readonly format: "gather.member-data/1";
  readonly generatedAt: string;
  readonly timeZone: string;
  readonly network: { readonly id: string; readonly name: string };
  readonly notes: string;
  readonly tables: Record<ExportTable, Json[]>;
}

const NOTES =
  "Everything Gather stores about you in this network, one section per table. Times are UTC, with the " +
  "network's local time beside them (…Local). Records you share with others (cover requests, swaps, " +
  "meetings, asks you offered help on) show your part, never the other members' names.";

/** Parses a JSON-array column ("[]") for the export; an unreadable value is shown as stored. */
function list(value: string | null): Json {
  if (value === null) return null;
  try {
    return JSON.parse(value) as Json;
  } catch {
    return value;
  }
}

/** Dates become UTC ISO strings, each with its local time beside it; nested objects likewise. */
function jsonRow(row: Row, zone: string): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Date) {
      out[key] = value.toISOString();
      out[`${key}Local`] = DateTime.fromJSDate(value, { zone }).toISO({ suppressMilliseconds: true });
    } else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      out[key] = jsonRow(value as Row, zone);
    } else {
      out[key] = (value ?? null) as Json;
    }
  }
  return out;
}

/** Ids per `in` filter: well under SQLite's bound-parameter limit. */
const CHUNK = 200;

/** Jobs of the network whose payload names any of `ids`. */
export async function jobsNaming(
  db: Db | Tx,
  networkId: string,
  ids: readonly string[],
  status?: string,
): Promise<{ id: string; kind: string; status: string; dueAt: Date; payload: string }[]> {
  const found = new Map<string, { id: string; kind: string; status: string; dueAt: Date; payload: string }>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = await db.job.findMany({
      where: { networkId, ...(status ? { status } : {}), OR: chunk.map((id) => ({ payload: { contains: id } })) },
      select: { id: true, kind: true, status: true, dueAt: true, payload: true },
    });
    // `contains` narrows; the exact id is checked here (SQLite's LIKE ignores case).
    for (const row of rows) if (chunk.some((id) => row.payload.includes(id))) found.set(row.id, row);
  }
  return [...found.values()];
}

/** Collects everything stored about one member of one network. */
export async function collectMemberData(
  db: Db,
  input: { readonly networkId: string; readonly memberId: string; readonly timeZone: string; readonly now: Date },
): Promise<MemberExport> {
  const { networkId, memberId: me, timeZone } = input;
  const member = await db.member.findFirstOrThrow({
    where: { id: me, networkId },
    select: {
      id: true,
      displayName: true,
      role: true,
      locale: true,
      timeZone: true,
      createdAt: true,
      forgottenAt: true,
      network: { select: { id: true, name: true } },
    },
  });

  const identities = await db.identity.findMany({
    where: { memberId: me, space: { networkId } },
    select: { id: true, externalId: true, createdAt: true, space: { select: { platform: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });

  const updates = await db.projectUpdate.findMany({
    where: { networkId, authorId: me },
    orderBy: { number: "asc" },
  });
  const revisions = await db.updateRevision.findMany({
    where: { update: { networkId }, OR: [{ editorId: me }, { update: { authorId: me } }] },
    include: { update: { select: { number: true, authorId: true } } },
    orderBy: { at: "asc" },
  });

  const asks = await db.helpRequest.findMany({
    where: { networkId, requesterId: me },
    include: { _count: { select: { offers: true } } },
    orderBy: { number: "asc" },
  });
  const offers = await db.helpOffer.findMany({
    where: { helperId: me, request: { networkId } },
    include: { request: { select: { number: true, what: true, status: true } } },
    orderBy: { createdAt: "asc" },
  });
  const standing = await db.standingOffer.findMany({ where: { networkId, memberId: me } });
  const pings = await db.helpPing.findMany({ where: { memberId: me }, orderBy: { at: "asc" } });
  const pingedAsks = await db.helpRequest.findMany({
    where: { networkId, id: { in: pings.map((p) => p.requestId) } },
    select: { id: true, number: true },
  });
  const askNumber = new Map(pingedAsks.map((a) => [a.id, a.number]));

  const auditRows = await db.auditEntry.findMany({
    where: { networkId, OR: [{ actorId: me }, { subjectType: "member", subjectId: me }] },
    orderBy: { at: "asc" },
  });
  const activity = await db.memberActivity.findMany({ where: { networkId, memberId: me }, orderBy: { day: "asc" } });
  const rates = await db.rateWindow.findMany({ where: { memberId: me }, orderBy: { windowStart: "asc" } });
  const codes = await db.linkCode.findMany({ where: { networkId, memberId: me }, orderBy: { createdAt: "asc" } });

  const meetings = await db.meeting.findMany({
    where: { networkId, OR: [{ hostId: me }, { createdById: me }] },
    orderBy: { number: "asc" },
  });
  const rsvps = await db.meetingRsvp.findMany({
    where: { memberId: me, meeting: { networkId } },
    include: { meeting: { select: { number: true, title: true } } },
    orderBy: { at: "asc" },
  });

  const shiftsMade = await db.shift.findMany({ where: { networkId, createdById: me }, orderBy: { number: "asc" } });
  const places = await db.shiftAssignment.findMany({
    where: { memberId: me, shift: { networkId } },
    include: { shift: { select: { number: true, role: true, startsAt: true, endsAt: true, place: true } } },
    orderBy: { createdAt: "asc" },
  });
  const covers = await db.coverRequest.findMany({
    where: { shift: { networkId }, OR: [{ requesterId: me }, { claimantId: me }, { decidedById: me }] },
    include: { shift: { select: { number: true, role: true, startsAt: true } } },
    orderBy: { createdAt: "asc" },
  });
  const swaps = await db.shiftSwap.findMany({
    where: { networkId, OR: [{ proposerId: me }, { otherId: me }] },
    orderBy: { createdAt: "asc" },
  });
  const swapShifts = await db.shiftAssignment.findMany({
    where: { id: { in: swaps.flatMap((s) => [s.fromAssignmentId, s.toAssignmentId]) }, shift: { networkId } },
    select: { id: true, shift: { select: { number: true } } },
  });
  const shiftOfAssignment = new Map(swapShifts.map((a) => [a.id, a.shift.number]));
  const checks = await db.memberCheck.findMany({ where: { networkId, memberId: me }, orderBy: { createdAt: "asc" } });

  const ownIds = [
    me,
    ...updates.map((u) => u.id),
    ...asks.map((a) => a.id),
    ...places.map((p) => p.id),
    ...covers.filter((c) => c.requesterId === me).map((c) => c.id),
  ];
  const jobs = (await jobsNaming(db, networkId, ownIds)).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());

  const z = (row: Row) => jsonRow(row, timeZone);
  const tables: Record<ExportTable, Json[]> = {
    Member: [
      z({
        id: member.id,
        displayName: member.displayName,
        role: member.role,
        locale: member.locale,
        timeZone: member.timeZone,
        createdAt: member.createdAt,
        forgottenAt: member.forgottenAt,
      }),
    ],
    Identity: identities.map((i) =>
      z({ id: i.id, platform: i.space.platform, space: i.space.name, accountId: i.externalId, createdAt: i.createdAt }),
    ),
    ProjectUpdate: updates.map((u) =>
      z({
        id: u.id,
        number: u.number,
        title: u.title,
        summary: u.summary,
        links: list(u.links),
        tags: list(u.tags),
        area: u.area,
        status: u.status,
        confirmedAt: u.confirmedAt,
        archivedAt: u.archivedAt,
        createdAt: u.createdAt,
        updatedAt: u.updatedAt,
      }),
    ),
    UpdateRevision: revisions.map((r) =>
      r.update.authorId === me
        ? z({
            id: r.id,
            updateNumber: r.update.number,
            editedBy: r.editorId === me ? "you" : r.editorId === null ? "unknown" : "a coordinator",
            title: r.title,
            summary: r.summary,
            links: list(r.links),
            tags: list(r.tags),
            area: r.area,
            replacedAt: r.at,
          })
        : // Someone else's update that they edited: the words are the author's, so only the fact of the edit.
          z({ id: r.id, updateNumber: r.update.number, editedBy: "you", replacedAt: r.at }),
    ),
    HelpRequest: asks.map((a) =>
      z({
        id: a.id,
        number: a.number,
        what: a.what,
        details: a.details,
        tags: list(a.tags),
        urgency: a.urgency,
        deadline: a.deadline,
        status: a.status,
        whatHelped: a.whatHelped,
        offersReceived: a._count.offers,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
        resolvedAt: a.resolvedAt,
      }),
    ),
    HelpOffer: offers.map((o) =>
      z({
        id: o.id,
        ask: { number: o.request.number, title: o.request.what, status: o.request.status },
        chosen: o.chosen,
        createdAt: o.createdAt,
      }),
    ),
    StandingOffer: standing.map((s) =>
      z({ id: s.id, tags: list(s.tags), availability: s.availability, createdAt: s.createdAt, updatedAt: s.updatedAt }),
    ),
    HelpPing: pings.map((p) =>
      z({ id: p.id, askNumber: askNumber.get(p.requestId) ?? null, day: p.day, slot: p.slot, at: p.at }),
    ),
    AuditEntry: auditRows.map((a) =>
      z({
        id: a.id,
        action: a.action,
        by: a.actorId === me ? "you" : a.actorId === null ? "Gather" : "a coordinator",
        subjectType: a.subjectType,
        // Another member acted on by them is named by no id here.
        subjectId: a.subjectType === "member" && a.subjectId !== me ? "another member" : a.subjectId,
        details: list(a.details),
        at: a.at,
      }),
    ),
    MemberActivity: activity.map((a) => z({ id: a.id, day: a.day })),
    RateWindow: rates.map((r) => z({ id: r.id, bucket: r.bucket, windowStart: r.windowStart, count: r.count })),
    LinkCode: codes.map((c) =>
      z({ id: c.id, kind: c.kind, expiresAt: c.expiresAt, usedAt: c.usedAt, createdAt: c.createdAt }),
    ),
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
    Shift: shiftsMade.map((s) =>
      z({
        id: s.id,
        number: s.number,
        role: s.role,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        place: s.place,
        capacity: s.capacity,
        requiredChecks: list(s.requiredChecks),
        notes: s.notes,
        status: s.status,
        createdAt: s.createdAt,
      }),
    ),
    ShiftAssignment: places.map((p) =>
      z({
        id: p.id,
        shift: {
          number: p.shift.number,
          role: p.shift.role,
          startsAt: p.shift.startsAt,
          endsAt: p.shift.endsAt,
          place: p.shift.place,
        },
        slot: p.slot,
        confirmedAt: p.confirmedAt,
        createdAt: p.createdAt,
      }),
    ),
    CoverRequest: covers.map((c) =>
      z({
        id: c.id,
        shift: { number: c.shift.number, role: c.shift.role, startsAt: c.shift.startsAt },
        yourPart: [
          ...(c.requesterId === me ? ["requester"] : []),
          ...(c.claimantId === me ? ["claimant"] : []),
          ...(c.decidedById === me ? ["decided"] : []),
        ].join(", "),
        // The reason is the requester's own words, for coordinators: shown only to them.
        reason: c.requesterId === me ? c.reason : null,
        status: c.status,
        claimedAt: c.claimedAt,
        createdAt: c.createdAt,
      }),
    ),
    ShiftSwap: swaps.map((s) =>
      z({
        id: s.id,
        yourPart: s.proposerId === me ? "proposer" : "asked",
        fromShift: shiftOfAssignment.get(s.fromAssignmentId) ?? null,
        toShift: shiftOfAssignment.get(s.toAssignmentId) ?? null,
        status: s.status,
        createdAt: s.createdAt,
        decidedAt: s.decidedAt,
      }),
    ),
    MemberCheck: checks.map((c) =>
      z({
        id: c.id,
        kind: c.kind,
        status: c.status,
        expiresAt: c.expiresAt,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
      }),
    ),
    Job: jobs.map((j) => z({ id: j.id, kind: j.kind, status: j.status, dueAt: j.dueAt })),
  };

  return {
    format: "gather.member-data/1",
    generatedAt: input.now.toISOString(),
    timeZone,
    network: { id: member.network.id, name: member.network.name },
    notes: NOTES,
    tables,
  };
}
