/**
 * The rota's shifts as a coordinator makes them: added (numbered per network, all or none) and,
 * by their holders, confirmed. Everything `ShiftReads` reads, too.
 */
import type { Db } from "../../../db/index.js";
import type { NewShift, StoredShift } from "../domain.js";
import { ShiftReads } from "./reads.js";
import { record, toShifts, withPlaces, type ShiftRow } from "./rows.js";

/** Shifts added and places confirmed, plus every read of `ShiftReads`. */
export class RotaStore extends ShiftReads {
  constructor(private readonly db: Db) {
    super(db);
  }

  /** Stores shifts with the next numbers of their network, all or none, numbered under the network row's lock. */
  async create(
    where: { networkId: string; createdById: string; spaceId: string; channelId: string },
    shifts: readonly NewShift[],
    at: Date,
  ): Promise<StoredShift[]> {
    return this.db.$transaction(async (tx) => {
      const { lastShiftNumber } = await tx.network.update({
        where: { id: where.networkId },
        data: { lastShiftNumber: { increment: shifts.length } },
        select: { lastShiftNumber: true },
      });
      const first = lastShiftNumber - shifts.length + 1;
      const rows: ShiftRow[] = [];
      for (const [i, shift] of shifts.entries()) {
        const row = await tx.shift.create({
          data: {
            ...where,
            number: first + i,
            role: shift.role,
            startsAt: shift.startsAt,
            endsAt: shift.endsAt,
            place: shift.place ?? null,
            capacity: shift.capacity,
            requiredChecks: JSON.stringify(shift.requiredChecks),
            createdAt: at,
          },
          include: withPlaces,
        });
        await record(tx, where.networkId, where.createdById, "shift.created", { type: "Shift", id: row.id }, at, {
          number: row.number,
          capacity: row.capacity,
          checks: shift.requiredChecks,
        });
        rows.push(row);
      }
      return toShifts(tx, rows);
    });
  }

  /** "Still coming?" → Yes: the place is confirmed. */
  async confirm(assignmentId: string, shift: StoredShift, memberId: string, at: Date): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.shiftAssignment.update({ where: { id: assignmentId }, data: { confirmedAt: at } });
      await record(tx, shift.networkId, memberId, "shift.confirmed", { type: "Shift", id: shift.id }, at, {
        number: shift.number,
      });
    });
  }
}
