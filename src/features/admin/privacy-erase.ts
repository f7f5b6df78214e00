/**
 * `/gather forget-me`: erases a member's name and what they wrote, keeping anonymous rows where
 * the network's totals need them.
 *
 * - Member: the name becomes "Former member", language/zone/role reset, forgottenAt set. The row
 *   stays so counts (updates posted, asks, offers, hours volunteered) still add up.
 * - Identity: deleted, so the platform account is no longer linked: using Gather again starts a
 *   new member.
 * - Their project updates and the revisions of them: title, summary, links, tags and area erased,
 *   archived. Revisions of others' updates they edited lose the editor (editorId null).
 * - Their asks: title, details, tags and "what helped" erased; open ones are closed. Offers stay
 *   (anonymous counts).
 * - Standing offer, help pings, rate counters, link codes, checks: deleted.
 * - Meetings and shifts: they are no longer host or creator (the network's event stays as it is).
 *   RSVPs to past occurrences stay (attendance totals); answers for ones still to come are deleted.
 * - Shift places: past ones stay (volunteer hours); places on shifts still to come are given up,
 *   with open cover requests for them withdrawn; coordinators are told which shifts have a place free.
 * - Cover requests: their reason is erased; a claim of theirs awaiting approval is undone; they
 *   no longer show as the one who decided. Swaps still proposed are withdrawn.
 * - Jobs: pending jobs about them or their records are cancelled; finished ones lose their payload.
 * - Audit: entries they made stay (without text by design), pointing at the anonymous member; the
 *   erasure itself is audited with counts only.
 */
import { DateTime } from "luxon";
import type { Tx } from "../../db/index.js";
import { audit } from "../../core/audit.js";
import { jobsNaming } from "./privacy-export.js";

/** The stored name of a forgotten member, the same in every language (it is data, not a message). */
export const FORMER_MEMBER = "Former member";
/** What an erased title reads, where a title is required. */
export const ERASED_TITLE = "[removed]";

export interface Forgotten {
  readonly updates: number;
  readonly asks: number;
  readonly placesGivenUp: number;
  readonly jobsCancelled: number;
  /** Upcoming shifts where a place came free: to tell coordinators. Numbers only. */
  readonly freedShifts: readonly number[];
}

/** Has the occurrence ("once", or a local date "2026-09-30") of this meeting begun by `now`? */
function occurrencePast(occurrence: string, meeting: { startsAt: Date; timeZone: string }, now: Date): boolean {
  if (occurrence === "once" || !/^\d{4}-\d{2}-\d{2}$/.test(occurrence)) return meeting.startsAt <= now;
  const today = DateTime.fromJSDate(now, { zone: meeting.timeZone }).toISODate() ?? "";
  return occurrence < today;
}

