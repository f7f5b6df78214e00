/**
 * What the adapters do for running many instances: Discord gets the configured shards; Slack's and
 * Discord's 429s are counted in Gather's metrics. Against tiny HTTP servers on 127.0.0.1 that answer
 * 429 once, then succeed, as the platforms do.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createDiscordClient } from "../../adapters/discord/client.js";
import { createDiscordAdapter } from "../../adapters/discord/index.js";
import { createSlackAdapter } from "../../adapters/slack/index.js";
import { loadConfig } from "../../src/config.js";
import { silentLogger } from "../../src/core/logger.js";
import { databaseFor } from "../support/db.js";
import { opsGather, sample } from "./support.js";

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function serve(handler: Handler): Promise<{ url: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      requests.push(`${req.method} ${req.url}`);
      handler(req, res, Buffer.concat(chunks).toString("utf8"));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push({
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

const token = `${Buffer.from("123456789012345678").toString("base64")}.x.y`;

describe("running many instances: platform adapters", () => {
  it("gives discord.js the shards this instance runs, of the total", () => {
    const config = loadConfig({ DISCORD_BOT_TOKEN: token, DISCORD_SHARD_IDS: "1,3", DISCORD_SHARD_COUNT: "4" });
    const client = createDiscordClient(config.discord!);
    expect(client.options.shards).toEqual([1, 3]);
    expect(client.options.shardCount).toBe(4);
    const single = createDiscordClient(loadConfig({ DISCORD_BOT_TOKEN: token }).discord!);
    expect(single.options.shardCount).toBe(1);
    const adapter = createDiscordAdapter({
      config: config.discord!,
      gather: { registry: undefined as never, dispatcher: { handle: async () => undefined, busy: () => "busy" } },
      logger: silentLogger,
    });
    expect(adapter.description).toBe("Discord shards 1,3 of 4");
  });

  it("counts a Slack Web API 429 in gather_platform_rate_limited_total", async () => {
    const sqlite = databaseFor("sqlite")!;
    const g = opsGather(await sqlite.open());
    let calls = 0;
    const api = await serve((_req, res) => {
      calls += 1;
      if (calls === 1) {
        res.writeHead(429, { "retry-after": "0", "content-type": "application/json" });
        res.end(JSON.stringify({ ok: false, error: "ratelimited" }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, channel: "C1", ts: "1.000001" }));
    });
    const adapter = createSlackAdapter({
      config: {
        botToken: "xoxb-1",
        signingSecret: "s",
        appToken: undefined,
        apiUrl: `${api.url}/api/`,
        port: 0,
        host: "127.0.0.1",
      },
      gather: g.gather,
      logger: silentLogger,
    });
    const posted = await adapter.messenger.post({ spaceExternalId: "T1", channelId: "C1" }, { text: "Hello" });
    expect(posted).toEqual({ channelId: "C1", messageId: "1.000001" });
    expect(api.requests).toEqual(["POST /api/chat.postMessage", "POST /api/chat.postMessage"]);
    expect(sample(await g.metrics.text(), 'gather_platform_rate_limited_total{platform="slack"}')).toBe(1);
  });

  it("counts a Discord REST 429 in gather_platform_rate_limited_total", async () => {
    const sqlite = databaseFor("sqlite")!;
    const g = opsGather(await sqlite.open());
    let calls = 0;
    const api = await serve((_req, res) => {
      calls += 1;
      if (calls === 1) {
        res.writeHead(429, {
          "content-type": "application/json",
          "retry-after": "0",
          "x-ratelimit-scope": "user",
          "x-ratelimit-bucket": "b1",
          "x-ratelimit-limit": "1",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset-after": "0.01",
        });
        res.end(JSON.stringify({ message: "You are being rate limited.", retry_after: 0.01, global: false }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: "1", channel_id: "2" }));
    });
    const config = loadConfig({ DISCORD_BOT_TOKEN: token, DISCORD_API_URL: api.url }).discord!;
    const adapter = createDiscordAdapter({
      config,
      gather: { registry: undefined as never, dispatcher: { handle: async () => undefined, busy: () => "busy" } },
      logger: silentLogger,
      metrics: g.metrics,
    });
    await adapter.messenger.post({ spaceExternalId: "1", channelId: "2" }, { text: "Hello" });
    expect(calls).toBe(2);
    expect(sample(await g.metrics.text(), 'gather_platform_rate_limited_total{platform="discord"}')).toBe(1);
    await adapter.stop();
  });
});
