import { defineAction } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { UserError } from "../../core/errors.js";
import { reply } from "../../core/reply.js";
import { findShiftById, ineligibility, notEligible, requireFuture, storesOf, unlessRefused } from "./access.js";
import { memberInline, timeOf } from "./card.js";
import { coverCardsAfter } from "./cards.js";
import { signUp } from "./command.js";
import { askForCover, claimCover } from "./cover.js";
import { echoActions } from "./echo.js";
import { manageActions } from "./manage.js";
import { swapActions } from "./swaps.js";
import { dmTo } from "./tell.js";

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
  const stores = storesOf(ctx);
  const cover = await stores.covers.byId(id);
  const shift = cover && (await stores.rota.byId(cover.shiftId));
  if (!cover || !shift || shift.networkId !== ctx.network.id) throw new UserError("error.unknown_action");
  return { stores, cover, shift };
}

const approve = defineAction({
  name: "shift.approve",
  role: "coordinator",
  handle: async (ctx, id) => {
    const { stores, cover, shift } = await pendingCover(ctx, id);
    const claimantId = cover.claimantId;
    if (cover.status !== "pending_approval" || !claimantId)
      return reply.update({ text: ctx.t("shift.approve.already", { number: shift.number }) });
    const approved = await stores.covers.approve(cover, shift, ctx.member.id, ctx.clock.now(), async (reads) => {
      const fresh = await reads.byId(shift.id);
      const why = fresh && (await ineligibility(reads, claimantId, fresh, ctx.timeZone, ctx.locale));
      if (why) throw notEligible(ctx.t, shift.number, why);
    });
    if (!unlessRefused(approved, shift.number))
      return reply.update({ text: ctx.t("shift.approve.already", { number: shift.number }) });
    const claimant = memberInline(await stores.people.nameOf(claimantId));
    return [
      reply.update({ text: [claimant, " ", ctx.t("shift.approve.done", { number: shift.number })] }),
      await dmTo(ctx, claimantId, (t) => ({
        text: [t("shift.approve.to_claimant", { number: shift.number, role: shift.role }), " ", ...timeOf(shift)],
      })),
      await dmTo(ctx, cover.requesterId, (t) => ({
        text: [claimant, " ", t("shift.cover.to_requester", { number: shift.number, role: shift.role })],
      })),
      coverCardsAfter(ctx, cover.id),
    ];
  },
});

const decline = defineAction({
  name: "shift.decline",
  role: "coordinator",
  handle: async (ctx, id) => {
    const { stores, cover, shift } = await pendingCover(ctx, id);
    const claimantId = cover.claimantId;
    if (
      cover.status !== "pending_approval" ||
      !claimantId ||
      !(await stores.covers.decline(cover, shift, ctx.member.id, ctx.clock.now()))
    )
      return reply.update({ text: ctx.t("shift.approve.already", { number: shift.number }) });
    return [
      reply.update({ text: ctx.t("shift.decline.done", { number: shift.number }) }),
      await dmTo(ctx, claimantId, (t) => ({ text: t("shift.decline.to_claimant", { number: shift.number }) })),
      await dmTo(ctx, cover.requesterId, (t) => ({ text: t("shift.decline.to_requester", { number: shift.number }) })),
      coverCardsAfter(ctx, cover.id),
    ];
  },
});

/** "Still coming?" → Yes. */
const coming = defineAction({
  name: "shift.coming",
  handle: async (ctx, id) => {
    const shift = await findShiftById(ctx, id);
    const holder = shift.holders.find((h) => h.memberId === ctx.member.id);
    if (!holder) throw new UserError("shift.not_yours", { number: shift.number });
    await storesOf(ctx).rota.confirm(holder.assignmentId, shift, ctx.member.id, ctx.clock.now());
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

/** Every button of the rota. */
export const shiftActions = [
  signup,
  needCover,
  claim,
  approve,
  decline,
  ...swapActions,
  coming,
  cannot,
  ...manageActions,
  ...echoActions,
];
