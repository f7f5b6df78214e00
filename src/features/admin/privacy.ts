import { defineAction, defineSubcommand, type ActionDefinition, type AnySubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { UserError } from "../../core/errors.js";
import { formatNumber, formatList } from "../../core/i18n/index.js";
import type { Field } from "../../core/message.js";
import { opt } from "../../core/options.js";
import { coordinatorsOf, tellCoordinators } from "../../core/people.js";
import { reply } from "../../core/reply.js";
import type { JobDefinition } from "../../scheduler/index.js";
import { audit } from "../../core/audit.js";
// Read only inside functions: src/features/index.ts imports admin and loads first (main.ts, scripts, the test setup).
import { folded } from "../index.js";
import { collectMemberData } from "./privacy-export.js";
import { forgetMember } from "./privacy-erase.js";
import { buildReport, parseRange, reportCsv, type ReportFigure } from "./report.js";
import { ensureRetention, retentionJobDefinition, retentionKinds, retentionOf } from "./retention.js";

/** A member's own data (export, erasure), the privacy notice, retention, and reports for funders. */

/** Plans the network's daily clean-up if it is not planned yet (any privacy command keeps it alive). */
const keepRetentionPlanned = (ctx: Context) => ensureRetention(ctx.db, ctx.network, ctx.clock.now());

const privacy = defineSubcommand({
  name: "privacy",
  descriptionKey: "privacy.description",
  options: {},
  handle: async (ctx) => {
    await keepRetentionPlanned(ctx);
    const network = await ctx.db.network.findUniqueOrThrow({
      where: { id: ctx.network.id },
      select: { retention: true },
    });
    const days = retentionOf(network.retention);
    const coordinators = await coordinatorsOf(ctx.db, ctx.network.id, { limit: 10 });
    const keep = retentionKinds().map(({ kind, label }) =>
      ctx.t("privacy.notice.keep_line", { kind: ctx.t(label), days: days[kind] ?? 0, count: days[kind] ?? 0 }),
    );
    const fields: Field[] = [
      { label: ctx.t("privacy.notice.what.label"), value: ctx.t("privacy.notice.what") },
      { label: ctx.t("privacy.notice.why.label"), value: ctx.t("privacy.notice.why") },
      {
        label: ctx.t("privacy.notice.how_long.label"),
        value: [...keep, ctx.t("privacy.notice.how_long.rest")].join("\n"),
      },
      {
        label: ctx.t("privacy.notice.rights.label"),
        value: ctx.t("privacy.notice.rights", {
          export: ctx.commandText("gather my-data"),
          forget: ctx.commandText("gather forget-me"),
        }),
      },
      {
        label: ctx.t("privacy.notice.contact.label"),
        value: coordinators.length
          ? ctx.t("privacy.notice.contact", {
              names: formatList(
                ctx.locale,
                coordinators.map((c) => c.displayName),
              ),
            })
          : ctx.t("privacy.notice.contact.none"),
      },
    ];
    return reply.private({
      title: ctx.t("privacy.notice.title", { network: ctx.network.name }),
      text: ctx.t("privacy.notice.intro", { network: ctx.network.name }),
      fields,
      context: ctx.t("privacy.notice.footer"),
    });
  },
});

const myData = defineSubcommand({
  name: "my-data",
  descriptionKey: "privacy.my_data.description",
  options: {},
  handle: async (ctx) => {
    await keepRetentionPlanned(ctx);
    const now = ctx.clock.now();
    const data = await collectMemberData(ctx.db, {
      networkId: ctx.network.id,
      memberId: ctx.member.id,
      timeZone: ctx.network.timeZone,
      now,
    });
    const rows = Object.values(data.tables).reduce((sum, rows) => sum + rows.length, 0);
    await audit(ctx.db, {
      networkId: ctx.network.id,
      actorId: ctx.member.id,
      action: "privacy.exported",
      subjectType: "member",
      subjectId: ctx.member.id,
      at: now,
      details: { rows },
    });
    ctx.log.info({ rows }, "member data exported");
    return reply.private({
      title: ctx.t("privacy.my_data.title"),
      text: ctx.t("privacy.my_data.text", { rows, tables: Object.keys(data.tables).length }),
      context: ctx.t("privacy.my_data.footer", { forget: ctx.commandText("gather forget-me") }),
      files: [
        {
          name: `gather-my-data-${now.toISOString().slice(0, 10)}.json`,
          contentType: "application/json",
          content: `${JSON.stringify(data, null, 2)}\n`,
        },
      ],
    });
  },
});

const forgetMe = defineSubcommand({
  name: "forget-me",
  descriptionKey: "privacy.forget.description",
  options: {},
  handle: async (ctx) =>
    reply.private({
      title: ctx.t("privacy.forget.title"),
      text: ctx.t("privacy.forget.question", { export: ctx.commandText("gather my-data") }),
      actions: [
        { id: encodeCustomId("privacy.forget", ctx.member.id), label: ctx.t("privacy.forget.yes"), style: "danger" },
        { id: encodeCustomId("privacy.keep", ctx.member.id), label: ctx.t("privacy.forget.no") },
      ],
    }),
});

/** Separator words between two days: "to", "i", "tot", "t/m", a dash. */
const RANGE_SEPARATORS = new Set(["to", "-", "–", "—", "..", "i", "tan", "tot", "t/m"]);

/**
 * "2026-01-01 2026-03-31" (two days written in figures, with or without "to" between) gives both
 * ends; anything else ("1 November 2026 to 30 November 2026", "1 Tachwedd 2026 i 30 Tachwedd 2026",
 * "November 2026", "last month", "vorige maand") is one text the date reader reads as the range.
 */
function rangeFromText(text: string): Record<string, string> | undefined {
  const words = text.split(/\s+/).filter((w) => w !== "" && !RANGE_SEPARATORS.has(w.toLowerCase()));
  const figures = words.length === 2 && words.every((w) => /^[\d./-]+$/.test(w));
  if (figures) return { from: words[0] ?? "", to: words[1] ?? "" };
  return { from: text.trim() };
}

const report = defineSubcommand({
  name: "report",
  descriptionKey: "privacy.report.description",
  usageKey: "privacy.report.usage",
  role: "coordinator",
  options: {
    from: opt.string({
      label: "privacy.report.from.label",
      description: "privacy.report.from.description",
      placeholder: "privacy.report.from.placeholder",
      max: 80,
    }),
    to: opt.optionalString({
      label: "privacy.report.to.label",
      description: "privacy.report.to.description",
      placeholder: "privacy.report.to.placeholder",
      max: 40,
    }),
  },
  fromText: rangeFromText,
  form: { titleKey: "privacy.report.form.title", submitKey: "privacy.report.form.submit" },
  handle: async (ctx, input) => {
    await keepRetentionPlanned(ctx);
    const range = parseRange(input.from, input.to, ctx.network.timeZone, {
      now: ctx.clock.now(),
      locale: ctx.locale,
      t: ctx.t,
    });
    const figures = await buildReport(ctx.db, ctx.network.id, range, ctx.clock.now());
    const label = (figure: ReportFigure) => ctx.t(figure.label);
    // The summary's two headline figures; a network without them reads 0.
    const headline = (name: string) => figures.find((f) => f.name === name)?.value ?? 0;
    const number = { format: (n: number) => formatNumber(ctx.locale, n, 2) };
    ctx.log.info({ days: Math.round((range.end.getTime() - range.start.getTime()) / 86_400_000) }, "report made");
    return reply.private({
      title: ctx.t("privacy.report.title", { from: range.from, to: range.to }),
      text: ctx.t("privacy.report.summary", {
        active: number.format(headline("activeMembers")),
        hours: number.format(headline("volunteerHours")),
      }),
      fields: figures.map((figure) => ({ label: label(figure), value: number.format(figure.value) })),
      context: ctx.t("privacy.report.footer", { zone: ctx.network.timeZone }),
      files: [
        {
          name: `gather-report-${range.from}-to-${range.to}.csv`,
          contentType: "text/csv",
          content: reportCsv(ctx.network.name, range, figures, label),
        },
      ],
    });
  },
});

/** "Yes, forget me": erases, then tells coordinators what they should know (shift places that came free). */
const forget = defineAction({
  name: "privacy.forget",
  handle: async (ctx, memberId) => {
    if (memberId !== ctx.member.id) throw new UserError("privacy.forget.not_yours");
    const now = ctx.clock.now();
    const networkId = ctx.network.id;
    const result = await ctx.db.$transaction((tx) =>
      forgetMember(tx, { networkId, memberId, now, provider: ctx.provider }),
    );
    ctx.log.info(
      { placesGivenUp: result.counts.placesGivenUp ?? 0, jobsCancelled: result.counts.jobsCancelled ?? 0 },
      "member forgotten",
    );
    return [
      reply.update({ text: ctx.t("privacy.forget.done") }),
      reply.after(async () => {
        // Cards in channels that showed their name or words: edited now they are erased (never throws).
        for (const card of result.cards) await folded.cards[card.type]?.(ctx, networkId, card.id);
        // Then what coordinators should know (shift places that came free), once she has her answer.
        for (const notice of result.notices) await tellCoordinators(ctx.db, ctx.delivery, networkId, notice);
      }),
    ];
  },
});

const keep = defineAction({
  name: "privacy.keep",
  handle: async (ctx) => reply.update({ text: ctx.t("privacy.forget.kept") }),
});

export const privacySubcommands: readonly AnySubcommand[] = [privacy, myData, forgetMe, report];
export const privacyActions: readonly ActionDefinition[] = [forget, keep];
export const privacyJobs: readonly JobDefinition[] = [retentionJobDefinition];
