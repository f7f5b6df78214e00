import { memberOnCard, type CardPlace } from "../shared/cards.js";
import { bilingual } from "../shared/bilingual.js";
import type { Context } from "../../core/context.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { UserError } from "../../core/errors.js";
import type { FoundMember } from "../../core/members.js";
import type { Inline } from "../../core/message.js";
import { allowPing } from "../../core/rate-limits.js";
import { reply, type Reply } from "../../core/reply.js";
import { ineligibility, notEligible, requireEligible, requireFuture, storesOf, unlessRefused } from "./access.js";
import { coverCard, memberInline, timeOf } from "./card.js";
import { coverCardNow, coverCardsAfter, refreshCoverCards, rememberCoverCard } from "./cards.js";
import type { StoredCover, StoredShift } from "./domain.js";
import { LATE_MS } from "./schedule.js";
import { coordinatorDms, dmTo, translatorOf } from "./tell.js";

/**
 * "I need cover": the request is posted with a Claim button (in the shifts channel when the
 * space has one, else where asked — or, from a DM reminder, where the shift was made), the
 * reason goes to the coordinators only, and the requester keeps the place until a claim wins.
 */
export async function askForCover(
  ctx: Context,
  shift: StoredShift,
  reason: string | undefined,
  options: { fromDm?: boolean; onBehalfOf?: FoundMember } = {},
): Promise<Reply[]> {
  const behalf = options.onBehalfOf;
  const holder = shift.holders.find((h) => h.memberId === (behalf?.id ?? ctx.member.id));
  if (!holder && behalf)
    throw new UserError("shift.cover_for.not_on", { name: behalf.displayName, number: shift.number });
  if (!holder) throw new UserError("shift.not_yours", { number: shift.number });
  requireFuture(ctx, shift);
  const stores = storesOf(ctx);
  if (await stores.covers.openFor(holder.assignmentId))
    throw behalf
      ? new UserError("shift.cover_for.already", { name: behalf.displayName, number: shift.number })
      : new UserError("shift.cover.already", { number: shift.number });
  const now = ctx.clock.now();
  const channel = await stores.people.shiftsChannelOf(ctx.space.id);
  const elsewhere: { spaceId: string; channelId: string } | undefined = channel
    ? { spaceId: ctx.space.id, channelId: channel }
    : options.fromDm && shift.spaceId && shift.channelId
      ? { spaceId: shift.spaceId, channelId: shift.channelId }
      : undefined;
  const where = elsewhere ?? { spaceId: ctx.space.id, channelId: ctx.channelId };
  // The at-once offer to eligible volunteers is a ping by whoever asked: within their hourly limit.
  // Over it, the request is still posted and re-sent at the usual times, only not offered now.
  const offerNow = await allowPing(ctx);
  if (!offerNow) ctx.log.info({ shift: shift.id }, "cover request not offered at once: over the ping limit");
  const cover = await stores.covers.ask(shift, holder, reason, where, now, ctx.member.id, offerNow);
  const requester: Inline = behalf
    ? await memberOnCard(ctx.db, holder.memberId, cardPlaceOf(ctx))
    : { kind: "member", name: ctx.member.displayName, ref: ctx.memberRef };
  const replies: Reply[] = [];
  let posted = false;
  if (elsewhere) {
    // Posted here, not as a reply.post: when the shifts channel refuses it, the card is posted
    // where the member asked instead, and their answer says which happened.
    try {
      const ref = await ctx.delivery.toChannel(
        elsewhere.spaceId,
        elsewhere.channelId,
        bilingual(ctx, (t) => coverCard(shift, cover, requester, t)),
      );
      posted = true;
      await rememberCoverCard(ctx, cover.id, elsewhere.spaceId)(ref);
    } catch (error) {
      ctx.log.warn({ err: error }, "cover request not posted in the shifts channel; posting here");
      await stores.covers.postedIn(cover.id, ctx.space.id, ctx.channelId);
    }
  }
  if (!posted)
    replies.push(
      reply.public(
        bilingual(ctx, (t) => coverCard(shift, cover, requester, t)),
        rememberCoverCard(ctx, cover.id, ctx.space.id),
      ),
    );

  const late = shift.startsAt.getTime() - now.getTime() < LATE_MS;
  const coordinators = await coordinatorDms(ctx, (t) => ({
    title: t(late ? "shift.cover.late_title" : "shift.cover.coordinator_title", {
      number: shift.number,
      role: shift.role,
    }),
    text: [
      memberInline(ctx.member.displayName),
      " ",
      behalf
        ? t("shift.cover_for.coordinator_text", { name: holder.name, number: shift.number, role: shift.role })
        : t("shift.cover.coordinator_text", { number: shift.number, role: shift.role }),
      " ",
      ...timeOf(shift),
    ],
    ...(reason ? { fields: [{ label: t("shift.opt.reason"), value: reason }] } : {}),
  }));
  if (!behalf) {
    replies.push(
      reply.private(ctx.t(posted ? "shift.cover.asked_there" : "shift.cover.asked", { number: shift.number })),
    );
    return [...replies, ...coordinators];
  }
  // The volunteer hears it from us, with how to take it back if they can come after all. Sent
  // here, not as a reply.dm: the coordinator's answer says whether it reached them.
  const t = await translatorOf(ctx, holder.memberId);
  const told = await ctx.delivery.toMember(holder.memberId, {
    title: t("shift.cover_for.to_holder_title", { number: shift.number, role: shift.role }),
    text: [
      memberInline(ctx.member.displayName),
      " ",
      t("shift.cover_for.to_holder", { number: shift.number }),
      " ",
      ...timeOf(shift),
    ],
    context: t("shift.cover_for.to_holder_withdraw", {
      command: `${ctx.commandText("shift")} withdraw ${shift.number}`,
    }),
  });
  replies.push(
    reply.private(
      ctx.t(told.via === "none" ? "shift.cover_for.asked_untold" : "shift.cover_for.asked", {
        name: holder.name,
        number: shift.number,
      }),
    ),
  );
  return [...replies, ...coordinators];
}

