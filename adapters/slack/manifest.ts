import { fileURLToPath } from "node:url";
import type { webApi } from "@slack/bolt";
import type { CommandDefinition } from "../../src/core/command.js";
import { translate } from "../../src/core/i18n/index.js";
import type { Registry } from "../../src/core/registry.js";
import { SlackLimits } from "./limits.js";
import { fitPlain } from "./mrkdwn.js";
import { EVENTS_PATH } from "./transport.js";

/** Slack's app manifest, as the Web API's apps.manifest.* methods type it. */
export type SlackManifest = webApi.AppsManifestCreateArguments["manifest"];

/**
 * What the bot may do, and why each scope is needed:
 * commands (slash commands), chat:write (post cards and replies),
 * chat:write.public (post in public channels without being invited first),
 * im:write (open DMs for reminders), users:read (names and admins for roles),
 * files:write (share exports, in the member's DM or a channel).
 */
export const BOT_SCOPES = [
  "commands",
  "chat:write",
  "chat:write.public",
  "im:write",
  "users:read",
  "files:write",
] as const;

export interface SlackManifestOptions {
  /**
   * The public base URL Slack should post to (HTTP mode), e.g.
   * "https://gather.example.org". Absent: Socket Mode, no URL needed.
   */
  readonly publicBaseUrl?: string | undefined;
}

const APP = {
  name: "Gather",
  description: "Project updates, help requests, volunteer shifts and meetings for community networks.",
  color: "#2d5b4e",
} as const;

/** The committed manifest (Socket Mode), written by `npm run slack:manifest` and kept current by a test. */
export const MANIFEST_PATH = fileURLToPath(new URL("./manifest.json", import.meta.url));

/** Slack allows 140 characters of short description in display_information. */
const DESCRIPTION_MAX = 140;

/**
 * The Slack app manifest, generated from the registry so a command is never
 * declared twice: each command with its English description and a usage
 * hint built from its subcommands. Socket Mode unless a public URL is given.
 */
export function slackManifest(registry: Registry, options: SlackManifestOptions = {}): SlackManifest {
  const requestUrl = options.publicBaseUrl ? `${options.publicBaseUrl.replace(/\/+$/, "")}${EVENTS_PATH}` : undefined;
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: APP.name,
      description: fitPlain(APP.description, DESCRIPTION_MAX),
      background_color: APP.color,
    },
    features: {
      bot_user: { display_name: APP.name, always_online: true },
      slash_commands: registry.commands.map((command) => ({
        command: `/${command.name}`,
        description: fitPlain(translate("en", command.descriptionKey), SlackLimits.slashCommandDescription),
        usage_hint: fitPlain(usageHint(command), SlackLimits.slashCommandUsageHint),
        // Mentions arrive as <@U123|handle>, so a member is named by their user id, never by a
        // name; adapters/slack/command-text.ts turns them, links and &amp; &lt; &gt; into the core's text.
        should_escape: true,
        ...(requestUrl ? { url: requestUrl } : {}),
      })),
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      interactivity: { is_enabled: true, ...(requestUrl ? { request_url: requestUrl } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: requestUrl === undefined,
      token_rotation_enabled: false,
    },
  };
}

/** The manifest file as committed: stable key order, two-space indent, final newline. */
export function manifestJson(manifest: SlackManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * "Title | One paragraph … | https://link … · help": the default subcommand's
 * usage first, then the others, each as typed after the command.
 */
function usageHint(command: CommandDefinition): string {
  const ordered = [...command.subcommands].sort((a, b) => rank(command, a.name) - rank(command, b.name));
  return ordered
    .map((sub) => (sub.usageKey ? translate("en", sub.usageKey, { command: "" }).trim() : sub.name))
    .join(" · ");
}

function rank(command: CommandDefinition, name: string): number {
  return name === command.defaultSubcommand ? 0 : 1;
}
