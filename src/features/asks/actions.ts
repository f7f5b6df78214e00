import { bilingual } from "../../core/bilingual.js";
import { defineAction } from "../../core/command.js";
import { requirePing } from "../../core/rate-limits.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { UserError } from "../../core/errors.js";
import { reply } from "../../core/reply.js";
import { asksOf, findAskById, requireAsker, requireOpen } from "./access.js";
import { askCardsAfter } from "./cards.js";
import { finish } from "./command.js";

/** "I can help": records the offer, tells the asker privately with a Choose button, and says so in the channel. */
const offer = defineAction({
  name: "help.offer",
  handle: async (ctx, id) => {
    const ask = await findAskById(ctx, id);
    requireOpen(ask);
    if (ask.requesterId === ctx.member.id) throw new UserError("asks.own_ask");
    await requirePing(ctx);
    const made = await asksOf(ctx).offer(ask, ctx.member.id, ctx.clock.now());
    if (!made) throw new UserError("asks.already_offered", { number: ask.number });
    const helper = { kind: "member" as const, name: ctx.member.displayName, ref: ctx.memberRef };
    const result = await ctx.delivery.toMember(ask.requesterId, {
      text: [ctx.t("asks.offer.to_asker", { number: ask.number, what: ask.what }), " ", helper],
      actions: [
        {
          id: encodeCustomId("help.choose", made.offerId),
          label: ctx.t("asks.button.choose", { name: ctx.member.displayName.slice(0, 40) }),
          style: "primary",
        },
      ],
    });
    return [
      // Helping is as visible as asking.
      reply.public(
        bilingual(ctx, (t) => ({
          text: [helper, " ", t("asks.offer.public", { number: ask.number, what: ask.what })],
        })),
      ),
      reply.private(
        ctx.t(result.via === "none" ? "asks.offer.thanks_unreached" : "asks.offer.thanks", { number: ask.number }),
      ),
      // Every copy of the card now counts the offer.
      askCardsAfter(ctx, ask.id),
    ];
  },
});

/** The asker chooses a helper: the helper is told by DM who to talk to. */
const choose = defineAction({
  name: "help.choose",
  handle: async (ctx, offerId) => {
    const row = await asksOf(ctx).offerById(offerId);
    if (!row) throw new UserError("error.unknown_action");
    const ask = await findAskById(ctx, row.requestId);
    requireAsker(ctx, ask);
    requireOpen(ask);
    if (row.chosen) return reply.update({ text: ctx.t("asks.choose.done", { number: ask.number }) });
    await asksOf(ctx).choose(offerId, ask, ctx.member.id, ctx.clock.now());
    await ctx.delivery.toMember(row.helperId, {
      text: [
        ctx.t("asks.choose.to_helper", { number: ask.number, what: ask.what }),
        " ",
        { kind: "member", name: ctx.member.displayName, ref: ctx.memberRef },
      ],
    });
    return reply.update({ text: ctx.t("asks.choose.done", { number: ask.number }) });
  },
});

const resolve = defineAction({
  name: "help.resolve",
  handle: async (ctx, id) => finish(ctx, await findAskById(ctx, id), "resolved"),
});

const close = defineAction({
  name: "help.close",
  handle: async (ctx, id) => finish(ctx, await findAskById(ctx, id), "closed"),
});

export const helpActions = [offer, choose, resolve, close];
