import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../../adapters/slack/adapter.js";
import type { Gather } from "../../../src/app.js";
import type { SlackConfig } from "../../../src/config.js";
import { silentLogger } from "../../../src/core/logger.js";
import { startFakeSlack, type FakeSlack } from "../../fakes/slack/index.js";
import { slackGatherOn, openSqlite } from "./harness.js";

describe("Slack adapter start-up", () => {
  let fake: FakeSlack;
  let gather: Gather;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);

  beforeEach(async () => {
    process.on("unhandledRejection", onRejection);
    gather = slackGatherOn(await openSqlite());
    fake = await startFakeSlack();
  });

  afterEach(async () => {
    await fake.close();
    process.off("unhandledRejection", onRejection);
    expect(rejections.splice(0), "unhandled rejections").toEqual([]);
  });

  const config = (overrides: Partial<SlackConfig>): SlackConfig => ({
    botToken: fake.workspace.botToken,
    signingSecret: fake.workspace.signingSecret,
    appToken: undefined,
    apiUrl: fake.api.url,
    port: 0,
    host: "127.0.0.1",
    ...overrides,
  });

  it("fails start() with Slack's error on a wrong bot token, leaving nothing listening", async () => {
    const adapter = createSlackAdapter({ config: config({ botToken: "xoxb-revoked" }), gather, logger: silentLogger });

    await expect(adapter.start()).rejects.toMatchObject({ data: { error: "invalid_auth" } });
    expect(adapter.address()).toBeUndefined();
    await adapter.stop();
  });

  it("fails start() in Socket Mode on a wrong app-level token", async () => {
    const adapter = createSlackAdapter({
      config: config({ appToken: "xapp-1-revoked" }),
      gather,
      logger: silentLogger,
    });

    await expect(adapter.start()).rejects.toMatchObject({ data: { error: "invalid_auth" } });
    expect(fake.socket.connections.items).toEqual([]);
    await adapter.stop();
  });

  it("binds port 0 to a real port, and frees it on stop()", async () => {
    const adapter = createSlackAdapter({ config: config({}), gather, logger: silentLogger });
    await adapter.start();
    const port = adapter.address()?.port;
    expect(port).toBeGreaterThan(0);
    expect(adapter.description).toBe("Slack (HTTP on 127.0.0.1:0)");

    await adapter.stop();
    expect(adapter.address()).toBeUndefined();
    await expect(fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST" })).rejects.toThrow();
  });
});
