/** What a coordinator watches: shifts at risk (uncovered, unfilled) and volunteer hours. */
import { defineSubcommand } from "../../core/command.js";
import { hasRole } from "../../core/domain.js";
import { UserError } from "../../core/errors.js";
import { formatNumber } from "../../core/i18n/index.js";
import type { Inline } from "../../core/message.js";
import { reply } from "../../core/reply.js";
import { storesOf } from "./access.js";
import { freePlaces, memberInline } from "./card.js";
import type { CompletedPlace, StoredShift } from "./domain.js";
import { hoursOptions } from "./input.js";

/** Uncovered requests and shifts with free places in the coming week. */
export const atRisk = defineSubcommand({
  name: "at-risk",
  descriptionKey: "shift.at_risk.description",
  role: "coordinator",
  options: {},
  handle: async (ctx) => {
    const now = ctx.clock.now();
    const stores = storesOf(ctx);
    const covers = await stores.covers.uncovered(ctx.network.id, now);
    const week = new Date(now.getTime() + 7 * 24 * 3600 * 1000);
    const soon = (await stores.rota.upcoming(ctx.network.id, now, 100)).filter(
      (s) => s.startsAt <= week && freePlaces(s) > 0,
    );
    if (covers.length === 0 && soon.length === 0)
      return reply.private({ title: ctx.t("shift.at_risk.title"), text: ctx.t("shift.at_risk.none") });
    const text: Inline[] = [];
    for (const c of covers) {
      const shift = (await stores.rota.byId(c.shiftId)) as StoredShift;
      const holder = shift.holders.find((h) => h.assignmentId === c.assignmentId);
      if (text.length) text.push("\n");
      text.push(
        `${ctx.t(c.status === "open" ? "shift.at_risk.cover" : "shift.at_risk.pending", { number: shift.number, role: shift.role })} · `,
        { kind: "time", at: shift.startsAt, style: "datetime" },
        " · ",
        memberInline(holder?.name ?? "?"),
      );
    }
    for (const s of soon) {
      if (text.length) text.push("\n");
      text.push(`${ctx.t("shift.at_risk.unfilled", { number: s.number, role: s.role, free: freePlaces(s) })} · `, {
        kind: "time",
        at: s.startsAt,
        style: "datetime",
      });
    }
    return reply.private({ title: ctx.t("shift.at_risk.title"), text });
  },
});

const hoursOf = (places: readonly CompletedPlace[]) =>
  places.reduce((sum, p) => sum + (p.endsAt.getTime() - p.startsAt.getTime()) / 3_600_000, 0);
/** The CSV's hours: one decimal, always with a point (a spreadsheet reads it in any language). */
const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toString();

/** A member's completed hours; with "all", everyone's for a coordinator, as a CSV too. */
export const hours = defineSubcommand({
  name: "hours",
  descriptionKey: "shift.hours.description",
  usageKey: "shift.hours.usage",
  options: hoursOptions,
  handle: async (ctx, input) => {
    const now = ctx.clock.now();
    const stores = storesOf(ctx);
    if (!input.scope) {
      const rows = await stores.hours.completed(ctx.network.id, now, ctx.member.id);
      return reply.private(
        ctx.t(rows.length ? "shift.hours.mine" : "shift.hours.none", {
          hours: formatNumber(ctx.locale, hoursOf(rows)),
          count: rows.length,
        }),
      );
    }
    if (input.scope.toLowerCase() !== "all")
      throw new UserError("error.usage", { usage: ctx.t("shift.hours.usage", { command: ctx.commandText("shift") }) });
    if (!hasRole(ctx.member.role, "coordinator"))
      throw new UserError("error.role_required", { role: ctx.t("role.coordinator") });
    const rows = await stores.hours.completed(ctx.network.id, now);
    const byMember = new Map<string, typeof rows>();
    for (const row of rows) byMember.set(row.memberId, [...(byMember.get(row.memberId) ?? []), row]);
    const names = await stores.people.namesOf([...byMember.keys()]);
    const totals = [...names]
      .map(([id, name]) => ({
        name,
        count: byMember.get(id)?.length ?? 0,
        hours: hoursOf(byMember.get(id) ?? []),
      }))
      .sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name));
    if (totals.length === 0)
      return reply.private({ title: ctx.t("shift.hours.all_title"), text: ctx.t("shift.hours.all_none") });
    const total = totals.reduce((sum, m) => sum + m.hours, 0);
    const csv = [
      "volunteer,shifts,hours",
      ...totals.map(
        (m) =>
          `"${(/^[=+\-@]/.test(m.name) ? `'${m.name}` : m.name).replaceAll('"', '""')}",${m.count},${oneDecimal(m.hours)}`,
      ),
    ].join("\r\n");
    return reply.private({
      title: ctx.t("shift.hours.all_title"),
      text: totals
        .map(
          (m) =>
            `• ${m.name}: ${ctx.t("shift.hours.line", { hours: formatNumber(ctx.locale, m.hours), count: m.count })}`,
        )
        .join("\n"),
      context: ctx.t("shift.hours.total", {
        hours: formatNumber(ctx.locale, total),
        count: rows.length,
        people: totals.length,
      }),
      files: [
        {
          name: `volunteer-hours-${now.toISOString().slice(0, 10)}.csv`,
          contentType: "text/csv",
          content: `${csv}\r\n`,
        },
      ],
    });
  },
});
