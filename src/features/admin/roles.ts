import { defineSubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { isRole, type Role } from "../../core/domain.js";
import { UserError } from "../../core/errors.js";
import { formatList } from "../../core/i18n/index.js";
import { findMemberByMention } from "../../core/members.js";
import { opt } from "../../core/options.js";
import { reply } from "../../core/reply.js";
import { z } from "zod";
import { recordPlatformAdmin } from "./access.js";
import { RoleStore } from "./roles-store.js";

const roleSchema = z
  .string()
  .optional()
  .transform((text, issue): Role | undefined => {
    if (text === undefined) return undefined;
    const value = text.trim().toLowerCase();
    if (isRole(value)) return value;
    issue.addIssue({ code: "custom", message: "admin.role.invalid" });
    return z.NEVER;
  });

export const roleOptions = {
  member: opt.optionalString({ label: "admin.opt.member", description: "admin.opt.member.description", max: 100 }),
  role: opt.parsedString(
    { label: "admin.opt.role", description: "admin.opt.role.description", max: 20, required: false },
    roleSchema,
  ),
};

/** The word after `/gather role` that reclaims the network for a platform admin. */
const RECLAIM = "reclaim";

/**
 * "<@U123> coordinator", "Alice Jones admin": the last word is the role, the rest who. "reclaim"
 * alone travels as the member option (as Discord's options carry it).
 */
export function roleFromText(text: string): Record<string, string> | undefined {
  if (text.trim().toLowerCase() === RECLAIM) return { member: RECLAIM };
  const words = text.trim().split(/\s+/);
  if (words.length < 2) return undefined;
  const role = words.pop() as string;
  return { member: words.join(" "), role };
}

/** Who holds a role above member, for `/gather role` with nothing. */
async function roleList(ctx: Context) {
  const members = await new RoleStore(ctx.db).holders(ctx.network.id);
  const line = (role: Role) =>
    formatList(
      ctx.locale,
      members.filter((m) => m.role === role).map((m) => m.displayName),
    ) || ctx.t("admin.role.nobody");
  return reply.private({
    title: ctx.t("admin.role.list_title"),
    fields: [
      { label: ctx.t("admin.role.admins"), value: line("admin") },
      { label: ctx.t("admin.role.coordinators"), value: line("coordinator") },
    ],
    context: ctx.t("admin.role.list_hint", {
      usage: ctx.t("admin.role.usage", { command: ctx.commandText("gather") }),
    }),
  });
}

/**
 * `/gather role reclaim`: a platform admin becomes the network's admin again and every other stored
 * admin a member, in one step (a member who made themselves admin, or a lost admin, is undone).
 */
async function reclaim(ctx: Context) {
  if (!ctx.member.platformAdmin) throw new UserError("admin.role.reclaim_refused");
  const demoted = await new RoleStore(ctx.db).reclaim(ctx.network.id, ctx.member.id, ctx.clock.now());
  if (demoted.length === 0) return reply.private(ctx.t("admin.role.reclaimed_alone"));
  return reply.private(ctx.t("admin.role.reclaimed", { names: formatList(ctx.locale, demoted) }));
}

export const roleSubcommand = defineSubcommand({
  name: "role",
  descriptionKey: "admin.role.description",
  usageKey: "admin.role.usage",
  role: "admin",
  options: roleOptions,
  fromText: roleFromText,
  handle: async (ctx, input) => {
    if (input.member?.trim().toLowerCase() === RECLAIM && input.role === undefined) return reclaim(ctx);
    await recordPlatformAdmin(ctx);
    if (input.member === undefined && input.role === undefined) return roleList(ctx);
    if (input.member === undefined || input.role === undefined) {
      throw new UserError("error.usage", { usage: ctx.t("admin.role.usage", { command: ctx.commandText("gather") }) });
    }
    const target = await findMemberByMention(
      ctx.db,
      { networkId: ctx.network.id, spaceId: ctx.space.id },
      input.member,
    );
    const role = input.role;
    const outcome = await new RoleStore(ctx.db).grant(ctx.network.id, target.id, role, ctx.member.id, ctx.clock.now());
    const params = { name: target.displayName, role: ctx.t(`role.${role}`) };
    if (outcome === "last_admin") throw new UserError("admin.role.last_admin", params);
    return reply.private(ctx.t(outcome === "unchanged" ? "admin.role.unchanged" : "admin.role.done", params));
  },
});
