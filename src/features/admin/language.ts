import { defineSubcommand } from "../../core/command.js";
import { matchLocale, translator, type Locale } from "../../core/i18n/index.js";
import { opt } from "../../core/options.js";
import { reply } from "../../core/reply.js";
import { z } from "zod";
import { LanguageStore } from "./language-store.js";
import { readLocale } from "./settings-input.js";

const languageSchema = z
  .string()
  .optional()
  .transform((text, issue): Locale | "auto" | undefined => {
    if (text === undefined) return undefined;
    const word = text.trim().toLowerCase();
    if (word === "auto") return "auto";
    const locale = readLocale(word);
    if (locale) return locale;
    issue.addIssue({ code: "custom", message: "admin.language.invalid" });
    return z.NEVER;
  });

/** `/gather language cy`: the member's own language; `auto` goes back to the platform's (then the network's). */
export const languageSubcommand = defineSubcommand({
  name: "language",
  descriptionKey: "admin.language.description",
  usageKey: "admin.language.usage",
  options: {
    language: opt.parsedString(
      { label: "admin.opt.language", description: "admin.opt.my_language.description", max: 20, required: false },
      languageSchema,
    ),
  },
  handle: async (ctx, input) => {
    const chosen = input.language;
    if (chosen === undefined) {
      const current = matchLocale(ctx.member.locale);
      return reply.private(
        current
          ? ctx.t("admin.language.current", { language: ctx.t(`admin.language.${current}`) })
          : ctx.t("admin.language.current_auto", { language: ctx.t(`admin.language.${ctx.locale}`) }),
      );
    }
    await new LanguageStore(ctx.db).choose({ id: ctx.member.id, networkId: ctx.network.id }, chosen, ctx.clock.now());
    // Answered in the language just chosen; "auto" answers in the platform's (or network's) language from now on.
    if (chosen === "auto") return reply.private(ctx.t("admin.language.auto_done"));
    const t = translator(chosen);
    return reply.private(t("admin.language.done", { language: t(`admin.language.${chosen}`) }));
  },
});
