/** Swaps: one holder offers another their place for the other's; both change hands at once, or neither. */
import type { Db } from "../../../db/index.js";
import type { Holder, Refused, RotaPlan, StoredShift, StoredSwap } from "../domain.js";
import { handOver } from "./places.js";
import { ShiftReads } from "./reads.js";
import { record, refusable, Rollback, shiftById } from "./rows.js";

/** Swaps proposed, accepted (both places at once) or declined. */
export class SwapStore {
  constructor(
    private readonly db: Db,
    private readonly plan: RotaPlan,
  ) {}

  /** Proposes a swap, or finds the same one already proposed (`existed`). */
  async propose(networkId: string, from: Holder, to: Holder, at: Date): Promise<{ id: string; existed: boolean }> {
    const existing = await this.db.shiftSwap.findFirst({
      where: { fromAssignmentId: from.assignmentId, toAssignmentId: to.assignmentId, status: "proposed" },
    });
    if (existing) return { id: existing.id, existed: true };
    return this.db.$transaction(async (tx) => {
      const swap = await tx.shiftSwap.create({
        data: {
          networkId,
          fromAssignmentId: from.assignmentId,
          toAssignmentId: to.assignmentId,
          proposerId: from.memberId,
          otherId: to.memberId,
          createdAt: at,
        },
      });
      await record(tx, networkId, from.memberId, "shift.swap_proposed", { type: "ShiftSwap", id: swap.id }, at);
      return { id: swap.id, existed: false };
    });
  }

  async byId(id: string): Promise<StoredSwap | undefined> {
    const row = await this.db.shiftSwap.findUnique({ where: { id } });
    if (!row) return undefined;
    const { networkId, fromAssignmentId, toAssignmentId, proposerId, otherId, status } = row;
    return { id: row.id, networkId, fromAssignmentId, toAssignmentId, proposerId, otherId, status };
  }

  /**
   * Accepts a swap: both places change hands in one transaction, once `check` (run inside it,
   * after both are re-read) finds both still held and both people eligible; it refuses by
   * throwing. Undefined when the swap was already decided; refused "stale" when either place
   * changed hands since it was proposed.
   */
  async accept(
    swap: StoredSwap,
    at: Date,
    check: (reads: ShiftReads, from: StoredShift, to: StoredShift) => Promise<void>,
  ): Promise<{ from: StoredShift; to: StoredShift } | undefined | Refused> {
    return refusable(() =>
      this.db.$transaction(async (tx) => {
        const won = await tx.shiftSwap.updateMany({
          where: { id: swap.id, status: "proposed" },
          data: { status: "accepted", decidedAt: at },
        });
        if (won.count !== 1) return undefined;
        const [fromRow, toRow] = await Promise.all([
          tx.shiftAssignment.findUnique({ where: { id: swap.fromAssignmentId } }),
          tx.shiftAssignment.findUnique({ where: { id: swap.toAssignmentId } }),
        ]);
        if (!fromRow || !toRow || fromRow.memberId !== swap.proposerId || toRow.memberId !== swap.otherId) {
          throw new Rollback("stale");
        }
        const from = (await shiftById(tx, fromRow.shiftId)) as StoredShift;
        const to = (await shiftById(tx, toRow.shiftId)) as StoredShift;
        await check(new ShiftReads(tx), from, to);
        await handOver(tx, this.plan, from, fromRow.id, swap.proposerId, swap.otherId, at);
        await handOver(tx, this.plan, to, toRow.id, swap.otherId, swap.proposerId, at);
        await record(tx, swap.networkId, swap.otherId, "shift.swap_accepted", { type: "ShiftSwap", id: swap.id }, at, {
          from: from.number,
          to: to.number,
        });
        return { from, to };
      }),
    );
  }

  /** Declines a proposed swap; false when it was already decided. */
  async decline(swap: { id: string; networkId: string }, actorId: string, at: Date): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const won = await tx.shiftSwap.updateMany({
        where: { id: swap.id, status: "proposed" },
        data: { status: "declined", decidedAt: at },
      });
      if (won.count !== 1) return false;
      await record(tx, swap.networkId, actorId, "shift.swap_declined", { type: "ShiftSwap", id: swap.id }, at);
      return true;
    });
  }
}
