/**
 * Cover-request cards that follow their request: every recorded copy is edited when the request
 * is claimed, approved, declined or withdrawn, or its shift is edited or cancelled.
 */
import { inNetworkLanguages } from "../shared/bilingual.js";
import { memberOnCard, refreshCards, rememberCard, type CardPlace, type RefreshDeps } from "../shared/cards.js";
import type { Context } from "../../core/context.js";
import type { Message, PostedRef } from "../../core/message.js";
import { reply, type Reply } from "../../core/reply.js";
import type { Db } from "../../db/index.js";
import { storesOf } from "./access.js";
import { coverCard, type CoverState } from "./card.js";
import type { StoredCover, StoredShift } from "./domain.js";

/** PostedCard.subjectType of a cover request's card. */
export const COVER_CARD = "cover";

/** Records a posted copy of a cover request's card (never fails the command). */
export const rememberCoverCard = (ctx: Context, coverId: string, spaceId: string) =>
  rememberCard(ctx, ctx.network.id, { type: COVER_CARD, id: coverId }, spaceId);

async function stateOf(db: Db, cover: StoredCover, shift: StoredShift, place: CardPlace): Promise<CoverState> {
  if (shift.status === "cancelled") return { kind: "cancelled" };
  switch (cover.status) {
    case "open":
      return { kind: "open" };
    case "pending_approval":
    case "covered": {
      const claimant = cover.claimantId
        ? await memberOnCard(db, cover.claimantId, place)
        : { kind: "member" as const, name: "?" };
      return { kind: cover.status === "covered" ? "covered" : "pending", claimant };
    }
    default:
      return { kind: "withdrawn" };
  }
}

/** The card of a cover request as it stands now, for a copy in `place`, in the network's language(s). */
async function currentCard(
  db: Db,
  network: { locale: string; secondLocale: string | null },
  coverId: string,
  place: CardPlace,
): Promise<Message | undefined> {
  const stores = storesOf({ db });
  const cover = await stores.covers.byId(coverId);
  const shift = cover && (await stores.rota.byId(cover.shiftId));
  if (!cover || !shift) return undefined;
  const requester = await memberOnCard(db, cover.requesterId, place);
  const state = await stateOf(db, cover, shift, place);
  return inNetworkLanguages(network, (t) => coverCard(shift, cover, requester, t, undefined, state));
}

/**
 * The card of a cover request as it stands now, for the copy whose button was just pressed: the
 * whole card (title, time, place, requester, and who is covering), as every other copy shows it,
 * so one update of the pressed message keeps it all.
 */
export async function coverCardNow(ctx: Context, coverId: string): Promise<Message | undefined> {
  const place: CardPlace = {
    spaceId: ctx.space.id,
    platform: ctx.space.platform,
    spaceExternalId: ctx.space.externalId,
  };
  return currentCard(ctx.db, ctx.network, coverId, place);
}

/** Edits every recorded copy of these cover requests' cards but `except` (the pressed one). */
export async function refreshCoverCards(
  deps: RefreshDeps,
  networkId: string,
  coverIds: readonly string[],
  except?: PostedRef,
): Promise<void> {
  if (coverIds.length === 0) return;
  const network = await storesOf(deps).people.networkOf(networkId);
  if (!network) return;
  for (const id of coverIds) {
    await refreshCards(
      deps,
      networkId,
      { type: COVER_CARD, id },
      (place) => currentCard(deps.db, network, id, place),
      except,
    );
  }
}

/** The cards of every cover request of a shift (after it was edited or cancelled). */
export async function refreshShiftCards(deps: RefreshDeps, shift: { id: string; networkId: string }): Promise<void> {
  await refreshCoverCards(deps, shift.networkId, await storesOf(deps).covers.idsOf(shift.id));
}

/** A reply that, once the member has their answer, brings the cover request's other copies up to date. */
export const coverCardsAfter = (ctx: Context, coverId: string): Reply =>
  reply.after(() => refreshCoverCards(ctx, ctx.network.id, [coverId], ctx.pressed));

/** The same for every cover request of a shift. */
export const shiftCardsAfter = (ctx: Context, shift: { id: string; networkId: string }): Reply =>
  reply.after(() => refreshShiftCards(ctx, shift));
