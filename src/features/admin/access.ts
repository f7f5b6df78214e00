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
 * Settings and channels: coordinators, or — in a network with no admin yet —
 * whoever configures it first, who becomes its admin. A platform admin
 * (Slack workspace admin, Discord Manage Server) acting in such a network is
 * stored as its admin too, so ordinary members cannot claim it afterwards.
 */
export async function requireConfigurer(ctx: Context): Promise<void> {
  const claimed = await bootstrapAdmin(ctx.db, {
    networkId: ctx.network.id,
    memberId: ctx.member.id,
    at: ctx.clock.now(),
  });
  if (!claimed) requireRole(ctx, "coordinator");
}

/** Admin-only subcommands: a platform admin in a network with no stored admin is stored as one. */
export async function recordPlatformAdmin(ctx: Context): Promise<void> {
  if (ctx.member.role === "admin")
    await bootstrapAdmin(ctx.db, { networkId: ctx.network.id, memberId: ctx.member.id, at: ctx.clock.now() });
}
