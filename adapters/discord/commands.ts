import type {
  APIApplicationCommandBasicOption,
  APIApplicationCommandSubcommandOption,
  LocalizationMap,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  Locale as DiscordLocale,
} from "discord.js";
import type { AnySubcommand, CommandDefinition } from "../../src/core/command.js";
import { ErrorCode, GatherError } from "../../src/errors.js";
import { translate, type Locale, type MessageKey, type MessageParams } from "../../src/core/i18n/index.js";
import type { OptionKind, OptionMeta } from "../../src/core/options.js";
import type { Registry } from "../../src/core/registry.js";
import { DiscordLimits } from "./limits.js";
import { truncate } from "./markdown.js";

/** One of Gather's slash commands as Discord registers it. */
export type CommandJSON = RESTPostAPIChatInputApplicationCommandsJSONBody;

/**
 * The Discord locales our catalogues fill. English is the default text; Discord
 * has no Welsh locale, so Welsh readers see English in the command picker
 * (Gather's replies still follow their own language).
 */
const LOCALISED: ReadonlyArray<readonly [Locale, DiscordLocale]> = [["nl", DiscordLocale.Dutch]];

const OPTION_TYPE = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
} as const satisfies Record<OptionKind, ApplicationCommandOptionType>;

/**
 * Discord application commands generated from the registry: one slash command
 * per Gather command, each with its subcommands and typed options. Never
 * written by hand, so Discord always offers what the core accepts.
 */
export function buildApplicationCommands(registry: Registry): CommandJSON[] {
  return registry.commands.map(commandJSON);
}

function commandJSON(command: CommandDefinition): CommandJSON {
  return {
    type: ApplicationCommandType.ChatInput,
    name: checkedName(command.name),
    ...describe(command.descriptionKey),
    // Gather works per server: its commands are not offered in DMs or as a user-installed app.
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: command.subcommands.map(subcommandJSON),
  };
}

function subcommandJSON(sub: AnySubcommand): APIApplicationCommandSubcommandOption {
  const options = Object.entries(sub.options).map(([name, option]) =>
    // With a form, the form asks for the options, so none is required on Discord, except the
    // form's argument (what an edit form is about), which the form cannot ask for.
    optionJSON(name, option.meta, option.meta.required && (!sub.form || name === sub.form.argOption)),
  );
  if (options.length > DiscordLimits.optionsPerCommand) {
    throw new GatherError(
      ErrorCode.PlatformLimitExceeded,
      `/${sub.name} has ${options.length} options; Discord allows ${DiscordLimits.optionsPerCommand}`,
    );
  }
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: checkedName(sub.name),
    ...describe(sub.descriptionKey),
    // Discord refuses a required option after an optional one; sort() is stable, so the order is kept otherwise.
    options: options.sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false)),
  };
}

function optionJSON(name: string, meta: OptionMeta, required: boolean): APIApplicationCommandBasicOption {
  const base = { name: checkedName(name), ...describe(meta.descriptionKey, meta.descriptionParams), required };
  switch (meta.kind) {
    case "string":
      return {
        ...base,
        type: OPTION_TYPE.string,
        ...(meta.maxLength ? { max_length: Math.min(meta.maxLength, DiscordLimits.stringOptionLength) } : {}),
      };
    case "integer":
      return {
        ...base,
        type: OPTION_TYPE.integer,
        ...(meta.min !== undefined ? { min_value: meta.min } : {}),
        ...(meta.max !== undefined ? { max_value: meta.max } : {}),
      };
    case "boolean":
      return { ...base, type: OPTION_TYPE.boolean };
  }
}

/** The English description, and the other languages Discord can show, each within Discord's 100 characters. */
function describe(
  key: MessageKey,
  params?: MessageParams,
): { description: string; description_localizations?: LocalizationMap } {
  const text = (locale: Locale) => truncate(translate(locale, key, params), DiscordLimits.commandDescription);
  const description = text("en");
  const localizations: LocalizationMap = {};
  for (const [ours, theirs] of LOCALISED) {
    const translated = text(ours);
    if (translated !== description) localizations[theirs] = translated;
  }
  return Object.keys(localizations).length
    ? { description, description_localizations: localizations }
    : { description };
}

/** Discord's rule for command and option names: 1–32 lower-case letters, digits, `-` or `_`. */
const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

function checkedName(name: string): string {
  if (!NAME.test(name) || name.length > DiscordLimits.commandName) {
    throw new GatherError(
      ErrorCode.PlatformLimitExceeded,
      `"${name}" cannot be a Discord command or option name (1–32 lower-case characters)`,
    );
  }
  return name;
}
