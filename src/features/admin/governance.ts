import type { ActionDefinition, AnySubcommand } from "../../core/command.js";
import type { JobDefinition } from "../../scheduler/index.js";

/** Roles, settings, channels, linking spaces and accounts, languages, the audit list. */
export const governanceSubcommands: readonly AnySubcommand[] = [];
export const governanceActions: readonly ActionDefinition[] = [];
export const governanceJobs: readonly JobDefinition[] = [];
