import type { Context } from "../../core/context.js";
import { UserError } from "../../core/errors.js";
import { matchLocale, translator } from "../../core/i18n/index.js";
import type { Inline, Message } from "../../core/message.js";
import { reply, type Reply } from "../../core/reply.js";
import type { Delivery } from "../../core/delivery.js";
import type { Db } from "../../db/index.js";
import { coordinatorsOf, ineligibility, notEligible, requireEligible, requireFuture, shiftsOf } from "./access.js";
import { coverCard, timeOf } from "./card.js";
import { LATE_MS, planCoverEscalation } from "./schedule.js";
import type { StoredCover, StoredShift } from "./store.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { memberOnCard, type CardPlace } from "../../core/cards.js";
import type { FoundMember } from "../../core/members.js";
import { coverCardsAfter, refreshCoverCards, rememberCoverCard } from "./cards.js";

export const memberInline = (name: string): Inline => ({ kind: "member", name });

/** Sends to every coordinator of the network (but `except`), each in their own language. */
export async function tellCoordinators(
  db: Db,
  delivery: Delivery,
  networkId: string,
  message: (t: ReturnType<typeof translator>) => Message,
  except?: string,
): Promise<void> {
  const network = await db.network.findUniqueOrThrow({ where: { id: networkId }, select: { locale: true } });
  for (const coordinator of await coordinatorsOf(db, networkId)) {
    if (coordinator.id === except) continue;
    const t = translator(matchLocale(coordinator.locale) ?? matchLocale(network.locale) ?? "en");
    await delivery.toMember(coordinator.id, message(t));
  }
}

/** A member's translator, for messages sent to them rather than replies. */
export async function translatorOf(db: Db, memberId: string) {
  const member = await db.member.findUniqueOrThrow({ where: { id: memberId }, include: { network: true } });
  return translator(matchLocale(member.locale) ?? matchLocale(member.network.locale) ?? "en");
}

async function shiftsChannelOf(ctx: Context): Promise<string | null> {
  const space = await ctx.db.space.findUnique({ where: { id: ctx.space.id }, select: { shiftsChannelId: true } });
  return space?.shiftsChannelId ?? null;
}

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
  const store = shiftsOf(ctx);
  if (await store.openCoverFor(holder.assignmentId))
    throw behalf
      ? new UserError("shift.cover_for.already", { name: behalf.displayName, number: shift.number })
      : new UserError("shift.cover.already", { number: shift.number });
  const now = ctx.clock.now();
  const channel = await shiftsChannelOf(ctx);
  const elsewhere: { spaceId: string; channelId: string } | undefined = channel
    ? { spaceId: ctx.space.id, channelId: channel }
    : options.fromDm && shift.spaceId && shift.channelId
      ? { spaceId: shift.spaceId, channelId: shift.channelId }
      : undefined;
  const where = elsewhere ?? { spaceId: ctx.space.id, channelId: ctx.channelId };
  const cover = await store.askCover(
    shift,
    holder,
    reason,
    where,
    now,
    (tx, created) => planCoverEscalation(tx, created, shift, now),
    ctx.member.id,
  );
  const requester: Inline = behalf
    ? await memberOnCard(ctx.db, holder.memberId, cardPlaceOf(ctx))
    : { kind: "member", name: ctx.member.displayName, ref: ctx.memberRef };
  const replies: Reply[] = [];
  let posted = false;
  if (elsewhere) {
    try {
      const ref = await ctx.delivery.toChannel(
        elsewhere.spaceId,
        elsewhere.channelId,
        coverCard(shift, cover, requester, ctx.t),
      );
      posted = true;
      await rememberCoverCard(ctx, cover.id, elsewhere.spaceId)(ref);
    } catch (error) {
      ctx.log.warn({ err: error }, "cover request not posted in the shifts channel; posting here");
      await store.coverPostedIn(cover.id, ctx.space.id, ctx.channelId);
    }
  }
  if (!posted)
    replies.push(
      reply.public(coverCard(shift, cover, requester, ctx.t), rememberCoverCard(ctx, cover.id, ctx.space.id)),
    );

  const late = shift.startsAt.getTime() - now.getTime() < LATE_MS;
  await tellCoordinators(
    ctx.db,
    ctx.delivery,
    ctx.network.id,
    (t) => ({
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
    }),
    ctx.member.id,
  );
  if (!behalf) {
    replies.push(
      reply.private(ctx.t(posted ? "shift.cover.asked_there" : "shift.cover.asked", { number: shift.number })),
    );
    return replies;
  }
  // The volunteer hears it from us, with how to take it back if they can come after all.
  const t = await translatorOf(ctx.db, holder.memberId);
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
  return replies;
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

