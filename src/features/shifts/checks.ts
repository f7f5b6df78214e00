/** `/shift check` (a coordinator records a member's check) and `/shift checks` (what is on record). */
import { defineSubcommand } from "../../core/command.js";
import { hasRole } from "../../core/domain.js";
import { UserError } from "../../core/errors.js";
import { reply } from "../../core/reply.js";
import { findMember, storesOf } from "./access.js";
import { CHECK_STATUSES, KIND, checkFromText, checkOptions, checksOptions } from "./input.js";
import { dayText, endOfDay } from "./when.js";

/** A coordinator records (or replaces) a member's check; its expiry warnings are planned with it. */
export const check = defineSubcommand({
  name: "check",
  descriptionKey: "shift.check.description",
  usageKey: "shift.check.usage",
  role: "coordinator",
  options: checkOptions,
  form: { titleKey: "shift.check.form_title", submitKey: "shift.check.submit" },
  fromText: checkFromText,
  handle: async (ctx, input) => {
    const kind = input.kind.toLowerCase();
    if (!KIND.test(kind)) throw new UserError("shift.checks.invalid", { kind: kind.slice(0, 40) });
    const status = (input.status ?? "valid").toLowerCase();
    if (!(CHECK_STATUSES as readonly string[]).includes(status))
      throw new UserError("shift.check.bad_status", { status: status.slice(0, 10) });
    const expiryText = input.expiry?.toLowerCase();
    const expiresAt = !expiryText || expiryText === "none" ? null : endOfDay(expiryText, ctx);
    const member = await findMember(ctx, input.member);
    const now = ctx.clock.now();
    await storesOf(ctx).checks.record(ctx.network.id, member.id, kind, status, expiresAt, ctx.member.id, now);
    const until = expiresAt
      ? ctx.t("shift.check.until", { date: dayText(expiresAt, ctx.network.timeZone, ctx.locale) })
      : ctx.t("shift.check.no_expiry");
    const text = ctx.t("shift.check.done", {
      name: member.displayName,
      kind,
      status: ctx.t(`shift.status.${status as "valid"}`),
      until,
    });
    const warning = expiresAt && expiresAt <= now ? `\n${ctx.t("shift.check.already_expired")}` : "";
    return reply.private(text + warning);
  },
});

/** A member's checks: their own, or anyone's for a coordinator. */
export const checks = defineSubcommand({
  name: "checks",
  descriptionKey: "shift.checks.description",
  options: checksOptions,
  handle: async (ctx, input) => {
    let member: { id: string; displayName: string } = ctx.member;
    if (input.member) {
      if (!hasRole(ctx.member.role, "coordinator")) throw new UserError("shift.checks.own_only");
      member = await findMember(ctx, input.member);
    }
    const rows = await storesOf(ctx).checks.of(member.id);
    const title = ctx.t("shift.checks.title", { name: member.displayName });
    if (rows.length === 0) return reply.private({ title, text: ctx.t("shift.checks.none") });
    const now = ctx.clock.now();
    const text = rows
      .map((c) => {
        const expired = c.expiresAt !== null && c.expiresAt <= now;
        const status = expired ? ctx.t("shift.status.expired") : ctx.t(`shift.status.${c.status as "valid"}`);
        const until = c.expiresAt
          ? ctx.t("shift.check.until", { date: dayText(c.expiresAt, ctx.network.timeZone, ctx.locale) })
          : ctx.t("shift.check.no_expiry");
        return `• ${c.kind}: ${status}, ${until}`;
      })
      .join("\n");
    return reply.private({ title, text, context: ctx.t("shift.checks.footer") });
  },
});
