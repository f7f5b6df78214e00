/**
 * Project-update cards that follow their entry: an edit or a revision (posting the same project
 * again) brings every earlier copy to the new text, archiving marks them, and a deletion leaves
 * a line saying so (then they are forgotten).
 */
import { inNetworkLanguages } from "../shared/bilingual.js";
import { forgetCards, memberOnCard, refreshCards, rememberCard, type RefreshDeps } from "../shared/cards.js";
import type { Context } from "../../core/context.js";
import type { PostedRef } from "../../core/message.js";
import { recordsCard, reply, type Reply } from "../../core/reply.js";
import type { Provider } from "../../db/index.js";
import { updateCard } from "./card.js";
import { languagesOf } from "./settings-store.js";
import { UpdateStore } from "./store.js";

/** PostedCard.subjectType of a project update's card. */
export const UPDATE_CARD = "update";

/** Edits every recorded copy of the update's card (but `except`) to the entry as it stands now. */
export async function refreshUpdateCards(
  deps: RefreshDeps & { readonly provider: Provider },
  networkId: string,
  updateId: string,
  except?: PostedRef,
): Promise<void> {
  const network = await languagesOf(deps.db, networkId);
  if (!network) return;
  const update = await new UpdateStore(deps.db, deps.provider).byId(updateId);
  const subject = { type: UPDATE_CARD, id: updateId };
  if (!update) {
    // Deleted: each copy says so, without buttons, and then nothing about it is kept.
    await refreshCards(deps, networkId, subject, () =>
      inNetworkLanguages(network, (t) => ({ text: t("update.card.deleted") })),
    );
    await forgetCards(deps.db, networkId, UPDATE_CARD, [updateId]);
    return;
  }
  const revised = update.updatedAt.getTime() !== update.createdAt.getTime();
  await refreshCards(
    deps,
    networkId,
    subject,
    async (place) => {
      const { ref } = await memberOnCard(deps.db, update.authorId, place);
      return inNetworkLanguages(network, (t) => updateCard(update, t, { ref, revised }));
    },
    except,
  );
}

/**
 * The card's `onPosted` and the follow-up that edits the earlier copies: the new one is recorded
 * first, and skipped, since it already shows what the others are brought to.
 */
export function updateCardFollowing(ctx: Context, updateId: string) {
  let posted: PostedRef | undefined;
  const subject = { type: UPDATE_CARD, id: updateId };
  const onPosted = recordsCard({ networkId: ctx.network.id, subject }, async (ref: PostedRef) => {
    posted = ref;
    await rememberCard(ctx, ctx.network.id, subject, ctx.space.id)(ref);
  });
  const after: Reply = reply.after(() => refreshUpdateCards(ctx, ctx.network.id, updateId, posted));
  return { onPosted, after };
}

/** A reply that, once the member has their answer, brings every copy of the update's card up to date. */
export const updateCardsAfter = (ctx: Context, updateId: string): Reply =>
  reply.after(() => refreshUpdateCards(ctx, ctx.network.id, updateId));
