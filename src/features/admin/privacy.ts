import type { ActionDefinition, AnySubcommand } from "../../core/command.js";
import type { JobDefinition } from "../../scheduler/index.js";

/** A member's own data (export, erasure), the privacy notice, retention, and reports for funders. */
export const privacySubcommands: readonly AnySubcommand[] = [];
export const privacyActions: readonly ActionDefinition[] = [];
export const privacyJobs: readonly JobDefinition[] = [];
