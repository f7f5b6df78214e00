import { defineAction } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { UserError } from "../../core/errors.js";
import { reply } from "../../core/reply.js";
import { findShiftById, ineligibility, notEligible, requireFuture, shiftsOf } from "./access.js";
import { timeOf } from "./card.js";
import { signUp } from "./command.js";
import { askForCover, claimCover, memberInline, tellCoordinators, translatorOf } from "./cover.js";
import { manageActions } from "./manage.js";
import { coverCardsAfter } from "./cards.js";

const signup = defineAction({
  name: "shift.signup",
  handle: async (ctx, id) => signUp(ctx, await findShiftById(ctx, id)),
});

/** "Need cover" under /shift mine: the form for an optional reason where forms open, else asked at once. */
const needCover = defineAction({
  name: "shift.cover",
  handle: async (ctx, id) => {
    const shift = await findShiftById(ctx, id);
    if (!shift.holders.some((h) => h.memberId === ctx.member.id))
      throw new UserError("shift.not_yours", { number: shift.number });
    requireFuture(ctx, shift);
    if (ctx.canOpenForms) return reply.form(ctx.formFor("shift", "cover", { arg: String(shift.number) }));
    return askForCover(ctx, shift, undefined);
  },
});

const claim = defineAction({ name: "shift.claim", handle: (ctx, id) => claimCover(ctx, id) });

async function pendingCover(ctx: Context, id: string) {
  const store = shiftsOf(ctx);
  const cover = await store.coverById(id);
  const shift = cover && (await store.byId(cover.shiftId));
  if (!cover || !shift || shift.networkId !== ctx.network.id) throw new UserError("error.unknown_action");
  return { store, cover, shift };
}

const approve = defineAction({
  name: "shift.approve",
  role: "coordinator",
  handle: async (ctx, id) => {
    const { store, cover, shift } = await pendingCover(ctx, id);
    const claimantId = cover.claimantId;
    if (cover.status !== "pending_approval" || !claimantId)
      return reply.update({ text: ctx.t("shift.approve.already", { number: shift.number }) });
    const done = await store.approve(cover, shift, ctx.member.id, ctx.clock.now(), async (tx) => {
      const fresh = await store.byId(shift.id, tx);
      const why = fresh && (await ineligibility(tx, claimantId, fresh, ctx.timeZone, ctx.locale));
      if (why) throw notEligible(ctx.t, shift.number, why);
    });
    if (!done) return reply.update({ text: ctx.t("shift.approve.already", { number: shift.number }) });
    const claimant = await ctx.db.member.findUniqueOrThrow({ where: { id: claimantId } });
    const tc = await translatorOf(ctx.db, claimantId);
    await ctx.delivery.toMember(claimantId, {
      text: [tc("shift.approve.to_claimant", { number: shift.number, role: shift.role }), " ", ...timeOf(shift)],
    });
    const tr = await translatorOf(ctx.db, cover.requesterId);
    await ctx.delivery.toMember(cover.requesterId, {
      text: [
        memberInline(claimant.displayName),
        " ",
        tr("shift.cover.to_requester", { number: shift.number, role: shift.role }),
      ],
    });
    return [
      reply.update({
        text: [memberInline(claimant.displayName), " ", ctx.t("shift.approve.done", { number: shift.number })],
      }),
      coverCardsAfter(ctx, cover.id),
    ];
  },
});

const decline = defineAction({
  name: "shift.decline",
  role: "coordinator",
  handle: async (ctx, id) => {
    const { store, cover, shift } = await pendingCover(ctx, id);
    const claimantId = cover.claimantId;
    if (
      cover.status !== "pending_approval" ||
      !claimantId ||
      !(await store.decline(cover, shift, ctx.member.id, ctx.clock.now()))
    )
      return reply.update({ text: ctx.t("shift.approve.already", { number: shift.number }) });
    const tc = await translatorOf(ctx.db, claimantId);
    await ctx.delivery.toMember(claimantId, { text: tc("shift.decline.to_claimant", { number: shift.number }) });
    const tr = await translatorOf(ctx.db, cover.requesterId);
    await ctx.delivery.toMember(cover.requesterId, {
      text: tr("shift.decline.to_requester", { number: shift.number }),
    });
    return [
      reply.update({ text: ctx.t("shift.decline.done", { number: shift.number }) }),
      coverCardsAfter(ctx, cover.id),
    ];
  },
});

