import type { FeatureFigures } from "../../core/personal-data.js";

const HOUR_MS = 3600 * 1000;

/**
 * The rota in a report: shifts that ended in the period (not cancelled), how full they were,
 * cover asked for and given, and volunteer hours (each place held × the shift's length).
 */
export const shiftFigures: FeatureFigures<
  "shiftsHeld" | "shiftsFilled" | "placesFilled" | "coverRequests" | "coversCovered" | "volunteerHours"
> = {
  labels: {
    shiftsHeld: "shift.figure.shiftsHeld",
    shiftsFilled: "shift.figure.shiftsFilled",
    placesFilled: "shift.figure.placesFilled",
    coverRequests: "shift.figure.coverRequests",
    coversCovered: "shift.figure.coversCovered",
    volunteerHours: "shift.figure.volunteerHours",
  },
  async count(db, networkId, { start, end, now }) {
    const within = { gte: start, lt: end };
    const until = new Date(Math.min(end.getTime(), now.getTime()));
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
    return {
      shiftsHeld: shifts.length,
      shiftsFilled: filled,
      placesFilled,
      coverRequests: await db.coverRequest.count({ where: { shift: { networkId }, createdAt: within } }),
      coversCovered: await db.coverRequest.count({
        where: { shift: { networkId }, status: "covered", claimedAt: within },
      }),
      volunteerHours: Math.round((hoursMs / HOUR_MS) * 100) / 100,
    };
  },
};
