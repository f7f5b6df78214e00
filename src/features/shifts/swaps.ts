/** `/shift swap` and the other holder's Accept / Decline: two places change hands at once, or neither. */
import { defineAction, defineSubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { UserError } from "../../core/errors.js";
import { reply } from "../../core/reply.js";
import { findMember, findShift, ineligibility, notEligible, requireFuture, storesOf, unlessRefused } from "./access.js";
import { timeOf } from "./card.js";
import { swapFromText, swapOptions } from "./input.js";
import { coordinatorDms, dmTo, translatorOf } from "./tell.js";

/** Offers another holder your place for theirs; they answer from their DMs. */
export const swap = defineSubcommand({
  name: "swap",
  descriptionKey: "shift.swap.description",
  usageKey: "shift.swap.usage",
  options: swapOptions,
  fromText: swapFromText,
  handle: async (ctx, input) => {
    const stores = storesOf(ctx);
    const mineShift = await findShift(ctx, input.mine ?? 0);
    const theirs = await findShift(ctx, input.theirs ?? 0);
    const from = mineShift.holders.find((h) => h.memberId === ctx.member.id);
    if (!from) throw new UserError("shift.not_yours", { number: mineShift.number });
    if (mineShift.id === theirs.id) throw new UserError("shift.swap.same");
    requireFuture(ctx, mineShift);
    requireFuture(ctx, theirs);
    const others = theirs.holders.filter((h) => h.memberId !== ctx.member.id);
    let to = others.length === 1 && !input.with ? others[0] : undefined;
    if (input.with) {
      const named = await findMember(ctx, input.with);
      to = others.find((h) => h.memberId === named.id);
      if (!to) throw new UserError("shift.swap.not_on", { name: named.displayName, number: theirs.number });
    }
    if (others.length === 0) throw new UserError("shift.swap.nobody", { number: theirs.number });
    if (!to)
      throw new UserError("shift.swap.which", {
        number: theirs.number,
        usage: ctx.t("shift.swap.usage", { command: ctx.commandText("shift") }),
      });
    for (const place of [from, to]) {
      if (await stores.covers.openFor(place.assignmentId)) throw new UserError("shift.swap.covering");
    }
    const reads = stores.rota;
    const mineWhy = await ineligibility(reads, ctx.member.id, theirs, ctx.timeZone, ctx.locale, [from.assignmentId]);
    if (mineWhy)
      throw new UserError("shift.not_eligible", { number: theirs.number, why: ctx.t(mineWhy.key, mineWhy.params) });
    const theirWhy = await ineligibility(reads, to.memberId, mineShift, ctx.timeZone, ctx.locale, [to.assignmentId]);
    if (theirWhy)
      throw new UserError("shift.swap.they_cannot", {
        name: to.name,
        number: mineShift.number,
        why: ctx.t(theirWhy.key, theirWhy.params),
      });
    const proposed = await stores.swaps.propose(ctx.network.id, from, to, ctx.clock.now());
    if (proposed.existed) throw new UserError("shift.swap.already", { name: to.name });
    // Sent here, not as a reply.dm: the proposer's answer says whether the offer reached them.
    const t = await translatorOf(ctx, to.memberId);
    const sent = await ctx.delivery.toMember(to.memberId, {
      title: t("shift.swap.title", { mine: theirs.number, theirs: mineShift.number }),
      text: [
        { kind: "member", name: ctx.member.displayName, ref: ctx.memberRef },
        " ",
        t("shift.swap.text", {
          give: theirs.number,
          giveRole: theirs.role,
          take: mineShift.number,
          takeRole: mineShift.role,
        }),
      ],
      fields: [
        {
          label: t("shift.swap.you_give", { number: theirs.number }),
          value: [{ kind: "time", at: theirs.startsAt, style: "datetime" }],
        },
        {
          label: t("shift.swap.you_take", { number: mineShift.number }),
          value: [{ kind: "time", at: mineShift.startsAt, style: "datetime" }],
        },
      ],
      actions: [
        { id: encodeCustomId("shift.swap-accept", proposed.id), label: t("shift.button.accept"), style: "primary" },
        { id: encodeCustomId("shift.swap-decline", proposed.id), label: t("shift.button.decline") },
      ],
    });
    return reply.private(
      ctx.t(sent.via === "none" ? "shift.swap.unreached" : "shift.swap.proposed", {
        name: to.name,
        mine: mineShift.number,
        theirs: theirs.number,
      }),
    );
  },
});

async function swapFor(ctx: Context, id: string) {
  const swap = await storesOf(ctx).swaps.byId(id);
  if (!swap || swap.networkId !== ctx.network.id) throw new UserError("error.unknown_action");
  if (swap.otherId !== ctx.member.id) throw new UserError("shift.swap.not_for_you");
  return swap;
}

const swapAccept = defineAction({
  name: "shift.swap-accept",
  handle: async (ctx, id) => {
    const swap = await swapFor(ctx, id);
    if (swap.status !== "proposed") return reply.update({ text: ctx.t("shift.swap.decided") });
    const now = ctx.clock.now();
    const accepted = await storesOf(ctx).swaps.accept(swap, now, async (reads, from, to) => {
      for (const s of [from, to]) {
        if (s.status === "cancelled") throw new UserError("shift.cancelled", { number: s.number });
        if (s.status !== "open" || s.startsAt <= now) throw new UserError("shift.past", { number: s.number });
      }
      // Each gives their own place in the same change, so neither counts as overlapping it.
      const mine = await ineligibility(reads, swap.otherId, from, ctx.timeZone, ctx.locale, [swap.toAssignmentId]);
      if (mine) throw notEligible(ctx.t, from.number, mine);
      const theirs = await ineligibility(reads, swap.proposerId, to, ctx.timeZone, ctx.locale, [swap.fromAssignmentId]);
      if (theirs)
        throw new UserError("shift.swap.proposer_cannot", { number: to.number, why: ctx.t(theirs.key, theirs.params) });
    });
    // Refused "stale" (no number shown) or "gone" (with the shift's own number).
    const done = unlessRefused(accepted, 0);
    if (!done) return reply.update({ text: ctx.t("shift.swap.decided") });
    return [
      reply.update({
        text: [ctx.t("shift.swap.done", { number: done.from.number, role: done.from.role }), " ", ...timeOf(done.from)],
      }),
      await dmTo(ctx, swap.proposerId, (t) => ({
        text: [
          { kind: "member", name: ctx.member.displayName, ref: ctx.memberRef },
          " ",
          t("shift.swap.to_proposer", { mine: done.from.number, theirs: done.to.number }),
        ],
      })),
      ...(await coordinatorDms(ctx, (t) => ({
        text: t("shift.swap.to_coordinators", { a: done.from.number, b: done.to.number }),
      }))),
    ];
  },
});

const swapDecline = defineAction({
  name: "shift.swap-decline",
  handle: async (ctx, id) => {
    const swap = await swapFor(ctx, id);
    if (!(await storesOf(ctx).swaps.decline(swap, ctx.member.id, ctx.clock.now())))
      return reply.update({ text: ctx.t("shift.swap.decided") });
    return [
      reply.update({ text: ctx.t("shift.swap.declined_done") }),
      await dmTo(ctx, swap.proposerId, (t) => ({
        text: [{ kind: "member", name: ctx.member.displayName, ref: ctx.memberRef }, " ", t("shift.swap.declined")],
      })),
    ];
  },
});

/** Accept and Decline on a swap offer. */
export const swapActions = [swapAccept, swapDecline];
