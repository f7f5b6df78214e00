import type { APIApplicationCommand, APIApplicationCommandOption } from "discord-api-types/v10";
import type { CommandJSON } from "./commands.js";

/**
 * Compares the commands Discord has with the ones Gather would register, so
 * that registration writes only when something really changed: Discord allows
 * 200 command creations a day per guild.
 */

/** What Discord returns for a registered command; guild commands lack the global-only fields. */
export type RegisteredCommand = Omit<APIApplicationCommand, "contexts" | "integration_types" | "dm_permission"> &
  Partial<Pick<APIApplicationCommand, "contexts" | "integration_types" | "dm_permission">>;

/** Where commands are registered: in every server the bot is in, or in one (instant, for development). */
export type CommandScope = "global" | "guild";

/** One difference, said for a person: "+ /update", "- /old", "~ /update: options.post.description". */
export type CommandChange =
  | { readonly kind: "added"; readonly name: string }
  | { readonly kind: "removed"; readonly name: string }
  | { readonly kind: "changed"; readonly name: string; readonly paths: readonly string[] };

/** A change as one line for a terminal. */
export function describeChange(change: CommandChange): string {
  switch (change.kind) {
    case "added":
      return `+ /${change.name}`;
    case "removed":
      return `- /${change.name}`;
    case "changed":
      return `~ /${change.name}: ${change.paths.join(", ")}`;
  }
}

/** The differences between what Discord has and what Gather wants, by command name. */
export function diffCommands(
  registered: readonly RegisteredCommand[],
  wanted: readonly CommandJSON[],
  scope: CommandScope,
): CommandChange[] {
  const have = new Map(registered.map((c) => [c.name, normaliseCommand(c, scope)]));
  const want = new Map(wanted.map((c) => [c.name, normaliseCommand(c, scope)]));
  const changes: CommandChange[] = [];
  for (const [name, command] of want) {
    const current = have.get(name);
    if (!current) changes.push({ kind: "added", name });
    else {
      const paths = differences(current, command, "");
      if (paths.length) changes.push({ kind: "changed", name, paths });
    }
  }
  for (const name of have.keys()) if (!want.has(name)) changes.push({ kind: "removed", name });
  return changes;
}

type Plain = string | number | boolean | null | readonly Plain[] | { readonly [key: string]: Plain };

/**
 * A command as a comparable value: only the fields a command is defined by
 * (not id, version or application_id), with Discord's defaults filled in on
 * both sides: Discord may leave out `required: false`, returns `null` for
 * unset localizations and permissions, and adds defaults we never sent.
 */
function normaliseCommand(command: RegisteredCommand | CommandJSON, scope: CommandScope): Plain {
  return {
    type: command.type ?? 1,
    name: command.name,
    description: command.description,
    name_localizations: localizations(command.name_localizations),
    description_localizations: localizations(command.description_localizations),
    default_member_permissions: command.default_member_permissions ?? null,
    nsfw: command.nsfw ?? false,
    // Guild commands have no contexts or install types: Discord drops them, so they cannot differ.
    ...(scope === "global"
      ? { contexts: sorted(command.contexts ?? null), integration_types: sorted(command.integration_types ?? [0]) }
      : {}),
    options: (command.options ?? []).map(normaliseOption),
  };
}

/** Every field an option may have; the ones Gather never sets still count, so a hand edit on Discord is noticed. */
function normaliseOption(option: APIApplicationCommandOption): Plain {
  const o = option as APIApplicationCommandOption & Record<string, unknown>;
  const optional = (key: string): Record<string, Plain> =>
    o[key] === undefined || o[key] === null ? {} : { [key]: o[key] as Plain };
  return {
    type: o.type,
    name: o.name,
    description: o.description,
    name_localizations: localizations(o.name_localizations),
    description_localizations: localizations(o.description_localizations),
    required: o.required ?? false,
    autocomplete: o.autocomplete === true,
    ...optional("choices"),
    ...optional("min_length"),
    ...optional("max_length"),
    ...optional("min_value"),
    ...optional("max_value"),
    ...optional("channel_types"),
    ...(Array.isArray(o.options) ? { options: (o.options as APIApplicationCommandOption[]).map(normaliseOption) } : {}),
  };
}

function localizations(map: Partial<Record<string, string | null>> | null | undefined): Plain {
  const entries = Object.entries(map ?? {}).filter((e): e is [string, string] => typeof e[1] === "string");
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

function sorted(list: readonly number[] | null): Plain {
  return list === null ? null : [...list].sort((a, b) => a - b);
}

/** The paths at which two plain values differ; options are named by their name, not their index. */
function differences(a: Plain, b: Plain, path: string): string[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [path || "(root)"];
    return a.flatMap((item, i) => differences(item, b[i] as Plain, join(path, nameOf(item) ?? String(i))));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) =>
      key in a && key in b ? differences(a[key] as Plain, b[key] as Plain, join(path, key)) : [join(path, key)],
    );
  }
  return a === b ? [] : [path || "(root)"];
}

function isRecord(value: Plain): value is { readonly [key: string]: Plain } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function nameOf(value: Plain): string | undefined {
  return isRecord(value) && typeof value.name === "string" ? value.name : undefined;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