/** Forgets one member of one network, in the caller's transaction. */
export async function forgetMember(
  tx: Tx,
  input: { readonly networkId: string; readonly memberId: string; readonly now: Date },
): Promise<Forgotten> {
  const { networkId, memberId: me, now } = input;
  await tx.member.findFirstOrThrow({ where: { id: me, networkId }, select: { id: true } });

  // Records of theirs that pending jobs may name, gathered before anything changes.
  const updates = await tx.projectUpdate.findMany({ where: { networkId, authorId: me }, select: { id: true } });
  const asks = await tx.helpRequest.findMany({ where: { networkId, requesterId: me }, select: { id: true } });
  const places = await tx.shiftAssignment.findMany({
    where: { memberId: me, shift: { networkId } },
    select: { id: true, shiftId: true, shift: { select: { number: true, endsAt: true } } },
  });
  const upcoming = places.filter((p) => p.shift.endsAt > now);

  await tx.member.update({
    where: { id: me },
    data: { displayName: FORMER_MEMBER, locale: null, timeZone: null, role: "member", forgottenAt: now },
  });
  await tx.identity.deleteMany({ where: { memberId: me } });

  // Project updates and their history.
  for (const update of updates) {
    await tx.projectUpdate.update({
      where: { id: update.id },
      data: {
        title: ERASED_TITLE,
        // Unique per update, so the author's later entries (there are none now) never match it.
        projectKey: `forgotten:${update.id}`,
        summary: "",
        links: "[]",
        tags: "[]",
        area: null,
        status: "archived",
      },
    });
  }
  await tx.projectUpdate.updateMany({
    where: { networkId, authorId: me, archivedAt: null },
    data: { archivedAt: now },
  });
  await tx.updateRevision.updateMany({
    where: { update: { networkId, authorId: me } },
    data: { title: ERASED_TITLE, summary: "", links: "[]", tags: "[]", area: null },
  });
  await tx.updateRevision.updateMany({ where: { editorId: me, update: { networkId } }, data: { editorId: null } });

  // Asks and offers.
  await tx.helpRequest.updateMany({
    where: { networkId, requesterId: me },
    data: { what: ERASED_TITLE, details: null, whatHelped: null, tags: "[]" },
  });
  await tx.helpRequest.updateMany({
    where: { networkId, requesterId: me, status: { in: ["open", "offered"] } },
    data: { status: "closed" },
  });
  await tx.standingOffer.deleteMany({ where: { networkId, memberId: me } });
  await tx.helpPing.deleteMany({ where: { memberId: me } });

  // Small records with no use once they are gone.
  await tx.rateWindow.deleteMany({ where: { memberId: me } });
  await tx.linkCode.deleteMany({ where: { networkId, memberId: me } });
  await tx.memberCheck.deleteMany({ where: { networkId, memberId: me } });
  await tx.memberCheck.updateMany({ where: { networkId, verifiedById: me }, data: { verifiedById: null } });

  // Meetings.
  await tx.meeting.updateMany({ where: { networkId, hostId: me }, data: { hostId: null, hostName: null } });
  await tx.meeting.updateMany({ where: { networkId, createdById: me }, data: { createdById: null } });
  const rsvps = await tx.meetingRsvp.findMany({
    where: { memberId: me, meeting: { networkId } },
    select: { id: true, occurrence: true, meeting: { select: { startsAt: true, timeZone: true } } },
  });
  const future = rsvps.filter((r) => !occurrencePast(r.occurrence, r.meeting, now)).map((r) => r.id);
  if (future.length) await tx.meetingRsvp.deleteMany({ where: { id: { in: future } } });

  // Shifts: past places stay for volunteer hours; upcoming ones are given up.
  await tx.shift.updateMany({ where: { networkId, createdById: me }, data: { createdById: null } });
  const upcomingIds = upcoming.map((p) => p.id);
  if (upcomingIds.length) {
    await tx.coverRequest.updateMany({
      where: { assignmentId: { in: upcomingIds }, status: { in: ["open", "pending_approval"] } },
      data: { status: "withdrawn" },
    });
    await tx.shiftSwap.updateMany({
      where: {
        networkId,
        status: "proposed",
        OR: [{ fromAssignmentId: { in: upcomingIds } }, { toAssignmentId: { in: upcomingIds } }],
      },
      data: { status: "withdrawn", decidedAt: now },
    });
    await tx.shiftAssignment.deleteMany({ where: { id: { in: upcomingIds } } });
  }
  await tx.coverRequest.updateMany({ where: { requesterId: me, shift: { networkId } }, data: { reason: null } });
  await tx.coverRequest.updateMany({
    where: { claimantId: me, status: "pending_approval", shift: { networkId } },
    data: { status: "open", claimantId: null, claimedAt: null },
  });
  await tx.coverRequest.updateMany({ where: { decidedById: me, shift: { networkId } }, data: { decidedById: null } });
  await tx.shiftSwap.updateMany({
    where: { networkId, status: "proposed", OR: [{ proposerId: me }, { otherId: me }] },
    data: { status: "withdrawn", decidedAt: now },
  });

  // Jobs about them or their records: pending ones would act for nobody; finished ones keep no link.
  const named = await jobsNaming(tx, networkId, [
    me,
    ...updates.map((u) => u.id),
    ...asks.map((a) => a.id),
    ...places.map((p) => p.id),
  ]);
  const pending = named.filter((j) => j.status === "pending").map((j) => j.id);
  const finished = named.filter((j) => j.status !== "pending" && j.status !== "running").map((j) => j.id);
  const cancelled = pending.length
    ? (
        await tx.job.updateMany({
          where: { id: { in: pending }, status: "pending" },
          data: { status: "cancelled", leaseExpiresAt: null, finishedAt: now, payload: "{}" },
        })
      ).count
    : 0;
  if (finished.length) await tx.job.updateMany({ where: { id: { in: finished } }, data: { payload: "{}" } });

  const result: Forgotten = {
    updates: updates.length,
    asks: asks.length,
    placesGivenUp: upcoming.length,
    jobsCancelled: cancelled,
    freedShifts: [...new Set(upcoming.map((p) => p.shift.number))].sort((a, b) => a - b),
  };
  await audit(tx, {
    networkId,
    actorId: me,
    action: "privacy.forgotten",
    subjectType: "member",
    subjectId: me,
    at: now,
    details: {
      updates: result.updates,
      asks: result.asks,
      placesGivenUp: result.placesGivenUp,
      jobsCancelled: result.jobsCancelled,
    },
  });
  return result;
}
