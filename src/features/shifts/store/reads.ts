/**
 * Reading the rota: shifts by number or id, what is coming up and a member's own, who holds a
 * place, and what eligibility needs (a member's checks, a clashing shift). Works on the client or
 * inside a transaction under way, so a check run in a claim sees the claim's changes.
 */
import type { StoredCheck, StoredShift } from "../domain.js";
import { shiftById, toShifts, withPlaces, type Conn } from "./rows.js";

/** Reads of the rota, on the client or inside a transaction. */
export class ShiftReads {
  constructor(protected readonly conn: Conn) {}

  async byNumber(networkId: string, number: number): Promise<StoredShift | undefined> {
    const row = await this.conn.shift.findUnique({
      where: { networkId_number: { networkId, number } },
      include: withPlaces,
    });
    return row ? (await toShifts(this.conn, [row]))[0] : undefined;
  }

  async byId(id: string): Promise<StoredShift | undefined> {
    return shiftById(this.conn, id);
  }

  /** Open shifts not yet started, soonest first. */
  async upcoming(networkId: string, now: Date, limit: number): Promise<StoredShift[]> {
    const rows = await this.conn.shift.findMany({
      where: { networkId, status: "open", startsAt: { gt: now } },
      include: withPlaces,
      orderBy: [{ startsAt: "asc" }, { number: "asc" }],
      take: limit,
    });
    return toShifts(this.conn, rows);
  }

  /** The member's shifts not yet over, soonest first. */
  async mine(networkId: string, memberId: string, now: Date): Promise<StoredShift[]> {
    const rows = await this.conn.shift.findMany({
      where: { networkId, status: "open", endsAt: { gt: now }, assignments: { some: { memberId } } },
      include: withPlaces,
      orderBy: [{ startsAt: "asc" }],
      take: 50,
    });
    return toShifts(this.conn, rows);
  }

  /** Who holds a place now, and on which shift (undefined: the place is gone). */
  async place(assignmentId: string): Promise<{ shiftId: string; memberId: string } | undefined> {
    const row = await this.conn.shiftAssignment.findUnique({
      where: { id: assignmentId },
      select: { shiftId: true, memberId: true },
    });
    return row ?? undefined;
  }

  /** The number of another open shift of the member's overlapping `shift`'s time, if any. */
  async overlapOf(
    memberId: string,
    shift: { id: string; startsAt: Date; endsAt: Date },
    giving: readonly string[] = [],
  ): Promise<number | undefined> {
    const overlapping = await this.conn.shiftAssignment.findFirst({
      where: {
        memberId,
        id: { notIn: [...giving] },
        shiftId: { not: shift.id },
        shift: { status: "open", startsAt: { lt: shift.endsAt }, endsAt: { gt: shift.startsAt } },
      },
      include: { shift: { select: { number: true } } },
    });
    return overlapping?.shift.number;
  }

  /** The member's checks of these kinds. */
  async checksFor(memberId: string, kinds: readonly string[]): Promise<StoredCheck[]> {
    const rows = await this.conn.memberCheck.findMany({ where: { memberId, kind: { in: [...kinds] } } });
    return rows.map(({ id, networkId, memberId, kind, status, expiresAt }) => ({
      id,
      networkId,
      memberId,
      kind,
      status,
      expiresAt,
    }));
  }
}
