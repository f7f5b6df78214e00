/** Poll cards that follow their poll: every recorded copy is edited after each vote and when it closes. */
import { inNetworkLanguages } from "../shared/bilingual.js";
import { refreshCards, rememberCard, type RefreshDeps } from "../shared/cards.js";
import type { Context } from "../../core/context.js";
import type { PostedRef } from "../../core/message.js";
import { reply, type Reply } from "../../core/reply.js";
import { pollCard } from "./card.js";
import { PollStore } from "./store.js";
import { POLL_CARD } from "./stored-names.js";

export const rememberPollCard = (
  deps: Pick<Context, "db" | "log" | "clock">,
  networkId: string,
  pollId: string,
  spaceId: string,
): ((ref: PostedRef) => Promise<void>) => rememberCard(deps, networkId, { type: POLL_CARD, id: pollId }, spaceId);

/** Edits every recorded copy of the poll's card to its counts now, in the network's language(s). */
export async function refreshPollCards(deps: RefreshDeps, networkId: string, pollId: string): Promise<void> {
  const network = await deps.db.network.findUnique({
    where: { id: networkId },
    select: { locale: true, secondLocale: true },
  });
  if (!network) return;
  await refreshCards(deps, networkId, { type: POLL_CARD, id: pollId }, async () => {
    const poll = await new PollStore(deps.db).byId(pollId);
    return poll ? inNetworkLanguages(network, (t) => pollCard(poll, t)) : undefined;
  });
}

/** Once the member has their answer, every copy of the poll's card is brought up to date. */
export const pollCardsAfter = (ctx: Context, pollId: string): Reply =>
  reply.after(() => refreshPollCards(ctx, ctx.network.id, pollId));
