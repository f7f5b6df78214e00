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
  settingsFromText,
  settingsOptions,
  shiftSettingsFromText,
  shiftSettingsOptions,
} from "./settings-input.js";
import { SettingsStore, type NetworkSettings, type SettingsChange } from "./settings-store.js";

const settingsOf = (ctx: Context) => new SettingsStore(ctx.db);

const languageName = (ctx: Context, locale: string | null) => {
  const known = matchLocale(locale);
  return known ? ctx.t(`admin.language.${known}`) : ctx.t("admin.settings.off");
};

/** The values the two settings forms open with: what is stored now, as typed. */
function generalValues(settings: NetworkSettings): Record<string, string> {
  return {
    timezone: settings.timeZone,
    language: settings.locale,
    second: settings.secondLocale ?? "off",
    freshness: String(settings.freshnessWeeks),
    reminders: formatReminders(settings.reminders) || "off",
  };
}

function shiftValues(settings: NetworkSettings): Record<string, string> {
  const hours = settings.coverEscalationHours;
  return {
    approval: settings.coverApproval ? "on" : "off",
    escalation: hours.map((h) => `${h}h`).join(" ") || "off",
  };
}

/** "12 weeks"; a number no form can set (none, 0) reads "not set", never a bare " weeks". */
function freshnessText(ctx: Context, weeks: number | null | undefined): string {
  return typeof weeks === "number" && Number.isInteger(weeks) && weeks > 0
    ? ctx.t("admin.settings.weeks", { weeks, count: weeks })
    : ctx.t("admin.settings.not_set");
}

/** Every setting of the network, with buttons to change them where forms open. */
function settingsCard(ctx: Context, settings: NetworkSettings, title: string): Message {
  const general = generalValues(settings);
  const shifts = shiftValues(settings);
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
      { label: ctx.t("admin.opt.timezone"), value: settings.timeZone },
      { label: ctx.t("admin.opt.language"), value: languageName(ctx, settings.locale) },
      { label: ctx.t("admin.opt.second"), value: languageName(ctx, settings.secondLocale) },
      { label: ctx.t("admin.settings.freshness"), value: freshnessText(ctx, settings.freshnessWeeks) },
      { label: ctx.t("admin.opt.reminders"), value: general.reminders ?? "" },
      {
        label: ctx.t("admin.opt.approval"),
        value: ctx.t(settings.coverApproval ? "admin.settings.on" : "admin.settings.off"),
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
async function save(ctx: Context, change: SettingsChange): Promise<Message> {
  if (Object.keys(change).length === 0)
    return settingsCard(ctx, await settingsOf(ctx).of(ctx.network.id), ctx.t("admin.settings.title"));
  const saved = await settingsOf(ctx).change(ctx.network.id, change, ctx.member.id, ctx.clock.now());
  return settingsCard(ctx, saved, ctx.t("admin.settings.saved"));
}

export const settingsSubcommand = defineSubcommand({
  name: "settings",
  descriptionKey: "admin.settings.description",
  usageKey: "admin.settings.usage",
  shownTo: "coordinator",
  options: settingsOptions,
  fromText: settingsFromText,
  form: { titleKey: "admin.settings.form_title", submitKey: "update.form.save" },
  handle: async (ctx, input) => {
    await requireConfigurer(ctx);
    const current = await settingsOf(ctx).of(ctx.network.id);
    const locale: Locale = input.language ?? matchLocale(current.locale) ?? "en";
    const second = input.second === undefined ? matchLocale(current.secondLocale) : input.second;
    if (second !== undefined && second !== "off" && second === locale)
      throw new UserError("admin.settings.second_same");
    const change: SettingsChange = {
      ...(input.timezone !== undefined ? { timeZone: input.timezone } : {}),
      ...(input.language !== undefined ? { locale: input.language } : {}),
      ...(input.second !== undefined ? { secondLocale: input.second === "off" ? null : input.second } : {}),
      ...(input.freshness !== undefined ? { freshnessWeeks: input.freshness } : {}),
      ...(input.reminders !== undefined ? { reminders: input.reminders } : {}),
    };
    return reply.private(await save(ctx, change));
  },
});

export const shiftSettingsSubcommand = defineSubcommand({
  name: "shifts-settings",
  descriptionKey: "admin.shift_settings.description",
  usageKey: "admin.shift_settings.usage",
  shownTo: "coordinator",
  options: shiftSettingsOptions,
  fromText: shiftSettingsFromText,
  form: { titleKey: "admin.shift_settings.form_title", submitKey: "update.form.save" },
  handle: async (ctx, input) => {
    await requireConfigurer(ctx);
    const change: SettingsChange = {
      ...(input.approval !== undefined ? { coverApproval: input.approval } : {}),
      ...(input.escalation !== undefined ? { coverEscalationHours: input.escalation } : {}),
    };
    return reply.private(await save(ctx, change));
  },
});

/**
 * The same shift settings as `/shift settings approval:on hours:72,24,4` (the README's way): one
 * handler, stored and audited the same; added to `/shift` by the admin feature (index.ts).
 */
export const shiftSettingsUnderShift = {
  ...shiftSettingsSubcommand,
  name: "settings",
  usageKey: "admin.shift_settings.usage_shift",
  // Its form, if a platform opens one, is /gather shifts-settings' (the same fields).
  form: undefined,
} as const;

/** "Change settings" under the settings card: the form, filled with what is stored. */
export const settingsFormAction = defineAction({
  name: "gather.settings-form",
  role: "coordinator",
  handle: async (ctx, which) => {
    const settings = await settingsOf(ctx).of(ctx.network.id);
    if (which === "shifts")
      return reply.form(ctx.formFor("gather", "shifts-settings", { values: shiftValues(settings) }));
    return reply.form(ctx.formFor("gather", "settings", { values: generalValues(settings) }));
  },
});
