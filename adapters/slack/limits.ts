import { GatherError } from "../../src/core/errors.js";

/**
 * Refuses an id Slack would reject (action_id, callback_id), before sending:
 * a clear error here beats Slack's generic invalid_arguments later.
 */
export function checkIdLength(id: string, max: number, what: "action_id" | "callback_id"): void {
  if (id.length > max) {
    throw new GatherError("gather_platform_limit_exceeded", `a Slack ${what} may have ${max} characters`, { id });
  }
}
