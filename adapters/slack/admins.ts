import type { webApi } from "@slack/bolt";
import type { Logger } from "../../src/core/logger.js";

/** How long an answer from users.info is trusted. */
export const ADMIN_TTL_MS = 5 * 60_000;

/** At most this many (team, user) answers are kept; the oldest goes first. */
export const ADMIN_CACHE_SIZE = 1_000;

/** What users.info says of a member that Gather uses. */
export interface SlackProfile {
  /** A workspace admin or (primary) owner. */
  readonly admin: boolean;
  /**
   * The name members see in Slack: the profile's display name, else its real name. Never the
   * legacy handle (`name`, as in `user_name`), which may be nobody's name (`jane.smith2`).
   * Undefined when Slack could not say.
   */
  readonly name?: string | undefined;
}

/**
 * Whether a member is a Slack workspace admin or owner, which makes them a
 * platform admin (the network's admin, see src/core/members.ts), as Manage
 * Server does on Discord, and the name they go by. Slack sends neither with
 * commands or interactions (only the legacy handle), so this asks users.info
 * — after the ack, never before it.
 *
 * Answers are cached per (team, user) in memory for at most five minutes:
 * a role change in Slack then takes effect within minutes, the cache stays
 * small and bounded, and nothing needs sharing between instances, because a
 * miss on another instance only costs one users.info call.
 */
export class WorkspaceAdmins {
  readonly #cache = new Map<string, SlackProfile & { readonly until: number }>();
  readonly #log: Logger;
  readonly #now: () => number;

  constructor(log: Logger, now: () => number = Date.now) {
    this.#log = log;
    this.#now = now;
  }

  /** True for a workspace admin or (primary) owner; false when Slack cannot say (logged at debug). */
  async isAdmin(client: webApi.WebClient, teamId: string, userId: string): Promise<boolean> {
    return (await this.profile(client, teamId, userId)).admin;
  }

  /** Admin or not, and the member's name; not an admin and no name when Slack cannot say (logged at debug). */
  async profile(client: webApi.WebClient, teamId: string, userId: string): Promise<SlackProfile> {
    const key = `${teamId}/${userId}`;
    const now = this.#now();
    const cached = this.#cache.get(key);
    if (cached && cached.until > now) return cached;
    this.#cache.delete(key);

    let profile: SlackProfile;
    try {
      const { user } = await client.users.info({ user: userId });
      profile = {
        admin: user?.is_admin === true || user?.is_owner === true || user?.is_primary_owner === true,
        name: nameOf(user),
      };
    } catch (error) {
      // No ids or names: only Slack's error code, which says why.
      this.#log.debug({ error: errorCode(error) }, "slack: users.info failed; treating the member as not an admin");
      return { admin: false };
    }
    // Map keeps insertion order, so the first key is the oldest entry.
    while (this.#cache.size >= ADMIN_CACHE_SIZE) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
    this.#cache.set(key, { ...profile, until: now + ADMIN_TTL_MS });
    return profile;
  }
}

/** profile.display_name, else profile.real_name (or real_name); undefined when both are blank. */
function nameOf(user: webApi.UsersInfoResponse["user"]): string | undefined {
  const candidates = [user?.profile?.display_name, user?.profile?.real_name, user?.real_name];
  return candidates.map((c) => c?.trim()).find((c): c is string => c !== undefined && c !== "");
}

/** Slack's error code (`user_not_found`, …) or the SDK's (`slack_webapi_request_error`, …). */
function errorCode(error: unknown): string {
  if (typeof error !== "object" || error === null) return "unknown";
  const data = (error as { data?: { error?: unknown } }).data;
  if (typeof data?.error === "string") return data.error;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : "unknown";
}
