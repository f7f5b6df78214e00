import { defineSubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { UserError } from "../../core/errors.js";
import { opt } from "../../core/options.js";
import { reply } from "../../core/reply.js";
import { recordPlatformAdmin, requireRole } from "./access.js";
import { hashCode, LinkLimits, newCode, normaliseCode, showCode } from "./link-code.js";
import { LinkCodeStore, type CodeKind, type LinkRefusal } from "./link-store.js";

export { CODE_ALPHABET, hashCode, LinkLimits, newCode, normaliseCode, showCode } from "./link-code.js";

export const linkOptions = {
  code: opt.optionalString({ label: "admin.opt.code", description: "admin.opt.code.description", max: 20 }),
};

/** Makes and stores (hashed) a one-time code; shows it only to the member who asked. */
async function issue(ctx: Context, kind: CodeKind) {
  const code = newCode();
  const now = ctx.clock.now();
  await new LinkCodeStore(ctx.db).issue(
    {
      networkId: ctx.network.id,
      memberId: ctx.member.id,
      kind,
      codeHash: hashCode(code),
      expiresAt: new Date(now.getTime() + LinkLimits.validMinutes * 60_000),
    },
    now,
  );
  const params = { code: showCode(code), minutes: LinkLimits.validMinutes, command: ctx.commandText("gather") };
  return reply.private(ctx.t(kind === "space" ? "admin.link.space_code" : "admin.link.me_code", params));
}

/** Tells the member why their code was refused. */
function refuse(ctx: Context, reason: LinkRefusal): never {
  // A space code needs an admin: the same refusal as a subcommand's `role: "admin"` (see requireRole).
  if (reason === "admin_required") throw new UserError("error.role_required", { role: ctx.t("role.admin") });
  throw new UserError(`admin.link.${reason}`);
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
    const done = await new LinkCodeStore(ctx.db).redeem(
      hashCode(typed),
      {
        networkId: ctx.network.id,
        spaceId: ctx.space.id,
        memberId: ctx.member.id,
        role: ctx.member.role,
        platform: ctx.platform,
      },
      ctx.clock.now(),
    );
    if (done.kind === "refused") refuse(ctx, done.reason);
    if (done.kind === "space") return reply.private(ctx.t("admin.link.space_done", { network: done.network }));
    // A platform's name is a proper noun the adapter declares ("slack" → "Slack"), the same in every language.
    const platform = ctx.platform.charAt(0).toUpperCase() + ctx.platform.slice(1);
    return reply.private(ctx.t("admin.link.me_done", { name: done.name, platform }));
  },
});
