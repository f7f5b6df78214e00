import type { ActionDefinition, CommandDefinition } from "../core/command.js";
import { Registry } from "../core/registry.js";
import type { JobDefinition } from "../scheduler/index.js";
import type { HttpRoute } from "../core/http.js";
import { gatherCommand } from "./admin/command.js";
import { governanceActions, governanceJobs } from "./admin/governance.js";
import { privacyActions, privacyJobs } from "./admin/privacy.js";
import { helpActions } from "./help/actions.js";
import { askCommand, offerCommand } from "./help/command.js";
import { helpJobs } from "./help/jobs.js";
import { updateActions } from "./updates/actions.js";
import { updateCommand } from "./updates/command.js";
import { updateJobs } from "./updates/jobs.js";
import { shiftActions } from "./shifts/actions.js";
import { shiftCommand } from "./shifts/command.js";
import { shiftJobs } from "./shifts/jobs.js";
import { meetingActions } from "./meetings/actions.js";
import { meetingCommand } from "./meetings/command.js";
import { calendarRoute } from "./meetings/feed.js";
import { meetingJobs } from "./meetings/jobs.js";

/** Every feature's commands, in the order help lists them. */
export const commands: readonly CommandDefinition[] = [
  updateCommand,
  askCommand,
  offerCommand,
  shiftCommand,
  meetingCommand,
  gatherCommand,
];

/** Every feature's buttons. */
export const actions: readonly ActionDefinition[] = [
  ...updateActions,
  ...helpActions,
  ...governanceActions,
  ...privacyActions,
  ...shiftActions,
  ...meetingActions,
];

/** Every feature's scheduled jobs. */
export const jobs: readonly JobDefinition[] = [
  ...updateJobs,
  ...helpJobs,
  ...governanceJobs,
  ...privacyJobs,
  ...shiftJobs,
  ...meetingJobs,
];

/** Every feature's routes on the bot's HTTP listener (calendar feeds). */
export const routes: readonly HttpRoute[] = [calendarRoute];

/** The registry every adapter and generator reads. */
export function createRegistry(): Registry {
  return new Registry(commands, actions);
}
