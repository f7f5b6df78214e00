import { defineSubcommand, type AnySubcommand, type ActionDefinition, type CommandDefinition } from "./command.js";
import { ErrorCode, GatherError } from "../errors.js";
import { reply } from "./reply.js";

/**
 * The commands and buttons Gather knows, as every adapter and generator sees
 * them. Each command gets a `help` subcommand, so `/update help` works on
 * every platform without being written per feature.
 */
export class Registry {
  readonly commands: readonly CommandDefinition[];
  readonly #actions: ReadonlyMap<string, ActionDefinition>;

  constructor(commands: readonly CommandDefinition[], actions: readonly ActionDefinition[]) {
    this.commands = commands.map(withHelp);
    this.#actions = new Map(actions.map((a) => [a.name, a]));
    if (this.#actions.size !== actions.length)
      throw new GatherError(ErrorCode.DuplicateName, "two actions share one name");
  }

  command(name: string): CommandDefinition | undefined {
    return this.commands.find((c) => c.name === name.toLowerCase());
  }

  action(name: string): ActionDefinition | undefined {
    return this.#actions.get(name);
  }
}

function withHelp(command: CommandDefinition): CommandDefinition {
  if (command.subcommands.some((s) => s.name === "help")) return command;
  return { ...command, subcommands: [...command.subcommands, helpSubcommand(command)] };
}

function helpSubcommand(command: CommandDefinition): AnySubcommand {
  return defineSubcommand({
    name: "help",
    descriptionKey: "help.description",
    options: {},
    handle: async (ctx) => {
      const lines = command.subcommands.map((sub) => {
        const usage = sub.usageKey ? `\n    ${ctx.t(sub.usageKey, { command: ctx.commandText(command.name) })}` : "";
        return `• ${ctx.commandText(command.name)} ${sub.name} — ${ctx.t(sub.descriptionKey)}${usage}`;
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
