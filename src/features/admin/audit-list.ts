import { DateTime } from "luxon";
import { defineSubcommand } from "../../core/command.js";
import { opt } from "../../core/options.js";
import { reply } from "../../core/reply.js";
import { AuditTrailStore, type AuditActor } from "./audit-store.js";

export const AuditListLimits = { default: 20, max: 50 } as const;

/** Details as "key=value" pairs; they hold numbers and settings only, never names or free text. */
function detailsText(details: Readonly<Record<string, unknown>>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" ")
    .slice(0, 200);
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
    const entries = await new AuditTrailStore(ctx.db).recent(ctx.network.id, input.count ?? AuditListLimits.default);
    const title = ctx.t("admin.audit.title", { count: entries.length });
    if (entries.length === 0) return reply.private({ title, text: ctx.t("admin.audit.empty") });
    const zone = ctx.network.timeZone;
    const nameOf = (actor: AuditActor) =>
      actor.kind === "member" ? actor.name : ctx.t(actor.kind === "bot" ? "admin.audit.bot" : "admin.audit.former");
    const lines = entries.map((entry) => {
      const when = DateTime.fromJSDate(entry.at, { zone }).toFormat("yyyy-LL-dd HH:mm");
      const who = nameOf(entry.actor);
      const details = detailsText(entry.details);
      return `${when} · ${who} · ${entry.action} · ${entry.subjectType}${details ? ` · ${details}` : ""}`;
    });
    return reply.private({ title, text: lines.join("\n"), context: ctx.t("admin.audit.footer", { zone }) });
  },
});
