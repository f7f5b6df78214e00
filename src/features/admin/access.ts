import type { Context } from "../../core/context.js";
import { hasRole, type Role } from "../../core/domain.js";
import { UserError } from "../../core/errors.js";
import { bootstrapAdmin } from "../../core/members.js";

/**
 * The dispatcher's role check, for the few subcommands whose needed role
 * depends on what is typed (`/gather link` makes a space code for admins,
 * `/gather link me` is anyone's). Same refusal as a subcommand's `role:`.
 */
export function requireRole(ctx: Context, role: Role): void {
  if (!hasRole(ctx.member.role, role)) throw new UserError("error.role_required", { role: ctx.t(`role.${role}`) });
}

/**
 * Settings and channels: coordinators. A network's first stored admin can only be a platform admin
 * (Slack workspace admin or owner or the installing user, Discord owner or Manage Server, the
 * console's member): one who configures a network with no admin is stored as its admin. A plain
 * member trying it first is told who can, and becomes nothing.
 */
export async function requireConfigurer(ctx: Context): Promise<void> {
  if (ctx.member.platformAdmin) {
    await recordPlatformAdmin(ctx);
    return;
  }
  if (hasRole(ctx.member.role, "coordinator")) return;
  const admins = await ctx.db.member.count({ where: { networkId: ctx.network.id, role: "admin" } });
  if (admins === 0) throw new UserError("admin.bootstrap.platform_only");
  requireRole(ctx, "coordinator");
}

/** Admin-only subcommands: a platform admin in a network with no stored admin is stored as one. */
export async function recordPlatformAdmin(ctx: Context): Promise<void> {
  if (ctx.member.platformAdmin)
    await bootstrapAdmin(ctx.db, { networkId: ctx.network.id, memberId: ctx.member.id, at: ctx.clock.now() });
}