/** Where a command is typed, as a card's mentions need it. */
const cardPlaceOf = (ctx: Context): CardPlace => ({
  spaceId: ctx.space.id,
  platform: ctx.space.platform,
  spaceExternalId: ctx.space.externalId,
});

/**
 * The polite answer for everyone but the first claim. The button pressed was on a copy that
 * still offered a claim, so every copy, that one too, is brought up to date afterwards.
 */
function alreadyTaken(ctx: Context, shift: StoredShift, cover: StoredCover): Reply[] {
  const refresh = reply.after(() => refreshCoverCards(ctx, ctx.network.id, [cover.id]));
  if (cover.status === "withdrawn")
    return [reply.private(ctx.t("shift.cover.withdrawn", { number: shift.number })), refresh];
  if (cover.status === "covered" || cover.status === "pending_approval")
    return [reply.private(ctx.t("shift.cover.taken", { number: shift.number })), refresh];
  return [reply.private(ctx.t("shift.cover.closed", { number: shift.number })), refresh];
}

/**
 * "Claim": the first eligible claim wins, atomically. The claimant's answer comes first; the
 * requester and the coordinators are told after it.
 */
export async function claimCover(ctx: Context, coverId: string): Promise<Reply | Reply[]> {
  const stores = storesOf(ctx);
  const cover = await stores.covers.byId(coverId);
  const shift = cover && (await stores.rota.byId(cover.shiftId));
  if (!cover || !shift || shift.networkId !== ctx.network.id) throw new UserError("error.unknown_action");
  if (shift.status === "cancelled") throw new UserError("shift.cancelled", { number: shift.number });
  if (cover.requesterId === ctx.member.id) throw new UserError("shift.cover.own", { number: shift.number });
  if (cover.status !== "open") return alreadyTaken(ctx, shift, cover);
  requireFuture(ctx, shift);
  await requireEligible(ctx, shift);
  const approval = await stores.people.coverApproval(ctx.network.id);
  const claimed = await stores.covers.claim(cover, shift, ctx.member.id, approval, ctx.clock.now(), async (reads) => {
    const fresh = await reads.byId(shift.id);
    const why = fresh && (await ineligibility(reads, ctx.member.id, fresh, ctx.timeZone, ctx.locale));
    if (why) throw notEligible(ctx.t, shift.number, why);
  });
  const outcome = unlessRefused(claimed, shift.number);
  if (outcome === "taken") {
    // Lost to another claim, a withdrawal or a cancellation meanwhile: say which.
    const [now, fresh] = [await stores.covers.byId(cover.id), await stores.rota.byId(shift.id)];
    if (fresh?.status === "cancelled") throw new UserError("shift.cancelled", { number: shift.number });
    return alreadyTaken(ctx, shift, now ?? { ...cover, status: "covered" });
  }

  const claimant: Inline = { kind: "member", name: ctx.member.displayName, ref: ctx.memberRef };
  const requesterName = await stores.people.nameOf(cover.requesterId);
  // The pressed card keeps all it said, now with who is covering: one update, on every platform.
  const card = await coverCardNow(ctx, cover.id);
  if (outcome === "covered") {
    return [
      reply.update(
        card ?? { text: [claimant, " ", ctx.t("shift.cover.covered", { number: shift.number, role: shift.role })] },
      ),
      reply.private(ctx.t("shift.cover.yours", { number: shift.number })),
      await dmTo(ctx, cover.requesterId, (t) => ({
        text: [claimant, " ", t("shift.cover.to_requester", { number: shift.number, role: shift.role })],
      })),
      ...(await coordinatorDms(ctx, (t) => ({
        text: [claimant, " ", t("shift.cover.to_coordinators", { number: shift.number, name: requesterName })],
      }))),
      coverCardsAfter(ctx, cover.id),
    ];
  }
  return [
    reply.update(
      card ?? {
        text: [claimant, " ", ctx.t("shift.cover.claimed_pending", { number: shift.number, role: shift.role })],
      },
    ),
    reply.private(ctx.t("shift.cover.pending", { number: shift.number })),
    await dmTo(ctx, cover.requesterId, (t) => ({
      text: [claimant, " ", t("shift.cover.to_requester_pending", { number: shift.number })],
    })),
    ...(await coordinatorDms(ctx, (t) => ({
      title: t("shift.approve.title", { number: shift.number, role: shift.role }),
      text: [
        claimant,
        " ",
        t("shift.approve.text", { number: shift.number, name: requesterName }),
        " ",
        ...timeOf(shift),
      ],
      actions: [
        { id: encodeCustomId("shift.approve", cover.id), label: t("shift.button.approve"), style: "primary" },
        { id: encodeCustomId("shift.decline", cover.id), label: t("shift.button.decline"), style: "danger" },
      ],
    }))),
    coverCardsAfter(ctx, cover.id),
  ];
}

