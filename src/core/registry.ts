import type { ActionDefinition, CommandDefinition } from "./command.js";
import { ErrorCode, GatherError } from "../errors.js";
import { helpSubcommand } from "./help.js";
import { verbsOf } from "./words.js";

/**
 * The commands and buttons Gather knows, as every adapter and generator sees
 * them. Each command gets a `help` subcommand, so `/update help` works on
 * every platform without being written per feature.
 */
export class Registry {
  readonly commands: readonly CommandDefinition[];
  readonly #actions: ReadonlyMap<string, ActionDefinition>;
  /** Every word that names something to do: subcommands, buttons' verbs, "help" (see words.ts). */
  readonly verbs: ReadonlySet<string>;

  constructor(commands: readonly CommandDefinition[], actions: readonly ActionDefinition[]) {
    this.commands = commands.map(withHelp);
    this.#actions = new Map(actions.map((a) => [a.name, a]));
    if (this.#actions.size !== actions.length)
      throw new GatherError(ErrorCode.DuplicateName, "two actions share one name");
    this.verbs = verbsOf(this.commands, [...this.#actions.keys()]);
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
