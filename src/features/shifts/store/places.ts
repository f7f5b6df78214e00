/**
 * Places on a shift: taking one (never more people than places, whatever the race), a coordinator
 * taking someone off, and a place changing hands (cover, swaps).
 */
import { isUniqueViolation, type Db, type Tx } from "../../../db/index.js";
import { UNCOVERED, type Holder, type Refused, type RotaPlan, type StoredShift } from "../domain.js";
import { record, refusable, Rollback } from "./rows.js";

/**
 * Withdraws uncovered requests, each only from the status it was read in (a claim landing
 * meanwhile wins), each audited with `why`. Returns how many were withdrawn and the claimants
 * whose pending claims were dropped.
 */
export async function withdrawUncovered(
  tx: Tx,
  shift: StoredShift,
  covers: readonly { id: string; status: string; claimantId: string | null }[],
  actorId: string,
  at: Date,
  why: Record<string, unknown>,
): Promise<{ withdrawn: number; claimants: string[] }> {
  const claimants: string[] = [];
  let withdrawn = 0;
  for (const cover of covers) {
    const won = await tx.coverRequest.updateMany({
      where: { id: cover.id, status: cover.status, claimantId: cover.claimantId },
      data: { status: "withdrawn" },
    });
    if (won.count !== 1) continue;
    withdrawn += 1;
    if (cover.status === "pending_approval" && cover.claimantId) claimants.push(cover.claimantId);
    await record(tx, shift.networkId, actorId, "shift.cover_withdrawn", { type: "CoverRequest", id: cover.id }, at, {
      number: shift.number,
      was: cover.status,
      ...why,
    });
  }
  return { withdrawn, claimants };
}

/**
 * Moves one place from one member to another: the conditional update only matches while `from`
 * still holds it (else the whole change rolls back, "gone"). Their day-before reminder moves with it.
 */
export async function handOver(
  tx: Tx,
  plan: RotaPlan,
  shift: StoredShift,
  assignmentId: string,
  from: string,
  to: string,
  at: Date,
): Promise<void> {
  const moved = await tx.shiftAssignment.updateMany({
    where: { id: assignmentId, memberId: from },
    data: { memberId: to, confirmedAt: null },
  });
  if (moved.count !== 1) throw new Rollback("gone", shift.number);
  await plan.placeLeft(tx, assignmentId);
  await plan.placeTaken(tx, { ...shift, assignmentId, memberId: to }, at);
  await record(tx, shift.networkId, null, "shift.handed_over", { type: "ShiftAssignment", id: assignmentId }, at, {
    number: shift.number,
    from,
    to,
  });
}

/** Taking a place and taking someone off one. */
export class PlaceStore {
  constructor(
    private readonly db: Db,
    private readonly plan: RotaPlan,
  ) {}

  /**
   * Takes the lowest free place. The unique (shift, slot) key decides between two people taking the
   * last place at once: the loser's insert fails and they try the next free slot, so capacity is
   * never exceeded, across instances too. Refused "full", "cancelled" or "already_on".
   */
  async signUp(shift: StoredShift, memberId: string, at: Date): Promise<{ slot: number } | Refused> {
    return refusable(async () => {
      for (let round = 0; round < 3; round++) {
        const taken = await this.db.shiftAssignment.findMany({ where: { shiftId: shift.id }, select: { slot: true } });
        const used = new Set(taken.map((a) => a.slot));
        const free = Array.from({ length: shift.capacity }, (_, i) => i + 1).filter((s) => !used.has(s));
        if (free.length === 0) return { refused: "full" as const };
        for (const slot of free) {
          try {
            await this.db.$transaction(async (tx) => {
              // The shift's row first, as cancel and edit take it: a place is only taken while the
              // shift is open and the slot within its capacity, whatever changed since it was read.
              const open = await tx.shift.updateMany({
                where: { id: shift.id, status: "open", capacity: { gte: slot } },
                data: { status: "open" },
              });
              if (open.count !== 1) {
                const now = await tx.shift.findUnique({ where: { id: shift.id }, select: { status: true } });
                throw new Rollback(now?.status === "cancelled" ? "cancelled" : "full");
              }
              const row = await tx.shiftAssignment.create({
                data: { shiftId: shift.id, memberId, slot, createdAt: at },
              });
              await record(tx, shift.networkId, memberId, "shift.signed_up", { type: "Shift", id: shift.id }, at, {
                number: shift.number,
                slot,
              });
              await this.plan.placeTaken(tx, { ...shift, assignmentId: row.id, memberId }, at);
            });
            return { slot };
          } catch (error) {
            if (!isUniqueViolation(error)) throw error;
            const mine = await this.db.shiftAssignment.findUnique({
              where: { shiftId_memberId: { shiftId: shift.id, memberId } },
            });
            if (mine) throw new Rollback("already_on");
          }
        }
      }
      return { refused: "full" as const };
    });
  }

  /**
   * A coordinator takes `holder` off a shift not yet started: their uncovered requests withdrawn
   * first (as claims take them, so a racing claim waits and then finds them withdrawn), their
   * proposed swaps withdrawn, their reminder and the requests' escalations dropped, and the place
   * freed, all in one transaction. Returns the claimants whose pending claims were dropped, or
   * refused "changed" when a claim landed meanwhile or the holder had left the place (nothing changed).
   */
  async remove(
    shift: StoredShift,
    holder: Holder,
    actorId: string,
    at: Date,
  ): Promise<{ claimants: string[] } | Refused> {
    return refusable(() =>
      this.db.$transaction(async (tx) => {
        const covers = await tx.coverRequest.findMany({
          where: { assignmentId: holder.assignmentId, status: { in: [...UNCOVERED] } },
        });
        const { withdrawn, claimants } = await withdrawUncovered(tx, shift, covers, actorId, at, {
          holderRemoved: true,
        });
        // A claim landed meanwhile: roll back rather than take off someone whose place just changed hands.
        if (withdrawn !== covers.length) throw new Rollback("changed");
        for (const cover of covers) await this.plan.coverClosed(tx, cover.id);
        const gone = await tx.shiftAssignment.deleteMany({
          where: {
            id: holder.assignmentId,
            memberId: holder.memberId,
            shift: { status: "open", startsAt: { gt: at } },
          },
        });
        // Left meanwhile: nothing to take off (what was withdrawn stays withdrawn, as before).
        if (gone.count !== 1) return { refused: "changed" as const };
        await this.plan.placeLeft(tx, holder.assignmentId);
        await tx.shiftSwap.updateMany({
          where: {
            status: "proposed",
            OR: [{ fromAssignmentId: holder.assignmentId }, { toAssignmentId: holder.assignmentId }],
          },
          data: { status: "withdrawn", decidedAt: at },
        });
        await record(tx, shift.networkId, actorId, "shift.holder_removed", { type: "Shift", id: shift.id }, at, {
          number: shift.number,
          memberId: holder.memberId,
        });
        return { claimants };
      }),
    );
  }
}
