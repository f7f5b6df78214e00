import type { webApi } from "@slack/bolt";
import type { Logger } from "../../src/core/logger.js";

/** How long an answer from users.info is trusted. */
export const ADMIN_TTL_MS = 5 * 60_000;

/** At most this many (team, user) answers are kept; the oldest goes first. */
export const ADMIN_CACHE_SIZE = 1_000;

/**
 * Whether a member is a Slack workspace admin or owner, which makes them a
 * platform admin (the network's admin, see src/core/members.ts), as Manage
 * Server does on Discord. Slack sends no role with commands or interactions,
 * so this asks users.info — after the ack, never before it.
 *
 * Answers are cached per (team, user) in memory for at most five minutes:
 * a role change in Slack then takes effect within minutes, the cache stays
 * small and bounded, and nothing needs sharing between instances, because a
 * miss on another instance only costs one users.info call.
 */
export class WorkspaceAdmins {
  readonly #cache = new Map<string, { readonly admin: boolean; readonly until: number }>();
  readonly #log: Logger;
  readonly #now: () => number;

  constructor(log: Logger, now: () => number = Date.now) {
    this.#log = log;
    this.#now = now;
  }

  /** True for a workspace admin or (primary) owner; false when Slack cannot say (logged at debug). */
  async isAdmin(client: webApi.WebClient, teamId: string, userId: string): Promise<boolean> {
    const key = `${teamId}/${userId}`;
    const now = this.#now();
    const cached = this.#cache.get(key);
    if (cached && cached.until > now) return cached.admin;
    this.#cache.delete(key);

    let admin: boolean;
    try {
      const { user } = await client.users.info({ user: userId });
      admin = user?.is_admin === true || user?.is_owner === true || user?.is_primary_owner === true;
    } catch (error) {
      // No ids or names: only Slack's error code, which says why.
      this.#log.debug({ error: errorCode(error) }, "slack: users.info failed; treating the member as not an admin");
      return false;
    }
    // Map keeps insertion order, so the first key is the oldest entry.
    while (this.#cache.size >= ADMIN_CACHE_SIZE) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
    this.#cache.set(key, { admin, until: now + ADMIN_TTL_MS });
    return admin;
  }
}

/** Slack's error code (`user_not_found`, …) or the SDK's (`slack_webapi_request_error`, …). */
function errorCode(error: unknown): string {
  if (typeof error !== "object" || error === null) return "unknown";
  const data = (error as { data?: { error?: unknown } }).data;
  if (typeof data?.error === "string") return data.error;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : "unknown";
}
