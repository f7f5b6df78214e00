import { Client, GatewayIntentBits } from "discord.js";
import type { DiscordConfig } from "../../src/config.js";

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
    rest: config.apiUrl ? { api: config.apiUrl.replace(/\/+$/, "") } : {},
    // Several instances split the gateway: each runs its shard ids of the same total count.
    ...(config.shards ? { shards: [...config.shards.ids], shardCount: config.shards.count } : {}),
  });
  // Lets the Messenger send before login; login sets the same token again.
  client.rest.setToken(config.botToken);
  return client;
}
