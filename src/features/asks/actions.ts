import { bilingual } from "../shared/bilingual.js";
import { defineAction } from "../../core/command.js";
import { translatorFor } from "../../core/people.js";
import { requirePing } from "../../core/rate-limits.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { UserError } from "../../core/errors.js";
import { reply } from "../../core/reply.js";
import { asksOf, findAskById, requireAsker, requireOpen } from "./access.js";
import { askCardsAfter, withdrawAskCards } from "./cards.js";
import { finish } from "./command.js";
import { ASK_BUTTON } from "./stored-names.js";

/** "I can help": records the offer, tells the asker privately with a Choose button, and says so in the channel. */
const offer = defineAction({
  name: ASK_BUTTON.offer,
  handle: async (ctx, id) => {
    const ask = await findAskById(ctx, id);
    requireOpen(ask);
    if (ask.requesterId === ctx.member.id) throw new UserError("asks.own_ask");
    await requirePing(ctx);
    const made = await asksOf(ctx).offer(ask, ctx.member.id, ctx.clock.now());
    if (!made) throw new UserError("asks.already_offered", { number: ask.number });
    const helper = { kind: "member" as const, name: ctx.member.displayName, ref: ctx.memberRef };
    // Sent before answering, not as reply.dm: the helper's thanks says whether the asker could be
    // reached ("offer.thanks" or "offer.thanks_unreached"), so the answer waits for this one DM.
    // In the asker's language, not the helper's: the asker reads it.
    const t = (await translatorFor(ctx.db, ask.requesterId)) ?? ctx.t;
    const result = await ctx.delivery.toMember(ask.requesterId, {
      text: [t("asks.offer.to_asker", { number: ask.number, what: ask.what }), " ", helper],
      actions: [
        {
          id: encodeCustomId(ASK_BUTTON.choose, made.offerId),
          label: t("asks.button.choose", { name: ctx.member.displayName.slice(0, 40) }),
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

/** The asker chooses a helper: the message says so, then the helper is told by DM who to talk to. */
const choose = defineAction({
  name: ASK_BUTTON.choose,
  handle: async (ctx, offerId) => {
    const offer = await asksOf(ctx).offerById(offerId);
    if (!offer) throw new UserError("error.unknown_action");
    const ask = await findAskById(ctx, offer.askId);
    requireAsker(ctx, ask);
    requireOpen(ask);
    const done = reply.update({ text: ctx.t("asks.choose.done", { number: ask.number }) });
    if (offer.chosen) return done;
    await asksOf(ctx).choose(offerId, ask, ctx.member.id, ctx.clock.now());
    // In the helper's language, not the asker's: the helper reads it.
    const t = (await translatorFor(ctx.db, offer.helperId)) ?? ctx.t;
    return [
      done,
      reply.dm(offer.helperId, {
        text: [
          t("asks.choose.to_helper", { number: ask.number, what: ask.what }),
          " ",
          { kind: "member", name: ctx.member.displayName, ref: ctx.memberRef },
        ],
      }),
    ];
  },
});

const resolve = defineAction({
  name: ASK_BUTTON.resolve,
  handle: async (ctx, id) => finish(ctx, await findAskById(ctx, id), "resolved"),
});

const close = defineAction({
  name: ASK_BUTTON.close,
  handle: async (ctx, id) => finish(ctx, await findAskById(ctx, id), "closed"),
});

/** Undo under the echo of a paragraph just asked: takes the ask down, for its asker, while nobody has offered. */
const undo = defineAction({
  name: ASK_BUTTON.undo,
  handle: async (ctx, id) => {
    const ask = await findAskById(ctx, id);
    if (ask.requesterId !== ctx.member.id) throw new UserError("asks.undo.not_asker", { number: ask.number });
    const taken = await asksOf(ctx).withdraw(ask, ctx.member.id, ctx.clock.now());
    if (!taken) throw new UserError("asks.undo.has_offers", { number: ask.number, command: ctx.commandText("ask") });
    return [
      reply.update({ text: ctx.t("asks.undo.done", { number: ask.number, what: ask.what }) }),
      reply.after(() => withdrawAskCards(ctx, ctx.network.id, ask.id)),
    ];
  },
});

export const askActions = [offer, choose, resolve, close, undo];
