/**
 * Shifts' part of a member's export, erasure and the network's retention: shifts they created,
 * their places, cover requests and swaps they took part in, and their checks.
 */
import { formatList, type Locale } from "../../core/i18n/index.js";
import { type PersonalData } from "../../core/personal-data.js";
import { forgetFinishedCards, jsonList, zoned } from "../shared/personal-data.js";
import { COVER_CARD } from "./cards.js";

export const shiftsPersonalData: PersonalData<
  "Shift" | "ShiftAssignment" | "CoverRequest" | "ShiftSwap" | "MemberCheck",
  "decidedSwaps" | "expiredChecks"
> = {
  models: ["Shift", "ShiftAssignment", "CoverRequest", "ShiftSwap", "MemberCheck"],
  sections: ["Shift", "ShiftAssignment", "CoverRequest", "ShiftSwap", "MemberCheck"],
  retention: {
    /** Shift swaps once accepted, declined or withdrawn. */
    decidedSwaps: { days: 400, label: "shift.kind.decidedSwaps" },
    /** Checks (DBS, training) after they expired or were revoked. */
    expiredChecks: { days: 365, label: "shift.kind.expiredChecks" },
  },

  async export(tx, { networkId, memberId: me, timeZone }) {
    const z = (row: Record<string, unknown>) => zoned(row, timeZone);
    const shiftsMade = await tx.shift.findMany({ where: { networkId, createdById: me }, orderBy: { number: "asc" } });
    const places = await tx.shiftAssignment.findMany({
      where: { memberId: me, shift: { networkId } },
      include: { shift: { select: { number: true, role: true, startsAt: true, endsAt: true, place: true } } },
      orderBy: { createdAt: "asc" },
    });
    const covers = await tx.coverRequest.findMany({
      where: { shift: { networkId }, OR: [{ requesterId: me }, { claimantId: me }, { decidedById: me }] },
      include: { shift: { select: { number: true, role: true, startsAt: true } } },
      orderBy: { createdAt: "asc" },
    });
    const swaps = await tx.shiftSwap.findMany({
      where: { networkId, OR: [{ proposerId: me }, { otherId: me }] },
      orderBy: { createdAt: "asc" },
    });
    const swapShifts = await tx.shiftAssignment.findMany({
      where: { id: { in: swaps.flatMap((s) => [s.fromAssignmentId, s.toAssignmentId]) }, shift: { networkId } },
      select: { id: true, shift: { select: { number: true } } },
    });
    const shiftOfAssignment = new Map(swapShifts.map((a) => [a.id, a.shift.number]));
    const checks = await tx.memberCheck.findMany({ where: { networkId, memberId: me }, orderBy: { createdAt: "asc" } });
    return {
      sections: {
        Shift: shiftsMade.map((s) =>
          z({
            id: s.id,
            number: s.number,
            role: s.role,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            place: s.place,
            capacity: s.capacity,
            requiredChecks: jsonList(s.requiredChecks),
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
      },
      named: [...places.map((p) => p.id), ...covers.filter((c) => c.requesterId === me).map((c) => c.id)],
    };
  },

  async erase(tx, { networkId, memberId: me }, now) {
    // Gathered before anything changes: places jobs may name, and cover cards showing their name.
    const places = await tx.shiftAssignment.findMany({
      where: { memberId: me, shift: { networkId } },
      select: { id: true, shift: { select: { number: true, endsAt: true } } },
    });
    const covers = await tx.coverRequest.findMany({
      where: { shift: { networkId }, OR: [{ requesterId: me }, { claimantId: me }] },
      select: { id: true },
    });
    const upcoming = places.filter((p) => p.shift.endsAt > now);

    await tx.memberCheck.deleteMany({ where: { networkId, memberId: me } });
    await tx.memberCheck.updateMany({ where: { networkId, verifiedById: me }, data: { verifiedById: null } });
    await tx.shift.updateMany({ where: { networkId, createdById: me }, data: { createdById: null } });

    // Past places stay for volunteer hours; upcoming ones are given up, their covers and swaps withdrawn.
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

    // Upcoming shifts where a place came free: coordinators hear the numbers only.
    const freed = [...new Set(upcoming.map((p) => p.shift.number))].sort((a, b) => a - b);
    const shifts = (locale: Locale) =>
      formatList(
        locale,
        freed.map((n) => `#${n}`),
      );
    return {
      counts: { placesGivenUp: upcoming.length },
      named: places.map((p) => p.id),
      cards: covers.map((c) => ({ type: COVER_CARD, id: c.id })),
      notices: freed.length
        ? [(t, locale) => ({ text: t("privacy.forget.shifts_freed", { shifts: shifts(locale), count: freed.length }) })]
        : [],
    };
  },

  async holds(tx, memberId) {
    const counts = await Promise.all([
      tx.shiftAssignment.count({ where: { memberId } }),
      tx.coverRequest.count({ where: { OR: [{ requesterId: memberId }, { claimantId: memberId }] } }),
      tx.shiftSwap.count({ where: { OR: [{ proposerId: memberId }, { otherId: memberId }] } }),
      tx.memberCheck.count({ where: { memberId } }),
    ]);
    return counts.some((n) => n > 0);
  },

  async inUse(tx, networkId) {
    const counts = await Promise.all([
      tx.shift.count({ where: { networkId } }),
      tx.memberCheck.count({ where: { networkId } }),
    ]);
    return counts.some((n) => n > 0);
  },

  async retain(tx, network, cutoff) {
    const networkId = network.id;
    const swaps = cutoff.before("decidedSwaps");
    const checks = cutoff.before("expiredChecks");
    const decidedSwaps = (
      await tx.shiftSwap.deleteMany({
        where: {
          networkId,
          status: { not: "proposed" },
          OR: [{ decidedAt: { lt: swaps } }, { decidedAt: null, createdAt: { lt: swaps } }],
        },
      })
    ).count;
    const expiredChecks = (
      await tx.memberCheck.deleteMany({
        where: { networkId, OR: [{ expiresAt: { lt: checks } }, { status: "revoked", updatedAt: { lt: checks } }] },
      })
    ).count;
    // Nothing changes a cover request's card once its shift has ended.
    await forgetFinishedCards(tx, networkId, COVER_CARD, async (ids) =>
      (
        await tx.coverRequest.findMany({
          where: { id: { in: ids }, shift: { networkId, endsAt: { gt: cutoff.now } } },
          select: { id: true },
        })
      ).map((c) => c.id),
    );
    return { decidedSwaps, expiredChecks };
  },
};
