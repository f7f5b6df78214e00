import type { Context } from "../../core/context.js";
import { UserError } from "../../core/errors.js";
import { findMemberByMention, type FoundMember } from "../../core/members.js";
import type { MessageKey, MessageParams, Translate } from "../../core/i18n/index.js";
import type { Db, Tx } from "../../db/index.js";
import { ShiftStore, type StoredShift } from "./store.js";
import { dayText } from "./when.js";

export const shiftsOf = (ctx: Context) => new ShiftStore(ctx.db);

export async function findShift(ctx: Context, number: number): Promise<StoredShift> {
  const shift = await shiftsOf(ctx).byNumber(ctx.network.id, number);
  if (shift?.status === "cancelled") throw new UserError("shift.cancelled", { number });
  if (!shift || shift.status !== "open") throw new UserError("shift.not_found", { number });
  return shift;
}

export async function findShiftById(ctx: Context, id: string): Promise<StoredShift> {
  const shift = await shiftsOf(ctx).byId(id);
  if (!shift || shift.networkId !== ctx.network.id) throw new UserError("error.unknown_action");
  if (shift.status === "cancelled") throw new UserError("shift.cancelled", { number: shift.number });
  if (shift.status !== "open") throw new UserError("error.unknown_action");
  return shift;
}

export function requireFuture(ctx: Context, shift: StoredShift): void {
  if (shift.startsAt <= ctx.clock.now()) throw new UserError("shift.past", { number: shift.number });
}

/** Why someone may not take a shift, as a translation key and its parameters. */
export interface Reason {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/**
 * Whether `memberId` may take a place on `shift`: every required check valid (not pending, not
 * revoked, not expired before the shift ends), not already on it, and no other shift of theirs
 * overlapping it. `giving` names places they give up in the same change (a swap).
 */
export async function ineligibility(
  db: Db | Tx,
  memberId: string,
  shift: StoredShift,
  zone: string,
  locale: string,
  giving: readonly string[] = [],
): Promise<Reason | undefined> {
  if (shift.holders.some((h) => h.memberId === memberId && !giving.includes(h.assignmentId)))
    return { key: "shift.why.already_on", params: { number: shift.number } };
  if (shift.requiredChecks.length) {
    const checks = await db.memberCheck.findMany({ where: { memberId, kind: { in: [...shift.requiredChecks] } } });
    for (const kind of shift.requiredChecks) {
      const check = checks.find((c) => c.kind === kind);
      if (!check || check.status === "revoked") return { key: "shift.why.check_missing", params: { check: kind } };
      if (check.status === "pending") return { key: "shift.why.check_pending", params: { check: kind } };
      if (check.expiresAt && check.expiresAt < shift.endsAt)
        return {
          key: "shift.why.check_expired",
          params: { check: kind, date: dayText(check.expiresAt, zone, locale) },
        };
    }
  }
  const other = await overlapOf(db, memberId, shift, giving);
  if (other !== undefined) return { key: "shift.why.overlap", params: { other } };
  return undefined;
}

/** The number of another open shift of the member's overlapping `shift`'s time, if any. */
export async function overlapOf(
  db: Db | Tx,
  memberId: string,
  shift: { id: string; startsAt: Date; endsAt: Date },
  giving: readonly string[] = [],
): Promise<number | undefined> {
  const overlapping = await db.shiftAssignment.findFirst({
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

/** Throws the member's own "you can't take this" reply. */
export async function requireEligible(ctx: Context, shift: StoredShift, db: Db | Tx = ctx.db): Promise<void> {
  const why = await ineligibility(db, ctx.member.id, shift, ctx.timeZone, ctx.locale);
  if (why) throw notEligible(ctx.t, shift.number, why);
}

export function notEligible(t: Translate, number: number, why: Reason): UserError {
  return new UserError("shift.not_eligible", { number, why: t(why.key, why.params) });
}

/** Coordinators and admins of a network. */
export async function coordinatorsOf(db: Db, networkId: string) {
  return db.member.findMany({
    where: { networkId, role: { in: ["coordinator", "admin"] }, forgottenAt: null },
    select: { id: true, displayName: true, locale: true },
  });
}

/** A member named in a command (a mention or their name), in this network only: the core's lookup. */
export function findMember(ctx: Context, given: string): Promise<FoundMember> {
  return findMemberByMention(ctx.db, { networkId: ctx.network.id, spaceId: ctx.space.id }, given);
}
