import type { MessageKey, MessageParams } from "./i18n/index.js";

/**
 * A problem the member can fix: becomes a short, friendly, private reply in
 * their language. `key` is a translation key; `params` fill its placeholders.
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

/** Stable codes for failures that are the operator's to fix, not the member's. */
export type GatherErrorCode =
  | "gather_config_invalid"
  | "gather_database_url_unsupported"
  | "gather_platform_limit_exceeded"
  | "gather_unknown_command";

/** An operator-facing error with a stable code and data, like Bolt's and discord.js's. */
export class GatherError extends Error {
  readonly code: GatherErrorCode;
  readonly data: Readonly<Record<string, unknown>>;

  constructor(code: GatherErrorCode, message: string, data: Record<string, unknown> = {}) {
    super(message);
    this.name = "GatherError";
    this.code = code;
    this.data = data;
  }
}
