/**
 * A coordinator changing a shift not yet started: cancelling it, or editing its time, place or
 * number of places. Each change takes the shift's row first, as sign-ups do, so they wait for it.
 */
import type { Db } from "../../../db/index.js";
import { UNCOVERED, type Refused, type RotaPlan, type ShiftChange, type StoredShift } from "../domain.js";
import { withdrawUncovered } from "./places.js";
import { ShiftReads } from "./reads.js";
import { escalationOf, record, refusable, refuseChange, shiftById } from "./rows.js";

/** Cancelling and editing shifts, each in one transaction. */
export class ShiftChanges {
  constructor(
    private readonly db: Db,
    private readonly plan: RotaPlan,
  ) {}

  /**
   * Cancels a shift not yet started: its uncovered requests withdrawn (cover rows first, as claims
   * take them, so a racing claim waits and then finds them withdrawn), then the shift's row, then
   * every reminder and escalation dropped and proposed swaps of its places withdrawn, all in one
   * transaction. Returns the shift as cancelled, with whoever held it then, and the claimants
   * whose pending claims were dropped; refused "cancelled" or "past" (nothing changed).
   */
  async cancel(
    shift: StoredShift,
    actorId: string,
    at: Date,
  ): Promise<{ shift: StoredShift; claimants: string[] } | Refused> {
    return refusable(() =>
      this.db.$transaction(async (tx) => {
        const covers = await tx.coverRequest.findMany({ where: { shiftId: shift.id } });
        const uncovered = covers.filter((c) => (UNCOVERED as readonly string[]).includes(c.status));
        const { withdrawn, claimants } = await withdrawUncovered(tx, shift, uncovered, actorId, at, {
          shiftCancelled: true,
        });
        const cancelled = await tx.shift.updateMany({
          where: { id: shift.id, status: "open", startsAt: { gt: at } },
          data: { status: "cancelled" },
        });
        if (cancelled.count !== 1) await refuseChange(tx, shift.id);
        const fresh = (await shiftById(tx, shift.id)) as StoredShift;
        for (const holder of fresh.holders) await this.plan.placeLeft(tx, holder.assignmentId);
        for (const cover of covers) await this.plan.coverClosed(tx, cover.id);
        const places = fresh.holders.map((h) => h.assignmentId);
        if (places.length) {
          await tx.shiftSwap.updateMany({
            where: {
              status: "proposed",
              OR: [{ fromAssignmentId: { in: places } }, { toAssignmentId: { in: places } }],
            },
            data: { status: "withdrawn", decidedAt: at },
          });
        }
        await record(tx, shift.networkId, actorId, "shift.cancelled", { type: "Shift", id: shift.id }, at, {
          number: shift.number,
          holders: fresh.holders.length,
          coversWithdrawn: withdrawn,
        });
        return { shift: fresh, claimants };
      }),
    );
  }

  /**
   * Changes a shift not yet started. The shift's row is changed first (so sign-ups, which take it
   * too, wait), then `check` sees it with its holders as changed (reading inside the transaction)
   * and may refuse by throwing, rolling all back. A new time re-plans the holders' reminders (and
   * asks them afresh) and the escalations of its uncovered requests; fewer places move holders
   * into the lowest slots. Refused "cancelled" or "past" (nothing changed).
   */
  async edit(
    shift: StoredShift,
    change: ShiftChange,
    actorId: string,
    at: Date,
    check: (reads: ShiftReads, changed: StoredShift) => Promise<void>,
  ): Promise<StoredShift | Refused> {
    return refusable(() =>
      this.db.$transaction(async (tx) => {
        const moved = change.startsAt !== undefined;
        const locked = await tx.shift.updateMany({
          where: { id: shift.id, status: "open", startsAt: { gt: at } },
          data: { ...change },
        });
        if (locked.count !== 1) await refuseChange(tx, shift.id);
        const fresh = (await shiftById(tx, shift.id)) as StoredShift;
        await check(new ShiftReads(tx), fresh);
        if (change.capacity !== undefined) {
          const used = new Set(fresh.holders.map((h) => h.slot));
          for (const holder of fresh.holders.filter((h) => h.slot > fresh.capacity)) {
            const slot = Array.from({ length: fresh.capacity }, (_, i) => i + 1).find((s) => !used.has(s)) as number;
            await tx.shiftAssignment.update({ where: { id: holder.assignmentId }, data: { slot } });
            used.delete(holder.slot);
            used.add(slot);
          }
        }
        const edits = await tx.auditEntry.count({
          where: { subjectType: "Shift", subjectId: shift.id, action: "shift.edited" },
        });
        const revision = `:e${edits + 1}`;
        if (moved) {
          await tx.shiftAssignment.updateMany({ where: { shiftId: shift.id }, data: { confirmedAt: null } });
          for (const holder of fresh.holders) {
            await this.plan.placeLeft(tx, holder.assignmentId);
            await this.plan.placeTaken(
              tx,
              { ...fresh, assignmentId: holder.assignmentId, memberId: holder.memberId },
              at,
              revision,
            );
          }
          const covers = await tx.coverRequest.findMany({
            where: { shiftId: shift.id, status: { in: [...UNCOVERED] } },
          });
          const escalation = covers.length ? await escalationOf(tx, shift.networkId) : "";
          for (const cover of covers) {
            await this.plan.coverClosed(tx, cover.id);
            await this.plan.coverAsked(tx, cover, fresh, escalation, at, revision);
          }
        }
        await record(tx, shift.networkId, actorId, "shift.edited", { type: "Shift", id: shift.id }, at, {
          number: shift.number,
          changed: Object.keys(change),
        });
        return (await shiftById(tx, shift.id)) as StoredShift;
      }),
    );
  }
}
