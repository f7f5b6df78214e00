import { defineCommand, defineSubcommand } from "../../core/command.js";
import { reply } from "../../core/reply.js";
import { governanceSubcommands } from "./governance.js";
import { privacySubcommands } from "./privacy.js";

const help = defineSubcommand({
  name: "help",
  descriptionKey: "gather.help.description",
  options: {},
  handle: async (ctx) => {
    const lines = ctx.commands.map((c) => `• ${ctx.commandText(c.name)} — ${ctx.t(c.descriptionKey)}`);
    return reply.private({
      title: ctx.t("gather.help.title"),
      text: lines.join("\n"),
      context: ctx.t("gather.help.footer", { example: ctx.commandText("update help") }),
    });
  },
});

/** `/gather`: the bot itself — help, roles and settings (governance.ts), privacy and reports (privacy.ts). */
export const gatherCommand = defineCommand({
  name: "gather",
  descriptionKey: "gather.description",
  defaultSubcommand: "help",
  subcommands: [help, ...governanceSubcommands, ...privacySubcommands],
});