async function swapFor(ctx: Context, id: string) {
  const swap = await shiftsOf(ctx).swapById(id);
  if (!swap || swap.networkId !== ctx.network.id) throw new UserError("error.unknown_action");
  if (swap.otherId !== ctx.member.id) throw new UserError("shift.swap.not_for_you");
  return swap;
}

const swapAccept = defineAction({
  name: "shift.swap-accept",
  handle: async (ctx, id) => {
    const swap = await swapFor(ctx, id);
    if (swap.status !== "proposed") return reply.update({ text: ctx.t("shift.swap.decided") });
    const store = shiftsOf(ctx);
    const now = ctx.clock.now();
    const done = await store.acceptSwap(swap, now, async (tx, from, to) => {
      for (const s of [from, to]) {
        if (s.status === "cancelled") throw new UserError("shift.cancelled", { number: s.number });
        if (s.status !== "open" || s.startsAt <= now) throw new UserError("shift.past", { number: s.number });
      }
      // Each gives their own place in the same change, so neither counts as overlapping it.
      const mine = await ineligibility(tx, swap.otherId, from, ctx.timeZone, ctx.locale, [swap.toAssignmentId]);
      if (mine) throw notEligible(ctx.t, from.number, mine);
      const theirs = await ineligibility(tx, swap.proposerId, to, ctx.timeZone, ctx.locale, [swap.fromAssignmentId]);
      if (theirs)
        throw new UserError("shift.swap.proposer_cannot", { number: to.number, why: ctx.t(theirs.key, theirs.params) });
    });
    if (!done) return reply.update({ text: ctx.t("shift.swap.decided") });
    const tp = await translatorOf(ctx.db, swap.proposerId);
    await ctx.delivery.toMember(swap.proposerId, {
      text: [
        { kind: "member", name: ctx.member.displayName, ref: ctx.memberRef },
        " ",
        tp("shift.swap.to_proposer", { mine: done.from.number, theirs: done.to.number }),
      ],
    });
    await tellCoordinators(
      ctx.db,
      ctx.delivery,
      ctx.network.id,
      (t) => ({ text: t("shift.swap.to_coordinators", { a: done.from.number, b: done.to.number }) }),
      ctx.member.id,
    );
    return reply.update({
      text: [ctx.t("shift.swap.done", { number: done.from.number, role: done.from.role }), " ", ...timeOf(done.from)],
    });
  },
});

const swapDecline = defineAction({
  name: "shift.swap-decline",
  handle: async (ctx, id) => {
    const swap = await swapFor(ctx, id);
    if (!(await shiftsOf(ctx).declineSwap(swap, ctx.member.id, ctx.clock.now())))
      return reply.update({ text: ctx.t("shift.swap.decided") });
    const tp = await translatorOf(ctx.db, swap.proposerId);
    await ctx.delivery.toMember(swap.proposerId, {
      text: [{ kind: "member", name: ctx.member.displayName, ref: ctx.memberRef }, " ", tp("shift.swap.declined")],
    });
    return reply.update({ text: ctx.t("shift.swap.declined_done") });
  },
});

/** "Still coming?" → Yes. */
const coming = defineAction({
  name: "shift.coming",
  handle: async (ctx, id) => {
    const shift = await findShiftById(ctx, id);
    const holder = shift.holders.find((h) => h.memberId === ctx.member.id);
    if (!holder) throw new UserError("shift.not_yours", { number: shift.number });
    await shiftsOf(ctx).confirm(holder.assignmentId, shift, ctx.member.id, ctx.clock.now());
    return reply.update({ text: ctx.t("shift.remind.thanks", { number: shift.number }) });
  },
});

/** "Still coming?" → Can't make it: a cover request, as if asked with /shift cover. */
const cannot = defineAction({
  name: "shift.cant",
  handle: async (ctx, id) => {
    const shift = await findShiftById(ctx, id);
    const replies = await askForCover(ctx, shift, undefined, { fromDm: true });
    return [reply.update({ text: ctx.t("shift.remind.cant", { number: shift.number }) }), ...replies];
  },
});

export const shiftActions = [
  signup,
  needCover,
  claim,
  approve,
  decline,
  swapAccept,
  swapDecline,
  coming,
  cannot,
  ...manageActions,
];
