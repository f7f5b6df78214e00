import type { Context } from "../../core/context.js";
import { UserError } from "../../core/errors.js";
import { findMemberByMention, type FoundMember } from "../../core/members.js";
import type { MessageKey, MessageParams, Translate } from "../../core/i18n/index.js";
import type { Db } from "../../db/index.js";
import { isRefused, type Refused, type StoredShift } from "./domain.js";
import { rotaPlan } from "./schedule.js";
import { shiftStores, type ShiftReads, type ShiftStores } from "./store/index.js";
import { dayText } from "./when.js";

/** The shift stores for a handler, job or card refresher, planning jobs as `schedule.ts` says. */
export const storesOf = (deps: { readonly db: Db }): ShiftStores => shiftStores(deps.db, rotaPlan);

/** The open shift with this number in the member's network, or the member's words for why not. */
export async function findShift(ctx: Context, number: number): Promise<StoredShift> {
  const shift = await storesOf(ctx).rota.byNumber(ctx.network.id, number);
  if (shift?.status === "cancelled") throw new UserError("shift.cancelled", { number });
  if (!shift || shift.status !== "open") throw new UserError("shift.not_found", { number });
  return shift;
}

/** The open shift a button names, in the member's network, or the member's words for why not. */
export async function findShiftById(ctx: Context, id: string): Promise<StoredShift> {
  const shift = await storesOf(ctx).rota.byId(id);
  if (!shift || shift.networkId !== ctx.network.id) throw new UserError("error.unknown_action");
  if (shift.status === "cancelled") throw new UserError("shift.cancelled", { number: shift.number });
  if (shift.status !== "open") throw new UserError("error.unknown_action");
  return shift;
}

/** Refuses a shift that has started. */
export function requireFuture(ctx: Context, shift: StoredShift): void {
  if (shift.startsAt <= ctx.clock.now()) throw new UserError("shift.past", { number: shift.number });
}

/**
 * The store's answer, or the member's words for why the rota refused the change (nothing was
 * stored). `changed` says what "changed meanwhile" means for this command.
 */
export function unlessRefused<T>(
  result: T | Refused,
  number: number,
  changed: "shift.remove.changed" | "shift.withdraw.changed" = "shift.remove.changed",
): T {
  if (!isRefused(result)) return result;
  number = result.number ?? number;
  switch (result.refused) {
    case "cancelled":
      throw new UserError("shift.cancelled", { number });
    case "past":
      throw new UserError("shift.past", { number });
    case "full":
      throw new UserError("shift.full", { number });
    case "already_on":
      throw new UserError("shift.already_on", { number });
    case "gone":
      throw new UserError("shift.cover.gone", { number });
    case "stale":
      throw new UserError("shift.swap.stale");
    case "changed":
      throw new UserError(changed, { number });
  }
}

/** Why someone may not take a shift, as a translation key and its parameters. */
export interface Reason {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/**
 * Whether `memberId` may take a place on `shift`: every required check valid (not pending, not
 * revoked, not expired before the shift ends), not already on it, and no other shift of theirs
 * overlapping it. `giving` names places they give up in the same change (a swap). `reads` may
 * read inside a transaction under way.
 */
export async function ineligibility(
  reads: Pick<ShiftReads, "checksFor" | "overlapOf">,
  memberId: string,
  shift: StoredShift,
  zone: string,
  locale: string,
  giving: readonly string[] = [],
): Promise<Reason | undefined> {
  if (shift.holders.some((h) => h.memberId === memberId && !giving.includes(h.assignmentId)))
    return { key: "shift.why.already_on", params: { number: shift.number } };
  if (shift.requiredChecks.length) {
    const checks = await reads.checksFor(memberId, shift.requiredChecks);
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
  const other = await reads.overlapOf(memberId, shift, giving);
  if (other !== undefined) return { key: "shift.why.overlap", params: { other } };
  return undefined;
}

/**
 * Who may take the cover request's place on `shift`: every member of the network but the
 * requester (and anyone erased) with no {@link ineligibility}. Whom the at-once offer and the
 * timed re-sends go to.
 */
export async function eligibleForCover(
  stores: Pick<ShiftStores, "rota" | "people">,
  shift: StoredShift,
  requesterId: string,
  network: { readonly timeZone: string; readonly locale: string },
): Promise<string[]> {
  const eligible: string[] = [];
  for (const member of await stores.people.membersBut(shift.networkId, requesterId)) {
    const why = await ineligibility(stores.rota, member.id, shift, network.timeZone, network.locale);
    if (!why) eligible.push(member.id);
  }
  return eligible;
}

/** Throws the member's own "you can't take this" reply. */
export async function requireEligible(
  ctx: Context,
  shift: StoredShift,
  reads: Pick<ShiftReads, "checksFor" | "overlapOf"> = storesOf(ctx).rota,
): Promise<void> {
  const why = await ineligibility(reads, ctx.member.id, shift, ctx.timeZone, ctx.locale);
  if (why) throw notEligible(ctx.t, shift.number, why);
}

/** "You can't take shift #n: why", as the member reads it. */
export function notEligible(t: Translate, number: number, why: Reason): UserError {
  return new UserError("shift.not_eligible", { number, why: t(why.key, why.params) });
}

/** A member named in a command (a mention or their name), in this network only: the core's lookup. */
export function findMember(ctx: Context, given: string): Promise<FoundMember> {
  return findMemberByMention(ctx.db, { networkId: ctx.network.id, spaceId: ctx.space.id }, given);
}
