/**
 * Ask cards that follow their ask: every recorded copy (the card, its bump) is edited when
 * someone offers help or the ask is resolved or closed, from whichever copy, command or platform.
 */
import { inNetworkLanguages } from "../shared/bilingual.js";
import { forgetCards, memberOnCard, refreshCards, rememberCard, type RefreshDeps } from "../shared/cards.js";
import type { Context } from "../../core/context.js";
import type { PostedRef } from "../../core/message.js";
import { reply, type Reply } from "../../core/reply.js";
import { askCard } from "./card.js";
import { AskSettingsStore } from "./settings-store.js";
import { AskStore } from "./store.js";

/** PostedCard.subjectType of an ask's card. */
export const ASK_CARD = "ask";

/** Records a posted copy of an ask's card in `spaceId` (never fails the command). */
export const rememberAskCard = (
  deps: Pick<Context, "db" | "log" | "clock">,
  networkId: string,
  askId: string,
  spaceId: string,
): ((ref: PostedRef) => Promise<void>) => rememberCard(deps, networkId, { type: ASK_CARD, id: askId }, spaceId);

/** Edits every recorded copy of the ask's card to how the ask stands now, in the network's language(s). */
export async function refreshAskCards(deps: RefreshDeps, networkId: string, askId: string): Promise<void> {
  const network = await new AskSettingsStore(deps.db).networkOf(networkId);
  if (!network) return;
  await refreshCards(deps, networkId, { type: ASK_CARD, id: askId }, async (place) => {
    const ask = await new AskStore(deps.db).byId(askId);
    if (!ask) return undefined;
    const { ref } = await memberOnCard(deps.db, ask.requesterId, place);
    return inNetworkLanguages(network, (t) => askCard(ask, t, ref));
  });
}

/** An ask taken down: each copy of its card says so, without buttons, and then nothing about it is kept. */
export async function withdrawAskCards(deps: RefreshDeps, networkId: string, askId: string): Promise<void> {
  const network = await new AskSettingsStore(deps.db).networkOf(networkId);
  if (network)
    await refreshCards(deps, networkId, { type: ASK_CARD, id: askId }, () =>
      inNetworkLanguages(network, (t) => ({ text: t("asks.card.withdrawn") })),
    );
  await forgetCards(deps.db, networkId, ASK_CARD, [askId]);
}

/**
 * A reply that, once the member has their answer, brings every copy of the ask's card up to date.
 * The pressed copy too: no ask button replaces the card it was on.
 */
export const askCardsAfter = (ctx: Context, askId: string): Reply =>
  reply.after(() => refreshAskCards(ctx, ctx.network.id, askId));
