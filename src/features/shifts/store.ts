import { audit } from "../../core/audit.js";
import { UserError } from "../../core/errors.js";
import { isUniqueViolation, type Db, type Tx } from "../../db/index.js";
import { planCoverEscalation, planReminder, unplanCover, unplanReminders } from "./schedule.js";

export interface NewShift {
  readonly role: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly place: string | undefined;
  readonly capacity: number;
  readonly requiredChecks: readonly string[];
}

export interface Holder {
  readonly assignmentId: string;
  readonly memberId: string;
  readonly name: string;
  readonly slot: number;
}

export interface StoredShift extends NewShift {
  readonly id: string;
  readonly networkId: string;
  readonly number: number;
  readonly status: string;
  readonly spaceId: string | null;
  readonly channelId: string | null;
  readonly holders: readonly Holder[];
}

/** What an edit changes; absent fields stay as they are. */
export interface ShiftChange {
  readonly startsAt?: Date;
  readonly endsAt?: Date;
  readonly place?: string | null;
  readonly capacity?: number;
}

export type StoredCover = Awaited<ReturnType<Db["coverRequest"]["findFirstOrThrow"]>>;

const include = { assignments: { orderBy: { slot: "asc" as const } } } as const;
type Row = Awaited<ReturnType<Db["shift"]["findFirstOrThrow"]>> & {
  assignments: { id: string; memberId: string; slot: number }[];
};

export async function withHolders(db: Db | Tx, rows: readonly Row[]): Promise<StoredShift[]> {
  const ids = [...new Set(rows.flatMap((r) => r.assignments.map((a) => a.memberId)))];
  const members = ids.length
    ? await db.member.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })
    : [];
  const names = new Map(members.map((m) => [m.id, m.displayName]));
  return rows.map((row) => ({
    id: row.id,
    networkId: row.networkId,
    number: row.number,
    role: row.role,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    place: row.place ?? undefined,
    capacity: row.capacity,
    requiredChecks: JSON.parse(row.requiredChecks) as string[],
    status: row.status,
    spaceId: row.spaceId,
    channelId: row.channelId,
    holders: row.assignments.map((a) => ({
      assignmentId: a.id,
      memberId: a.memberId,
      name: names.get(a.memberId) ?? "?",
      slot: a.slot,
    })),
  }));
}

function record(
  tx: Tx,
  networkId: string,
  actorId: string | null,
  action: string,
  subject: { type: string; id: string },
  at: Date,
  details: Record<string, unknown> = {},
) {
  return audit(tx, { networkId, actorId, action, subjectType: subject.type, subjectId: subject.id, at, details });
}

/**
 * Withdraws uncovered requests, each only from the status it was read in (a claim landing
 * meanwhile wins), each audited with `why`. Returns how many were withdrawn and the claimants
 * whose pending claims were dropped.
 */
