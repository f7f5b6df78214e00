import type { ActionDefinition, AnySubcommand } from "../../core/command.js";
import type { JobDefinition } from "../../scheduler/index.js";
import { auditSubcommand } from "./audit-list.js";
import { channelSubcommand } from "./channels.js";
import { languageSubcommand } from "./language.js";
import { linkSubcommand } from "./link.js";
import { roleSubcommand } from "./roles.js";
import { settingsFormAction, settingsSubcommand, shiftSettingsSubcommand } from "./settings.js";

/** Roles, settings, channels, linking spaces and accounts, languages, the audit list. */
export const governanceSubcommands: readonly AnySubcommand[] = [
  settingsSubcommand,
  shiftSettingsSubcommand,
  channelSubcommand,
  roleSubcommand,
  linkSubcommand,
  languageSubcommand,
  auditSubcommand,
];
export const governanceActions: readonly ActionDefinition[] = [settingsFormAction];
export const governanceJobs: readonly JobDefinition[] = [];
