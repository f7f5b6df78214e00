import { DateTime } from "luxon";
import { defineSubcommand } from "../../core/command.js";
import { opt } from "../../core/options.js";
import { reply } from "../../core/reply.js";

export const AuditListLimits = { default: 20, max: 50 } as const;

/** Details as "key=value" pairs; they hold numbers and settings only, never names or free text. */
function detailsText(json: string): string {
  try {
    const details = JSON.parse(json) as Record<string, unknown>;
    return Object.entries(details)
      .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`)
      .join(" ")
      .slice(0, 200);
  } catch {
    return "";
  }
}

/**
 * `/gather audit [n]`: the network's most recent recorded actions, newest
 * first, in the network's time zone. It only reads: the trail is append-only.
 */
export const auditSubcommand = defineSubcommand({
  name: "audit",
  descriptionKey: "admin.audit.description",
  usageKey: "admin.audit.usage",
  role: "coordinator",
  options: {
    count: opt.integer({
      label: "admin.opt.count",
      description: "admin.opt.count.description",
      descriptionParams: { max: AuditListLimits.max },
      min: 1,
      max: AuditListLimits.max,
      required: false,
    }),
  },
  handle: async (ctx, input) => {
    const take = input.count ?? AuditListLimits.default;
    const entries = await ctx.db.auditEntry.findMany({
      where: { networkId: ctx.network.id },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take,
    });
    const title = ctx.t("admin.audit.title", { count: entries.length });
    if (entries.length === 0) return reply.private({ title, text: ctx.t("admin.audit.empty") });
    const actorIds = [...new Set(entries.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
    const members = await ctx.db.member.findMany({
      where: { id: { in: actorIds }, networkId: ctx.network.id },
      select: { id: true, displayName: true, forgottenAt: true },
    });
    const names = new Map(members.map((m) => [m.id, m.forgottenAt ? ctx.t("admin.audit.former") : m.displayName]));
    const zone = ctx.network.timeZone;
    const lines = entries.map((entry) => {
      const when = DateTime.fromJSDate(entry.at, { zone }).toFormat("yyyy-LL-dd HH:mm");
      const who = entry.actorId ? (names.get(entry.actorId) ?? ctx.t("admin.audit.former")) : ctx.t("admin.audit.bot");
      const details = detailsText(entry.details);
      return `${when} · ${who} · ${entry.action} · ${entry.subjectType}${details ? ` · ${details}` : ""}`;
    });
    return reply.private({ title, text: lines.join("\n"), context: ctx.t("admin.audit.footer", { zone }) });
  },
});
