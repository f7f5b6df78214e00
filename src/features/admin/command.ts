import { defineCommand, defineSubcommand } from "../../core/command.js";
import { everyCommandLines } from "../../core/help.js";
import { reply } from "../../core/reply.js";
import { governanceSubcommands } from "./governance.js";
import { privacySubcommands } from "./privacy.js";

const help = defineSubcommand({
  name: "help",
  descriptionKey: "gather.help.description",
  options: {},
  handle: async (ctx) => {
    // Every command, with the subcommands this member may use (coordinators and admins: theirs too).
    return reply.private({
      title: ctx.t("gather.help.title"),
      text: everyCommandLines(ctx).join("\n"),
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
