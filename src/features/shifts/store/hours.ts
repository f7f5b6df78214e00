/** Volunteer hours: the places held to the end of completed shifts. */
import type { Db } from "../../../db/index.js";
import type { CompletedPlace } from "../domain.js";

/** Completed places, for volunteer hours. */
export class HoursStore {
  constructor(private readonly db: Db) {}

  /** Completed shifts (over by `now`, not cancelled) with who held each place at the end; one member's only when given. */
  async completed(networkId: string, now: Date, memberId?: string): Promise<CompletedPlace[]> {
    const rows = await this.db.shiftAssignment.findMany({
      where: {
        ...(memberId ? { memberId } : {}),
        shift: { networkId, status: "open", endsAt: { lte: now } },
      },
      include: { shift: { select: { startsAt: true, endsAt: true } } },
    });
    return rows.map((r) => ({ memberId: r.memberId, startsAt: r.shift.startsAt, endsAt: r.shift.endsAt }));
  }
}
