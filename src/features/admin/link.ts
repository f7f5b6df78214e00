import { createHash, randomInt } from "node:crypto";
import { actedBy, audit } from "../../core/audit.js";
import { defineSubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { hasRole, isRole } from "../../core/domain.js";
import { UserError } from "../../core/errors.js";
import { isMessageKey } from "../../core/i18n/index.js";
import { opt } from "../../core/options.js";
import { reply } from "../../core/reply.js";
import type { Tx } from "../../db/index.js";
import { recordPlatformAdmin, requireRole } from "./access.js";

export const LinkLimits = {
  /** Characters in a code: 31^8 ≈ 8.5 × 10^11 codes, against 30 guesses a minute. */
  length: 8,
  validMinutes: 15,
} as const;

/** No 0/O, 1/I/L: nothing to misread when a code is copied by eye. */
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function newCode(): string {
  return Array.from({ length: LinkLimits.length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

/** "ABCD-EFGH" as shown; typed back in any case, with or without the dash or spaces. */
export const showCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;
export const normaliseCode = (text: string) => text.toUpperCase().replace(/[\s-]/g, "");
export const hashCode = (code: string) => createHash("sha256").update(normaliseCode(code)).digest("hex");

export const linkOptions = {
  code: opt.optionalString({ label: "admin.opt.code", description: "admin.opt.code.description", max: 20 }),
};

/** Makes and stores (hashed) a one-time code; shows it only to the member who asked. */
async function issue(ctx: Context, kind: "space" | "identity") {
  const code = newCode();
  const now = ctx.clock.now();
  await ctx.db.$transaction(async (tx) => {
    const row = await tx.linkCode.create({
      data: {
        networkId: ctx.network.id,
        codeHash: hashCode(code),
        kind,
        memberId: ctx.member.id,
        expiresAt: new Date(now.getTime() + LinkLimits.validMinutes * 60_000),
        createdAt: now,
      },
    });
    await audit(tx, { ...actedBy(ctx), action: `link.${kind}_code_made`, subjectType: "LinkCode", subjectId: row.id });
  });
  const params = { code: showCode(code), minutes: LinkLimits.validMinutes, command: ctx.commandText("gather") };
  return reply.private(ctx.t(kind === "space" ? "admin.link.space_code" : "admin.link.me_code", params));
}

/** Tables whose rows make a network "in use": a space with any of them cannot be moved into another network. */
async function networkHasData(tx: Tx, networkId: string): Promise<boolean> {
  const counts = await Promise.all([
    tx.projectUpdate.count({ where: { networkId } }),
    tx.helpRequest.count({ where: { networkId } }),
    tx.meeting.count({ where: { networkId } }),
    tx.shift.count({ where: { networkId } }),
    tx.memberCheck.count({ where: { networkId } }),
    tx.standingOffer.count({ where: { networkId } }),
  ]);
  return counts.some((n) => n > 0);
}

/** Whether a member has anything of their own: then their account is not merged into another member. */
async function memberHasRecords(tx: Tx, memberId: string): Promise<boolean> {
  const counts = await Promise.all([
    tx.projectUpdate.count({ where: { authorId: memberId } }),
    tx.helpRequest.count({ where: { requesterId: memberId } }),
    tx.helpOffer.count({ where: { helperId: memberId } }),
    tx.standingOffer.count({ where: { memberId } }),
    tx.meeting.count({ where: { OR: [{ hostId: memberId }, { createdById: memberId }] } }),
    tx.meetingRsvp.count({ where: { memberId } }),
    tx.shiftAssignment.count({ where: { memberId } }),
    tx.coverRequest.count({ where: { OR: [{ requesterId: memberId }, { claimantId: memberId }] } }),
    tx.shiftSwap.count({ where: { OR: [{ proposerId: memberId }, { otherId: memberId }] } }),
    tx.memberCheck.count({ where: { memberId } }),
  ]);
  return counts.some((n) => n > 0);
}

type Redeemed =
  { readonly kind: "space"; readonly network: string } | { readonly kind: "identity"; readonly name: string };

/**
 * Uses a code. Every check runs inside the transaction that marks it used, and
 * a refusal rolls everything back: a refused code still works for a right try.
 */
async function redeem(ctx: Context, typed: string): Promise<Redeemed> {
  const now = ctx.clock.now();
  return ctx.db.$transaction(async (tx) => {
    const code = await tx.linkCode.findUnique({ where: { codeHash: hashCode(typed) } });
    if (!code || code.usedAt || code.expiresAt <= now) throw new UserError("admin.link.invalid_code");
    // Works once, even when two people type it at the same moment.
    const { count } = await tx.linkCode.updateMany({ where: { id: code.id, usedAt: null }, data: { usedAt: now } });
    if (count !== 1) throw new UserError("admin.link.invalid_code");
    return code.kind === "space" ? linkSpace(ctx, tx, code.networkId) : linkAccount(ctx, tx, code);
  });
}

/** Moves this (new, empty) space into the code's network and removes the network made for it on first contact. */
async function linkSpace(ctx: Context, tx: Tx, networkId: string): Promise<Redeemed> {
  requireRole(ctx, "admin");
  const from = ctx.network.id;
  if (networkId === from) throw new UserError("admin.link.same_network");
  const target = await tx.network.findUnique({ where: { id: networkId }, select: { name: true } });
  if (!target) throw new UserError("admin.link.invalid_code");
  const otherSpaces = await tx.space.count({ where: { networkId: from, id: { not: ctx.space.id } } });
  if (otherSpaces > 0 || (await networkHasData(tx, from))) throw new UserError("admin.link.space_in_use");
  // The people seen here so far join as members: an admin of the empty network is not one of the whole.
  await tx.member.updateMany({ where: { networkId: from }, data: { networkId, role: "member" } });
  await tx.memberActivity.updateMany({ where: { networkId: from }, data: { networkId } });
  await tx.space.update({ where: { id: ctx.space.id }, data: { networkId } });
  await tx.network.delete({ where: { id: from } });
  await audit(tx, {
    ...actedBy(ctx),
    networkId,
    action: "space.linked",
    subjectType: "Space",
    subjectId: ctx.space.id,
    details: { platform: ctx.platform },
  });
  return { kind: "space", network: target.name };
}

const rank = (role: string) => (isRole(role) ? role : "member");

/** Attaches the acting account to the code's member; the member made for this account goes, if it holds nothing. */
async function linkAccount(
  ctx: Context,
  tx: Tx,
  code: { networkId: string; memberId: string; id: string },
): Promise<Redeemed> {
  if (code.networkId !== ctx.network.id) throw new UserError("admin.link.other_network");
  if (code.memberId === ctx.member.id) throw new UserError("admin.link.already_you");
  const first = await tx.member.findUnique({ where: { id: code.memberId } });
  if (!first || first.networkId !== ctx.network.id || first.forgottenAt) throw new UserError("admin.link.invalid_code");
  const second = await tx.member.findUniqueOrThrow({ where: { id: ctx.member.id } });
  if (await memberHasRecords(tx, second.id)) throw new UserError("admin.link.has_records");
  const role = hasRole(rank(second.role), rank(first.role)) ? rank(second.role) : rank(first.role);
  await tx.identity.updateMany({ where: { memberId: second.id }, data: { memberId: first.id } });
  await tx.member.update({
    where: { id: first.id },
    data: { role, locale: first.locale ?? second.locale, timeZone: first.timeZone ?? second.timeZone },
  });
  // Counters and daily activity are the second member's own: they go with them.
  await tx.memberActivity.deleteMany({ where: { memberId: second.id } });
  await tx.rateWindow.deleteMany({ where: { memberId: second.id } });
  await tx.linkCode.deleteMany({ where: { memberId: second.id } });
  await tx.member.delete({ where: { id: second.id } });
  await audit(tx, {
    ...actedBy(ctx),
    actorId: first.id,
    action: "member.accounts_linked",
    subjectType: "Member",
    subjectId: first.id,
    details: { platform: ctx.platform, ...(role !== first.role ? { role } : {}) },
  });
  return { kind: "identity", name: first.displayName };
}

export const linkSubcommand = defineSubcommand({
  name: "link",
  descriptionKey: "admin.link.description",
  usageKey: "admin.link.usage",
  options: linkOptions,
  handle: async (ctx, input) => {
    const typed = input.code;
    if (typed === undefined) {
      requireRole(ctx, "admin");
      await recordPlatformAdmin(ctx);
      return issue(ctx, "space");
    }
    if (typed.toLowerCase() === "me") return issue(ctx, "identity");
    if (normaliseCode(typed).length !== LinkLimits.length) throw new UserError("admin.link.invalid_code");
    const done = await redeem(ctx, typed);
    if (done.kind === "space") return reply.private(ctx.t("admin.link.space_done", { network: done.network }));
    // A platform without a name of its own in the catalogue is shown as its adapter names it.
    const platform = `admin.platform.${ctx.platform}`;
    return reply.private(
      ctx.t("admin.link.me_done", {
        name: done.name,
        platform: isMessageKey(platform) ? ctx.t(platform) : ctx.platform,
      }),
    );
  },
});