/** "Claim": the first eligible claim wins, atomically; the requester and coordinators are told. */
export async function claimCover(ctx: Context, coverId: string): Promise<Reply | Reply[]> {
  const store = shiftsOf(ctx);
  const cover = await store.coverById(coverId);
  const shift = cover && (await store.byId(cover.shiftId));
  if (!cover || !shift || shift.networkId !== ctx.network.id) throw new UserError("error.unknown_action");
  if (shift.status === "cancelled") throw new UserError("shift.cancelled", { number: shift.number });
  if (cover.requesterId === ctx.member.id) throw new UserError("shift.cover.own", { number: shift.number });
  if (cover.status !== "open") return alreadyTaken(ctx, shift, cover);
  requireFuture(ctx, shift);
  await requireEligible(ctx, shift);
  const { coverApproval } = await ctx.db.network.findUniqueOrThrow({
    where: { id: ctx.network.id },
    select: { coverApproval: true },
  });
  const outcome = await store.claim(cover, shift, ctx.member.id, coverApproval, ctx.clock.now(), async (tx) => {
    const fresh = await store.byId(shift.id, tx);
    const why = fresh && (await ineligibility(tx, ctx.member.id, fresh, ctx.timeZone, ctx.locale));
    if (why) throw notEligible(ctx.t, shift.number, why);
  });
  if (outcome === "taken") {
    // Lost to another claim, a withdrawal or a cancellation meanwhile: say which.
    const [now, fresh] = [await store.coverById(cover.id), await store.byId(shift.id)];
    if (fresh?.status === "cancelled") throw new UserError("shift.cancelled", { number: shift.number });
    return alreadyTaken(ctx, shift, now ?? { ...cover, status: "covered" });
  }

  const claimant: Inline = { kind: "member", name: ctx.member.displayName, ref: ctx.memberRef };
  const requesterName = (await ctx.db.member.findUnique({ where: { id: cover.requesterId } }))?.displayName ?? "?";
  const tr = await translatorOf(ctx.db, cover.requesterId);
  if (outcome === "covered") {
    await ctx.delivery.toMember(cover.requesterId, {
      text: [claimant, " ", tr("shift.cover.to_requester", { number: shift.number, role: shift.role })],
    });
    await tellCoordinators(
      ctx.db,
      ctx.delivery,
      ctx.network.id,
      (t) => ({
        text: [claimant, " ", t("shift.cover.to_coordinators", { number: shift.number, name: requesterName })],
      }),
      ctx.member.id,
    );
    return [
      reply.update({ text: [claimant, " ", ctx.t("shift.cover.covered", { number: shift.number, role: shift.role })] }),
      reply.private(ctx.t("shift.cover.yours", { number: shift.number })),
      coverCardsAfter(ctx, cover.id),
    ];
  }
  await ctx.delivery.toMember(cover.requesterId, {
    text: [claimant, " ", tr("shift.cover.to_requester_pending", { number: shift.number })],
  });
  await tellCoordinators(
    ctx.db,
    ctx.delivery,
    ctx.network.id,
    (t) => ({
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
    }),
    ctx.member.id,
  );
  return [
    reply.update({
      text: [claimant, " ", ctx.t("shift.cover.claimed_pending", { number: shift.number, role: shift.role })],
    }),
    reply.private(ctx.t("shift.cover.pending", { number: shift.number })),
    coverCardsAfter(ctx, cover.id),
  ];
}

/**
 * The requester takes back their open (or claimed, awaiting approval) cover request: its
 * escalations stop, and a waiting claimant and the coordinators are told. The place stays theirs.
 */
export async function withdrawCover(ctx: Context, shift: StoredShift): Promise<Reply[]> {
  const store = shiftsOf(ctx);
  const cover = await store.openCoverOf(shift.id, ctx.member.id);
  if (!cover) throw new UserError("shift.withdraw.none", { number: shift.number });
  requireFuture(ctx, shift);
  const was = await store.withdrawCover(cover, shift, ctx.clock.now());
  const claimantId = was.claimantId;
  if (was.status === "pending_approval" && claimantId) {
    const tc = await translatorOf(ctx.db, claimantId);
    await ctx.delivery.toMember(claimantId, { text: tc("shift.withdraw.to_claimant", { number: shift.number }) });
    const claimant = await ctx.db.member.findUnique({ where: { id: claimantId }, select: { displayName: true } });
    await tellCoordinators(
      ctx.db,
      ctx.delivery,
      ctx.network.id,
      (t) => ({
        text: [
          memberInline(ctx.member.displayName),
          " ",
          t("shift.withdraw.to_coordinators", {
            number: shift.number,
            role: shift.role,
            name: claimant?.displayName ?? "?",
          }),
        ],
      }),
      ctx.member.id,
    );
  }
  return [reply.private(ctx.t("shift.withdraw.done", { number: shift.number })), coverCardsAfter(ctx, cover.id)];
}
