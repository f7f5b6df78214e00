import { Client, GatewayIntentBits } from "discord.js";
import type { DiscordConfig } from "../../src/config.js";

/**
 * How hard discord.js's REST client tries before a request fails: its defaults (3 retries of 15 s
 * each) could hold a reminder's job for a full 60 s lease, after which another instance may take
 * it over and post it again. Two quick retries ride out a blip; a job that still fails is retried
 * by the scheduler, durably. Rate limits are still waited out as Discord's headers say.
 */
export const DiscordRestDefaults = {
  retries: 2,
  timeoutMs: 10_000,
} as const;

/**
 * The discord.js client Gather runs on. Only the Guilds intent: interactions
 * arrive whatever the intents, and Gather reads no messages, members lists or
 * presences (all privileged or needless). No zlib-sync is installed, so the
 * gateway speaks plain JSON.
 */
export function createDiscordClient(config: DiscordConfig): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // The default for everything sent; messages say the same again (render.ts).
    allowedMentions: { parse: [], repliedUser: false },
    // `api` is the base without the version ("https://discord.com/api"); discord.js adds "/v10".
    // The gateway URL is not configured: discord.js asks GET /gateway/bot on this API for it.
    rest: {
      ...(config.apiUrl ? { api: config.apiUrl.replace(/\/+$/, "") } : {}),
      retries: DiscordRestDefaults.retries,
      timeout: DiscordRestDefaults.timeoutMs,
    },
    // Several instances split the gateway: each runs its shard ids of the same total count.
    ...(config.shards ? { shards: [...config.shards.ids], shardCount: config.shards.count } : {}),
  });
  // Lets the Messenger send before login; login sets the same token again.
  client.rest.setToken(config.botToken);
  return client;
}
