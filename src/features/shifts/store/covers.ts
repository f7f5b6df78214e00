/**
 * Cover requests: asked by a holder (or a coordinator for them), claimed first-wins, approved or
 * declined by a coordinator, withdrawn by the requester. Every change is audited in its transaction.
 */
import type { Db } from "../../../db/index.js";
import {
  UNCOVERED,
  type Holder,
  type Refused,
  type RotaPlan,
  type StoredCover,
  type StoredShift,
  type UncoveredCover,
} from "../domain.js";
import { handOver } from "./places.js";
import { ShiftReads } from "./reads.js";
import { escalationOf, record, refusable, Rollback, toCover } from "./rows.js";

/** Cover requests, from asked to covered, declined or withdrawn. */
export class CoverStore {
  constructor(
    private readonly db: Db,
    private readonly plan: RotaPlan,
  ) {}

  /** The uncovered request for a place, if there is one. */
  async openFor(assignmentId: string): Promise<StoredCover | undefined> {
    const row = await this.db.coverRequest.findFirst({ where: { assignmentId, status: { in: [...UNCOVERED] } } });
    return row ? toCover(row) : undefined;
  }

  /** The member's own cover request for a shift that still needs someone. */
  async openOf(shiftId: string, requesterId: string): Promise<StoredCover | undefined> {
    const row = await this.db.coverRequest.findFirst({
      where: { shiftId, requesterId, status: { in: [...UNCOVERED] } },
    });
    return row ? toCover(row) : undefined;
  }

  async byId(id: string): Promise<StoredCover | undefined> {
    const row = await this.db.coverRequest.findUnique({ where: { id } });
    return row ? toCover(row) : undefined;
  }

  /** The ids of every request ever made for a shift (their cards follow the shift). */
  async idsOf(shiftId: string): Promise<string[]> {
    const rows = await this.db.coverRequest.findMany({ where: { shiftId }, select: { id: true } });
    return rows.map((r) => r.id);
  }

  /** Uncovered cover requests for shifts not yet started, soonest shift first. */
  async uncovered(networkId: string, now: Date): Promise<UncoveredCover[]> {
    const rows = await this.db.coverRequest.findMany({
      where: { status: { in: [...UNCOVERED] }, shift: { networkId, status: "open", startsAt: { gt: now } } },
      include: { shift: { select: { number: true } } },
      orderBy: { shift: { startsAt: "asc" } },
      take: 50,
    });
    return rows.map((row) => ({ ...toCover(row), shiftNumber: row.shift.number }));
  }

  /**
   * Requests still open to a claim (not awaiting approval) for shifts not yet started, soonest
   * shift first: what `/shift open` and the rota list offer.
   */
  async open(networkId: string, now: Date, take = 50): Promise<UncoveredCover[]> {
    const rows = await this.db.coverRequest.findMany({
      where: { status: "open", shift: { networkId, status: "open", startsAt: { gt: now } } },
      include: { shift: { select: { number: true } } },
      orderBy: [{ shift: { startsAt: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
      take,
    });
    return rows.map((row) => ({ ...toCover(row), shiftNumber: row.shift.number }));
  }

  /**
   * Stores a cover request and plans its escalations, in one transaction; with `offerNow`, an
   * offer to every eligible volunteer at once, too.
   */
  async ask(
    shift: StoredShift,
    holder: Holder,
    reason: string | undefined,
    where: { spaceId: string | null; channelId: string | null },
    at: Date,
    /** Who asked, when not the holder: a coordinator asking on the holder's behalf. */
    askedById: string = holder.memberId,
    offerNow = false,
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
      await this.plan.coverAsked(tx, cover, shift, await escalationOf(tx, shift.networkId), at, "", { offerNow });
      return toCover(cover);
    });
  }

  /** Where the cover request was posted, once it is. */
  async postedIn(id: string, spaceId: string, channelId: string): Promise<void> {
    await this.db.coverRequest.update({ where: { id }, data: { spaceId, channelId } });
  }

  /**
   * The first claim wins: a conditional update from "open" succeeds for exactly one claimant,
   * whatever the number of instances, because the database decides. With approval the claim
   * waits for a coordinator; without, the place moves to the claimant in the same transaction.
   * "taken" for everyone else; refused "gone" when the requester no longer held the place.
   * `check` reads inside the transaction and may refuse by throwing, rolling the claim back.
   */
  async claim(
    cover: StoredCover,
    shift: StoredShift,
    claimantId: string,
    approval: boolean,
    at: Date,
    check: (reads: ShiftReads) => Promise<void>,
  ): Promise<"covered" | "pending_approval" | "taken" | Refused> {
    return refusable(() =>
      this.db.$transaction(async (tx) => {
        const status = approval ? "pending_approval" : "covered";
        const won = await tx.coverRequest.updateMany({
          where: { id: cover.id, status: "open" },
          data: { status, claimantId, claimedAt: at },
        });
        if (won.count !== 1) return "taken" as const;
        await check(new ShiftReads(tx));
        if (!approval) {
          await handOver(tx, this.plan, shift, cover.assignmentId, cover.requesterId, claimantId, at);
          await this.plan.coverClosed(tx, cover.id);
        }
        const subject = { type: "CoverRequest", id: cover.id };
        await record(tx, shift.networkId, claimantId, `shift.cover_${status}`, subject, at, { number: shift.number });
        return status;
      }),
    );
  }

  /**
   * A coordinator approves a pending claim: the place moves to the claimant. False when it was
   * already decided; refused "gone" when the requester no longer held the place.
   */
  async approve(
    cover: StoredCover,
    shift: StoredShift,
    deciderId: string,
    at: Date,
    check: (reads: ShiftReads) => Promise<void>,
  ): Promise<boolean | Refused> {
    return refusable(() =>
      this.db.$transaction(async (tx) => {
        const won = await tx.coverRequest.updateMany({
          where: { id: cover.id, status: "pending_approval" },
          data: { status: "covered", decidedById: deciderId },
        });
        if (won.count !== 1) return false;
        await check(new ShiftReads(tx));
        await handOver(tx, this.plan, shift, cover.assignmentId, cover.requesterId, cover.claimantId as string, at);
        await this.plan.coverClosed(tx, cover.id);
        const subject = { type: "CoverRequest", id: cover.id };
        await record(tx, shift.networkId, deciderId, "shift.cover_approved", subject, at, { number: shift.number });
        return true;
      }),
    );
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
   * meanwhile wins: refused "changed"), and its escalations are dropped in the same transaction.
   * Returns the request as it was.
   */
  async withdraw(cover: StoredCover, shift: StoredShift, at: Date): Promise<StoredCover | Refused> {
    return refusable(() =>
      this.db.$transaction(async (tx) => {
        const won = await tx.coverRequest.updateMany({
          where: { id: cover.id, requesterId: cover.requesterId, status: cover.status, claimantId: cover.claimantId },
          data: { status: "withdrawn" },
        });
        if (won.count !== 1) throw new Rollback("changed");
        await this.plan.coverClosed(tx, cover.id);
        const subject = { type: "CoverRequest", id: cover.id };
        await record(tx, shift.networkId, cover.requesterId, "shift.cover_withdrawn", subject, at, {
          number: shift.number,
          was: cover.status,
        });
        return cover;
      }),
    );
  }
}
