import type { ActionDefinition, CommandDefinition } from "../core/command.js";
import { Registry } from "../core/registry.js";
import { gatherCommand } from "./admin/command.js";
import { updateCommand } from "./updates/command.js";

/** Every feature's commands, in the order help lists them. */
export const commands: readonly CommandDefinition[] = [updateCommand, gatherCommand];

/** Every feature's buttons. */
export const actions: readonly ActionDefinition[] = [];

/** The registry every adapter and generator reads. */
export function createRegistry(): Registry {
  return new Registry(commands, actions);
}
