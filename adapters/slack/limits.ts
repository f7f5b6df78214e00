import { ErrorCode, GatherError } from "../../src/errors.js";

/**
 * Slack's limits, as data, checked before sending. Numbers from Slack's API reference (Block Kit
 * blocks and elements, views, slash commands). The core knows none of them;
 * test/adapters/slack/limits.test.ts checks they allow what the core builds (src/core/limits.ts).
 */
export const SlackLimits = {
  actionId: 255,
  callbackId: 255,
  privateMetadata: 3000,
  blocks: 50,
  /** Blocks in a modal view. */
  modalBlocks: 100,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  elementsPerActions: 25,
  modalTitle: 24,
  modalSubmit: 24,
  inputLabel: 2000,
  slashCommandDescription: 2000,
  slashCommandUsageHint: 1000,
} as const satisfies Record<string, number>;

/**
 * Refuses an id Slack would reject (action_id, callback_id), before sending:
 * a clear error here beats Slack's generic invalid_arguments later.
 */
export function checkIdLength(id: string, max: number, what: "action_id" | "callback_id"): void {
  if (id.length > max) {
    throw new GatherError(ErrorCode.PlatformLimitExceeded, `a Slack ${what} may have ${max} characters`, { id });
  }
}