async function withdrawUncovered(
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

/** Cover requests that still need someone. */
export const UNCOVERED = ["open", "pending_approval"] as const;

/** The rota: shifts, who holds each place, covers and swaps. Every change is audited in its transaction. */
export class ShiftStore {
  constructor(private readonly db: Db) {}

  async byNumber(networkId: string, number: number): Promise<StoredShift | undefined> {
    const row = await this.db.shift.findUnique({ where: { networkId_number: { networkId, number } }, include });
    return row ? (await withHolders(this.db, [row]))[0] : undefined;
  }

  async byId(id: string, db: Db | Tx = this.db): Promise<StoredShift | undefined> {
    const row = await db.shift.findUnique({ where: { id }, include });
    return row ? (await withHolders(db, [row]))[0] : undefined;
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
      const rows: Row[] = [];
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
          include,
        });
        await record(tx, where.networkId, where.createdById, "shift.created", { type: "Shift", id: row.id }, at, {
          number: row.number,
          capacity: row.capacity,
          checks: shift.requiredChecks,
        });
        rows.push(row);
      }
      return withHolders(tx, rows);
    });
  }

  /** Open shifts not yet started, soonest first. */
  async upcoming(networkId: string, now: Date, limit: number): Promise<StoredShift[]> {
    const rows = await this.db.shift.findMany({
      where: { networkId, status: "open", startsAt: { gt: now } },
      include,
      orderBy: [{ startsAt: "asc" }, { number: "asc" }],
      take: limit,
    });
    return withHolders(this.db, rows);
  }

  /** The member's shifts not yet over, soonest first. */
  async mine(networkId: string, memberId: string, now: Date): Promise<StoredShift[]> {
    const rows = await this.db.shift.findMany({
      where: { networkId, status: "open", endsAt: { gt: now }, assignments: { some: { memberId } } },
      include,
      orderBy: [{ startsAt: "asc" }],
      take: 50,
    });
    return withHolders(this.db, rows);
  }

  /**
   * Takes the lowest free place. The unique (shift, slot) key decides between two people taking the
   * last place at once: the loser's insert fails and they try the next free slot, so capacity is
   * never exceeded, across instances too. Undefined when the shift is full.
   */
  async signUp(shift: StoredShift, memberId: string, at: Date): Promise<{ slot: number } | undefined> {
    for (let round = 0; round < 3; round++) {
      const taken = await this.db.shiftAssignment.findMany({ where: { shiftId: shift.id }, select: { slot: true } });
      const used = new Set(taken.map((a) => a.slot));
      const free = Array.from({ length: shift.capacity }, (_, i) => i + 1).filter((s) => !used.has(s));
      if (free.length === 0) return undefined;
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
              if (now?.status === "cancelled") throw new UserError("shift.cancelled", { number: shift.number });
              throw new UserError("shift.full", { number: shift.number });
            }
            const row = await tx.shiftAssignment.create({ data: { shiftId: shift.id, memberId, slot, createdAt: at } });
            await record(tx, shift.networkId, memberId, "shift.signed_up", { type: "Shift", id: shift.id }, at, {
              number: shift.number,
              slot,
            });
            await planReminder(tx, { ...shift, assignmentId: row.id, memberId }, at);
          });
          return { slot };
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          const mine = await this.db.shiftAssignment.findUnique({
            where: { shiftId_memberId: { shiftId: shift.id, memberId } },
          });
          if (mine) throw new UserError("shift.already_on", { number: shift.number });
        }
      }
    }
    return undefined;
  }

  async openCoverFor(assignmentId: string): Promise<StoredCover | null> {
    return this.db.coverRequest.findFirst({ where: { assignmentId, status: { in: [...UNCOVERED] } } });
  }

  /** The member's own cover request for a shift that still needs someone. */
  async openCoverOf(shiftId: string, requesterId: string): Promise<StoredCover | null> {
    return this.db.coverRequest.findFirst({ where: { shiftId, requesterId, status: { in: [...UNCOVERED] } } });
  }

  async coverById(id: string): Promise<StoredCover | null> {
    return this.db.coverRequest.findUnique({ where: { id } });
  }

  /** Stores a cover request; `then` plans its escalations in the same transaction. */
  async askCover(
    shift: StoredShift,
    holder: Holder,
    reason: string | undefined,
    where: { spaceId: string | null; channelId: string | null },
    at: Date,
    then: (tx: Tx, cover: StoredCover) => Promise<void>,
    /** Who asked, when not the holder: a coordinator asking on the holder's behalf. */
    askedById: string = holder.memberId,
  ): Promise<StoredCover> {
    return this.db.$transaction(async (tx) => {
      const cover = await tx.coverRequest.create({
        data: {
          shiftId: shift.id,
          assignmentId: holder.assignmentId,
          requesterId: holder.memberId,
          reason: reason ?? null,
          ...where,
          createdAt: at,
        },
      });
      await record(tx, shift.networkId, askedById, "shift.cover_asked", { type: "CoverRequest", id: cover.id }, at, {
        number: shift.number,
        reason: reason !== undefined,
        ...(askedById !== holder.memberId ? { onBehalfOf: holder.memberId } : {}),
      });
      await then(tx, cover);
      return cover;
    });
  }

  /** Where the cover request was posted, once it is. */
  async coverPostedIn(id: string, spaceId: string, channelId: string): Promise<void> {
    await this.db.coverRequest.update({ where: { id }, data: { spaceId, channelId } });
  }

  /**
   * The first claim wins: a conditional update from "open" succeeds for exactly one claimant,
   * whatever the number of instances, because the database decides. With approval the claim
   * waits for a coordinator; without, the place moves to the claimant in the same transaction.
   * "taken" for everyone else.
   */
  async claim(
    cover: StoredCover,
    shift: StoredShift,
    claimantId: string,
    approval: boolean,
    at: Date,
    check: (tx: Tx) => Promise<void>,
  ): Promise<"covered" | "pending_approval" | "taken"> {
    return this.db.$transaction(async (tx) => {
      const status = approval ? "pending_approval" : "covered";
      const won = await tx.coverRequest.updateMany({
        where: { id: cover.id, status: "open" },
        data: { status, claimantId, claimedAt: at },
      });
      if (won.count !== 1) return "taken";
      await check(tx);
      if (!approval) {
        await handOver(tx, shift, cover.assignmentId, cover.requesterId, claimantId, at);
        await unplanCover(tx, cover.id);
      }
      await record(
        tx,
        shift.networkId,
        claimantId,
        `shift.cover_${status}`,
        { type: "CoverRequest", id: cover.id },
        at,
        {
          number: shift.number,
        },
      );
      return status;
    });
  }

  /** A coordinator approves a pending claim: the place moves to the claimant. */
  async approve(cover: StoredCover, shift: StoredShift, deciderId: string, at: Date, check: (tx: Tx) => Promise<void>) {
    return this.db.$transaction(async (tx) => {
      const won = await tx.coverRequest.updateMany({
        where: { id: cover.id, status: "pending_approval" },
        data: { status: "covered", decidedById: deciderId },
      });
      if (won.count !== 1) return false;
      await check(tx);
      await handOver(tx, shift, cover.assignmentId, cover.requesterId, cover.claimantId as string, at);
      await unplanCover(tx, cover.id);
      await record(tx, shift.networkId, deciderId, "shift.cover_approved", { type: "CoverRequest", id: cover.id }, at, {
        number: shift.number,
      });
      return true;
    });
  }

  /** A coordinator declines a pending claim: the request is open again and the requester still responsible. */
  async decline(cover: StoredCover, shift: StoredShift, deciderId: string, at: Date): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const won = await tx.coverRequest.updateMany({
        where: { id: cover.id, status: "pending_approval" },
        data: { status: "open", claimantId: null, claimedAt: null, decidedById: deciderId },
      });
      if (won.count !== 1) return false;
      await record(tx, shift.networkId, deciderId, "shift.cover_declined", { type: "CoverRequest", id: cover.id }, at, {
        number: shift.number,
      });
      return true;
    });
  }

  /**
   * The requester withdraws their request: only from the status it was read in (a claim
   * meanwhile wins), and its escalations are dropped in the same transaction. Returns the
   * request as it was.
   */
  async withdrawCover(cover: StoredCover, shift: StoredShift, at: Date): Promise<StoredCover> {
    return this.db.$transaction(async (tx) => {
      const won = await tx.coverRequest.updateMany({
        where: { id: cover.id, requesterId: cover.requesterId, status: cover.status, claimantId: cover.claimantId },
        data: { status: "withdrawn" },
      });
      if (won.count !== 1) throw new UserError("shift.withdraw.changed", { number: shift.number });
      await unplanCover(tx, cover.id);
      await record(
        tx,
        shift.networkId,
        cover.requesterId,
        "shift.cover_withdrawn",
        { type: "CoverRequest", id: cover.id },
        at,
        { number: shift.number, was: cover.status },
      );
      return cover;
    });
  }

  /**
   * Cancels a shift not yet started: its uncovered requests withdrawn (cover rows first, as claims
   * take them, so a racing claim waits and then finds them withdrawn), then the shift's row, then
   * every reminder and escalation dropped and proposed swaps of its places withdrawn, all in one
   * transaction. Returns the shift as cancelled, with whoever held it then, and the claimants
   * whose pending claims were dropped.
   */
  async cancel(shift: StoredShift, actorId: string, at: Date): Promise<{ shift: StoredShift; claimants: string[] }> {
    return this.db.$transaction(async (tx) => {
      const covers = await tx.coverRequest.findMany({ where: { shiftId: shift.id } });
      const uncovered = covers.filter((c) => (UNCOVERED as readonly string[]).includes(c.status));
      const { withdrawn, claimants } = await withdrawUncovered(tx, shift, uncovered, actorId, at, {
        shiftCancelled: true,
      });
      const cancelled = await tx.shift.updateMany({
        where: { id: shift.id, status: "open", startsAt: { gt: at } },
        data: { status: "cancelled" },
      });
      if (cancelled.count !== 1) await refuseChange(tx, shift);
      const fresh = (await this.byId(shift.id, tx)) as StoredShift;
      for (const holder of fresh.holders) await unplanReminders(tx, holder.assignmentId);
      for (const cover of covers) await unplanCover(tx, cover.id);
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
    });
  }

  /**
   * A coordinator takes `holder` off a shift not yet started: their uncovered requests withdrawn
   * first (as claims take them, so a racing claim waits and then finds them withdrawn), their
   * proposed swaps withdrawn, their reminder and the requests' escalations dropped, and the place
   * freed, all in one transaction. Returns the claimants whose pending claims were dropped, or
   * undefined when the holder had left the place meanwhile (nothing changed).
   */
  async remove(
    shift: StoredShift,
    holder: Holder,
    actorId: string,
    at: Date,
  ): Promise<{ claimants: string[] } | undefined> {
    return this.db.$transaction(async (tx) => {
      const covers = await tx.coverRequest.findMany({
        where: { assignmentId: holder.assignmentId, status: { in: [...UNCOVERED] } },
      });
      const { withdrawn, claimants } = await withdrawUncovered(tx, shift, covers, actorId, at, { holderRemoved: true });
      // A claim landed meanwhile: roll back rather than take off someone whose place just changed hands.
      if (withdrawn !== covers.length) throw new UserError("shift.remove.changed", { number: shift.number });
      for (const cover of covers) await unplanCover(tx, cover.id);
      const gone = await tx.shiftAssignment.deleteMany({
        where: { id: holder.assignmentId, memberId: holder.memberId, shift: { status: "open", startsAt: { gt: at } } },
      });
      if (gone.count !== 1) return undefined;
      await unplanReminders(tx, holder.assignmentId);
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
    });
  }

  /**
   * Changes a shift not yet started. The shift's row is changed first (so sign-ups, which take it
   * too, wait), then `check` sees it with its holders as changed and may refuse, rolling all back.
   * A new time re-plans the holders' reminders (and asks them afresh) and the escalations of its
   * uncovered requests; fewer places move holders into the lowest slots.
   */
  async edit(
    shift: StoredShift,
    change: ShiftChange,
    actorId: string,
    at: Date,
    check: (tx: Tx, changed: StoredShift) => Promise<void>,
  ): Promise<StoredShift> {
    return this.db.$transaction(async (tx) => {
      const moved = change.startsAt !== undefined;
      const locked = await tx.shift.updateMany({
        where: { id: shift.id, status: "open", startsAt: { gt: at } },
        data: { ...change },
      });
      if (locked.count !== 1) await refuseChange(tx, shift);
      let fresh = (await this.byId(shift.id, tx)) as StoredShift;
      await check(tx, fresh);
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
          await unplanReminders(tx, holder.assignmentId);
          await planReminder(
            tx,
            { ...fresh, assignmentId: holder.assignmentId, memberId: holder.memberId },
            at,
            revision,
          );
        }
        const covers = await tx.coverRequest.findMany({
          where: { shiftId: shift.id, status: { in: [...UNCOVERED] } },
        });
        for (const cover of covers) {
          await unplanCover(tx, cover.id);
          await planCoverEscalation(tx, cover, fresh, at, revision);
        }
      }
      await record(tx, shift.networkId, actorId, "shift.edited", { type: "Shift", id: shift.id }, at, {
        number: shift.number,
        changed: Object.keys(change),
      });
      fresh = (await this.byId(shift.id, tx)) as StoredShift;
      return fresh;
    });
  }

  async confirm(assignmentId: string, shift: StoredShift, memberId: string, at: Date): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.shiftAssignment.update({ where: { id: assignmentId }, data: { confirmedAt: at } });
      await record(tx, shift.networkId, memberId, "shift.confirmed", { type: "Shift", id: shift.id }, at, {
        number: shift.number,
      });
    });
  }

  async proposeSwap(networkId: string, from: Holder, to: Holder, at: Date): Promise<{ id: string; existed: boolean }> {
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

  async swapById(id: string) {
    return this.db.shiftSwap.findUnique({ where: { id } });
  }

  /**
   * Accepts a swap: both places change hands in one transaction, once `check` (run inside it,
   * after both are re-read) finds both still held and both people eligible. False when the
   * swap was already decided.
   */
  async acceptSwap(
    swap: {
      id: string;
      networkId: string;
      fromAssignmentId: string;
      toAssignmentId: string;
      proposerId: string;
      otherId: string;
    },
    at: Date,
    check: (tx: Tx, from: StoredShift, to: StoredShift) => Promise<void>,
  ): Promise<{ from: StoredShift; to: StoredShift } | undefined> {
    return this.db.$transaction(async (tx) => {
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
        throw new UserError("shift.swap.stale");
      }
      const from = (await this.byId(fromRow.shiftId, tx)) as StoredShift;
      const to = (await this.byId(toRow.shiftId, tx)) as StoredShift;
      await check(tx, from, to);
      await handOver(tx, from, fromRow.id, swap.proposerId, swap.otherId, at);
      await handOver(tx, to, toRow.id, swap.otherId, swap.proposerId, at);
      await record(tx, swap.networkId, swap.otherId, "shift.swap_accepted", { type: "ShiftSwap", id: swap.id }, at, {
        from: from.number,
        to: to.number,
      });
      return { from, to };
    });
  }

  async declineSwap(swap: { id: string; networkId: string }, actorId: string, at: Date): Promise<boolean> {
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

  /** Records (or replaces) a member's check; `then` plans the expiry warnings in the same transaction. */
  async recordCheck(
    networkId: string,
    memberId: string,
    kind: string,
    status: string,
    expiresAt: Date | null,
    verifiedById: string,
    at: Date,
    then: (
      tx: Tx,
      check: { id: string; memberId: string; networkId: string; kind: string; expiresAt: Date | null },
    ) => Promise<void>,
  ) {
    return this.db.$transaction(async (tx) => {
      const data = { status, expiresAt, verifiedById, updatedAt: at };
      const check = await tx.memberCheck.upsert({
        where: { memberId_kind: { memberId, kind } },
        create: { networkId, memberId, kind, createdAt: at, ...data },
        update: data,
      });
      await record(tx, networkId, verifiedById, "shift.check_recorded", { type: "MemberCheck", id: check.id }, at, {
        kind,
        status,
        expiresAt: expiresAt?.toISOString() ?? null,
      });
      await then(tx, check);
      return check;
    });
  }

  async checksOf(memberId: string) {
    return this.db.memberCheck.findMany({ where: { memberId }, orderBy: { kind: "asc" } });
  }

  /** Completed shifts (over by `now`, not cancelled) with who held each place at the end. */
  async completed(networkId: string, now: Date, memberId?: string) {
    return this.db.shiftAssignment.findMany({
      where: {
        ...(memberId ? { memberId } : {}),
        shift: { networkId, status: "open", endsAt: { lte: now } },
      },
      include: { shift: { select: { startsAt: true, endsAt: true } } },
    });
  }

  /** Uncovered cover requests for shifts not yet started. */
  async uncovered(networkId: string, now: Date) {
    return this.db.coverRequest.findMany({
      where: { status: { in: [...UNCOVERED] }, shift: { networkId, status: "open", startsAt: { gt: now } } },
      include: { shift: { select: { number: true } } },
      orderBy: { shift: { startsAt: "asc" } },
      take: 50,
    });
  }
}

/** Why a shift could not be changed: cancelled meanwhile, or started. Always throws. */
async function refuseChange(tx: Tx, shift: StoredShift): Promise<never> {
  const row = await tx.shift.findUnique({ where: { id: shift.id }, select: { status: true } });
  if (row?.status === "cancelled") throw new UserError("shift.cancelled", { number: shift.number });
  throw new UserError("shift.past", { number: shift.number });
}

/**
 * Moves one place from one member to another: the conditional update only matches while `from`
 * still holds it. Their day-before reminder moves with it.
 */
async function handOver(tx: Tx, shift: StoredShift, assignmentId: string, from: string, to: string, at: Date) {
  const moved = await tx.shiftAssignment.updateMany({
    where: { id: assignmentId, memberId: from },
    data: { memberId: to, confirmedAt: null },
  });
  if (moved.count !== 1) throw new UserError("shift.cover.gone", { number: shift.number });
  await unplanReminders(tx, assignmentId);
  await planReminder(tx, { ...shift, assignmentId, memberId: to }, at);
  await record(tx, shift.networkId, null, "shift.handed_over", { type: "ShiftAssignment", id: assignmentId }, at, {
    number: shift.number,
    from,
    to,
  });
}
