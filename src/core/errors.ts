import type { MessageKey, MessageParams } from "./i18n/index.js";

/**
 * A problem the member can fix: becomes a short, friendly, private reply in
 * their language. `key` is a translation key; `params` fill its placeholders.
 * Failures that are the operator's to fix are `GatherError`s (src/errors.ts).
 */
export class UserError extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;
  /** Further lines of the same reply (what to write instead, where to read more), each a key and its params. */
  readonly more: readonly (readonly [MessageKey, MessageParams?])[];

  constructor(
    key: MessageKey,
    params: MessageParams = {},
    more: readonly (readonly [MessageKey, MessageParams?])[] = [],
  ) {
    super(key);
    this.name = "UserError";
    this.key = key;
    this.params = params;
    this.more = more;
  }
}
