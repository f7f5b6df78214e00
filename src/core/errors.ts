import type { MessageKey, MessageParams } from "./i18n/index.js";

/**
 * A problem the member can fix: becomes a short, friendly, private reply in
 * their language. `key` is a translation key; `params` fill its placeholders.
 * Failures that are the operator's to fix are `GatherError`s (src/errors.ts).
 */
export class UserError extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;

  constructor(key: MessageKey, params: MessageParams = {}) {
    super(key);
    this.name = "UserError";
    this.key = key;
    this.params = params;
  }
}
