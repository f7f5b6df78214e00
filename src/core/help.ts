/**
 * Help, written once for every command: what a command can do (`/shift help`), what one subcommand
 * does (`/gather my-data help`), and every command with the subcommands the member may use (the
 * top-level help, `/gather help`). Members see what they may run; coordinators and admins see theirs
 * on a line of their own.
 */
import { defineSubcommand, type AnySubcommand, type CommandDefinition } from "./command.js";
import type { Context } from "./context.js";
import { hasRole, ROLES } from "./domain.js";
import { reply, type Reply } from "./reply.js";
import { mayUse } from "./words.js";

const usageOf = (ctx: Context, command: CommandDefinition, sub: AnySubcommand) =>
  sub.usageKey ? ctx.t(sub.usageKey, { command: ctx.commandText(command.name) }) : undefined;

/** `/shift help`: each subcommand the member may use, with its usage. */
export function helpSubcommand(command: CommandDefinition): AnySubcommand {
  return defineSubcommand({
    name: "help",
    descriptionKey: "help.description",
    options: {},
    handle: async (ctx) => {
      const lines = command.subcommands
        .filter((sub) => sub.name !== "help" && mayUse(ctx.member.role, sub))
        .map((sub) => {
          const usage = usageOf(ctx, command, sub);
          return `• ${ctx.commandText(command.name)} ${sub.name} — ${ctx.t(sub.descriptionKey)}${usage ? `\n    ${usage}` : ""}`;
        });
      lines.push(`• ${ctx.commandText(command.name)} help — ${ctx.t("help.description")}`);
      return reply.private({
        title: ctx.t("help.title", { command: ctx.commandText(command.name) }),
        text: lines.join("\n"),
        context: ctx.t("help.footer"),
      });
    },
  });
}

/** `/gather my-data help`: what this one subcommand does and how to write it; nothing is run. */
export function subcommandHelp(ctx: Context, command: CommandDefinition, sub: AnySubcommand): Reply {
  const name = `${ctx.commandText(command.name)} ${sub.name}`;
  const usage = usageOf(ctx, command, sub);
  return reply.private({
    title: ctx.t("words.help.one", { command: name }),
    text: [ctx.t(sub.descriptionKey), ...(usage ? [ctx.t("words.usage", { usage })] : [])].join("\n"),
    context: ctx.t("words.more", { help: ctx.commandText(`${command.name} help`) }),
  });
}

/**
 * The top-level help's lines: each command, then the subcommands everyone may use, then a line
 * for each role above member that the reader holds ("For coordinators: add, import, …").
 */
export function everyCommandLines(ctx: Context): string[] {
  return ctx.commands.flatMap((command) => {
    const lines = [`• ${ctx.commandText(command.name)} — ${ctx.t(command.descriptionKey)}`];
    for (const role of ROLES) {
      if (!hasRole(ctx.member.role, role)) continue;
      const names = command.subcommands
        .filter((sub) => (sub.shownTo ?? sub.role ?? "member") === role)
        .map((sub) => sub.name);
      if (names.length === 0) continue;
      const list = names.join(", ");
      lines.push(
        `    ${role === "member" ? list : ctx.t(role === "admin" ? "words.help.admin" : "words.help.coordinator", { subcommands: list })}`,
      );
    }
    return lines;
  });
}
