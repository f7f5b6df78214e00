import { actedBy, audit } from "../../core/audit.js";
import { defineAction, defineSubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { UserError } from "../../core/errors.js";
import { matchLocale, type Locale } from "../../core/i18n/index.js";
import type { Action, Message } from "../../core/message.js";
import { reply } from "../../core/reply.js";
import { requireConfigurer } from "./access.js";
import {
  formatReminders,
  numbersOf,
  settingsFromText,
  settingsOptions,
  shiftSettingsFromText,
  shiftSettingsOptions,
} from "./settings-input.js";

/** A network's settings as stored. */
async function networkRow(ctx: Context) {
  return ctx.db.network.findUniqueOrThrow({ where: { id: ctx.network.id } });
}
type NetworkRow = Awaited<ReturnType<typeof networkRow>>;

const languageName = (ctx: Context, locale: string | null) => {
  const known = matchLocale(locale);
  return known ? ctx.t(`admin.language.${known}`) : ctx.t("admin.settings.off");
};

/** The values the two settings forms open with: what is stored now, as typed. */
function generalValues(row: NetworkRow): Record<string, string> {
  return {
    timezone: row.timeZone,
    language: row.locale,
    second: row.secondLocale ?? "off",
    freshness: String(row.updateFreshnessWeeks),
    reminders: formatReminders(numbersOf(row.reminderOffsets)) || "off",
  };
}

function shiftValues(row: NetworkRow): Record<string, string> {
  const hours = numbersOf(row.coverEscalationHours);
  return { approval: row.coverApproval ? "on" : "off", escalation: hours.map((h) => `${h}h`).join(" ") || "off" };
}

/** Every setting of the network, with buttons to change them where forms open. */
function settingsCard(ctx: Context, row: NetworkRow, title: string): Message {
  const general = generalValues(row);
  const shifts = shiftValues(row);
  const actions: Action[] = ctx.canOpenForms
    ? [
        {
          id: encodeCustomId("gather.settings-form", "general"),
          label: ctx.t("admin.settings.change"),
          style: "primary",
        },
        { id: encodeCustomId("gather.settings-form", "shifts"), label: ctx.t("admin.settings.change_shifts") },
      ]
    : [];
  return {
    title,
    fields: [
      { label: ctx.t("admin.opt.timezone"), value: row.timeZone },
      { label: ctx.t("admin.opt.language"), value: languageName(ctx, row.locale) },
      { label: ctx.t("admin.opt.second"), value: languageName(ctx, row.secondLocale) },
      {
        label: ctx.t("admin.settings.freshness"),
        value: ctx.t("admin.settings.weeks", { weeks: general.freshness ?? "" }),
      },
      { label: ctx.t("admin.opt.reminders"), value: general.reminders ?? "" },
      {
        label: ctx.t("admin.opt.approval"),
        value: ctx.t(row.coverApproval ? "admin.settings.on" : "admin.settings.off"),
      },
      { label: ctx.t("admin.opt.escalation"), value: shifts.escalation ?? "" },
    ],
    context: ctx.t("admin.settings.hint", {
      usage: ctx.t("admin.settings.usage", { command: ctx.commandText("gather") }),
    }),
    ...(actions.length ? { actions } : {}),
  };
}

/**
 * Stores the settings that differ from what is stored (a form sends them all),
 * with their audit record; then shows them all. Nothing given: just shows them.
 */
async function save(ctx: Context, given: Record<string, string | number | boolean | null>): Promise<Message> {
  const current = (await networkRow(ctx)) as unknown as Record<string, unknown>;
  const data = Object.fromEntries(Object.entries(given).filter(([column, value]) => current[column] !== value));
  if (Object.keys(given).length === 0)
    return settingsCard(ctx, current as unknown as NetworkRow, ctx.t("admin.settings.title"));
  if (Object.keys(data).length === 0)
    return settingsCard(ctx, current as unknown as NetworkRow, ctx.t("admin.settings.saved"));
  const row = await ctx.db.$transaction(async (tx) => {
    const updated = await tx.network.update({ where: { id: ctx.network.id }, data });
    await audit(tx, {
      ...actedBy(ctx),
      action: "network.settings_set",
      subjectType: "Network",
      subjectId: ctx.network.id,
      details: data,
    });
    return updated;
  });
  return settingsCard(ctx, row, ctx.t("admin.settings.saved"));
}

export const settingsSubcommand = defineSubcommand({
  name: "settings",
  descriptionKey: "admin.settings.description",
  usageKey: "admin.settings.usage",
  options: settingsOptions,
  fromText: settingsFromText,
  form: { titleKey: "admin.settings.form_title", submitKey: "update.form.save" },
  handle: async (ctx, input) => {
    await requireConfigurer(ctx);
    const current = await networkRow(ctx);
    const locale: Locale = input.language ?? matchLocale(current.locale) ?? "en";
    const second = input.second === undefined ? matchLocale(current.secondLocale) : input.second;
    if (second !== undefined && second !== "off" && second === locale)
      throw new UserError("admin.settings.second_same");
    const data: Record<string, string | number | null> = {
      ...(input.timezone !== undefined ? { timeZone: input.timezone } : {}),
      ...(input.language !== undefined ? { locale: input.language } : {}),
      ...(input.second !== undefined ? { secondLocale: input.second === "off" ? null : input.second } : {}),
      ...(input.freshness !== undefined ? { updateFreshnessWeeks: input.freshness } : {}),
      ...(input.reminders !== undefined ? { reminderOffsets: JSON.stringify(input.reminders) } : {}),
    };
    return reply.private(await save(ctx, data));
  },
});

export const shiftSettingsSubcommand = defineSubcommand({
  name: "shifts-settings",
  descriptionKey: "admin.shift_settings.description",
  usageKey: "admin.shift_settings.usage",
  options: shiftSettingsOptions,
  fromText: shiftSettingsFromText,
  form: { titleKey: "admin.shift_settings.form_title", submitKey: "update.form.save" },
  handle: async (ctx, input) => {
    await requireConfigurer(ctx);
    const data = {
      ...(input.approval !== undefined ? { coverApproval: input.approval } : {}),
      ...(input.escalation !== undefined ? { coverEscalationHours: JSON.stringify(input.escalation) } : {}),
    };
    return reply.private(await save(ctx, data));
  },
});

/** "Change settings" under the settings card: the form, filled with what is stored. */
export const settingsFormAction = defineAction({
  name: "gather.settings-form",
  role: "coordinator",
  handle: async (ctx, which) => {
    const row = await networkRow(ctx);
    if (which === "shifts") return reply.form(ctx.formFor("gather", "shifts-settings", { values: shiftValues(row) }));
    return reply.form(ctx.formFor("gather", "settings", { values: generalValues(row) }));
  },
});