/**
 * The requester takes back their open (or claimed, awaiting approval) cover request: its
 * escalations stop, and a waiting claimant and the coordinators are told. The place stays theirs.
 */
export async function withdrawCover(ctx: Context, shift: StoredShift): Promise<Reply[]> {
  const stores = storesOf(ctx);
  const cover = await stores.covers.openOf(shift.id, ctx.member.id);
  if (!cover) throw new UserError("shift.withdraw.none", { number: shift.number });
  requireFuture(ctx, shift);
  const was = unlessRefused(
    await stores.covers.withdraw(cover, shift, ctx.clock.now()),
    shift.number,
    "shift.withdraw.changed",
  );
  const answer = [reply.private(ctx.t("shift.withdraw.done", { number: shift.number }))];
  const claimantId = was.claimantId;
  if (was.status !== "pending_approval" || !claimantId) return [...answer, coverCardsAfter(ctx, cover.id)];
  const claimantName = await stores.people.nameOf(claimantId);
  return [
    ...answer,
    await dmTo(ctx, claimantId, (t) => ({ text: t("shift.withdraw.to_claimant", { number: shift.number }) })),
    ...(await coordinatorDms(ctx, (t) => ({
      text: [
        memberInline(ctx.member.displayName),
        " ",
        t("shift.withdraw.to_coordinators", { number: shift.number, role: shift.role, name: claimantName }),
      ],
    }))),
    coverCardsAfter(ctx, cover.id),
  ];
}
