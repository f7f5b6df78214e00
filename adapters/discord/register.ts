import type {
  RESTGetCurrentApplicationResult,
  RESTPutAPIApplicationGuildCommandsJSONBody,
} from "discord-api-types/v10";
import { Routes, type REST } from "discord.js";
import { diffCommands, type CommandChange, type CommandScope, type RegisteredCommand } from "./command-diff.js";
import type { CommandJSON } from "./commands.js";

/** What {@link registerCommands} registers, where, and with which client. */
export interface RegisterOptions {
  /** A REST client with the bot token set (and `api` pointing at Discord or a fake). */
  readonly rest: REST;
  /** Fetched from Discord (`GET /applications/@me`) when not given. */
  readonly applicationId?: string | undefined;
  /** Registers in this guild (instant; for development and single-server networks) rather than globally. */
  readonly guildId?: string | undefined;
  readonly commands: readonly CommandJSON[];
}

/** What registration found and did. */
export interface RegisterResult {
  readonly scope: CommandScope;
  readonly applicationId: string;
  /** Whether the commands were written (a bulk overwrite); false when Discord already had them. */
  readonly written: boolean;
  readonly changes: readonly CommandChange[];
}

/**
 * Makes Discord's commands match Gather's: reads what is registered, and only
 * when it differs overwrites the whole set in one request. Never writes
 * blindly: Discord allows 200 command creations a day per guild, and a
 * restart loop that re-registers would use them up.
 */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const { rest, guildId, commands } = options;
  const applicationId =
    options.applicationId ?? ((await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult).id;
  const scope: CommandScope = guildId ? "guild" : "global";
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const wanted = scope === "guild" ? commands.map(forGuild) : [...commands];

  // Without with_localizations Discord returns only the caller's language,
  // and every run would look like a change.
  const registered = (await rest.get(route, {
    query: new URLSearchParams({ with_localizations: "true" }),
  })) as RegisteredCommand[];
  const changes = diffCommands(registered, wanted, scope);
  if (changes.length === 0) return { scope, applicationId, written: false, changes };

  await rest.put(route, { body: wanted });
  return { scope, applicationId, written: true, changes };
}

/** Guild commands have no install contexts (Discord drops them): leave them out, so nothing looks changed. */
function forGuild(command: CommandJSON): CommandJSON {
  const { contexts: _contexts, integration_types: _types, ...rest } = command;
  return rest satisfies RESTPutAPIApplicationGuildCommandsJSONBody[number];
}
