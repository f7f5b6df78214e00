import { describe, expect, it } from "vitest";
import { applicationIdFromToken, boundPublicUrl, ConfigError, loadConfig } from "../../src/config.js";

describe("config", () => {
  it("runs on embedded defaults with nothing set: SQLite and the console", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: "file:./data/gather.db",
      defaults: { timeZone: "Europe/London", locale: "en" },
      console: { enabled: true, user: "Alex" },
      slack: undefined,
      discord: undefined,
    });
  });

  it("turns Slack on with a bot token, Socket Mode with an app token, and the console off", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_SIGNING_SECRET: "s",
      SLACK_APP_TOKEN: "xapp-1",
      SLACK_PORT: "0",
    });
    expect(config.slack).toMatchObject({ botToken: "xoxb-1", appToken: "xapp-1", port: 0, host: "0.0.0.0" });
    expect(config.console.enabled).toBe(false);
  });

  it("runs Slack and Discord together, and the console when asked", () => {
    const token = `${Buffer.from("123456789012345678").toString("base64")}.x.y`;
    const config = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_SIGNING_SECRET: "s",
      DISCORD_BOT_TOKEN: token,
      GATHER_CONSOLE: "on",
    });
    expect(config.slack?.appToken).toBeUndefined();
    expect(config.discord).toMatchObject({ botToken: token, applicationId: "123456789012345678" });
    expect(config.console.enabled).toBe(true);
  });

  it.each([
    [
      { SLACK_BOT_TOKEN: "xoxb-1" },
      /^SLACK_SIGNING_SECRET is missing: copy it from your Slack app's Basic Information page/,
    ],
    [{ SLACK_BOT_TOKEN: "abc" }, /^SLACK_BOT_TOKEN must start with xoxb-/],
    [{ SLACK_APP_TOKEN: "xapp-1" }, /^SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not/],
    [{ DATABASE_URL: "mysql://x" }, /^DATABASE_URL must start with file: \(SQLite\) or postgresql:\/\//],
    [{ GATHER_TIME_ZONE: "Mars/Olympus" }, /^GATHER_TIME_ZONE must be an IANA time zone/],
    [{ GATHER_LOCALE: "fr" }, /^GATHER_LOCALE /],
    [{ SLACK_PORT: "99999" }, /^SLACK_PORT /],
    [{ DISCORD_GUILD_ID: "abc" }, /^DISCORD_GUILD_ID must be a Discord snowflake/],
  ])("stops with a one-line fix-it message for %j", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });

  it("treats empty variables, as .env.example leaves them, as unset", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: "", SLACK_APP_TOKEN: "", DISCORD_BOT_TOKEN: " " }).console.enabled).toBe(true);
  });

  it("reads the application id out of a Discord token", () => {
    expect(applicationIdFromToken("bm90LWFuLWlk.x.y")).toBeUndefined();
  });

  it("serves health and metrics on 127.0.0.1:8080 by default, links from GATHER_PUBLIC_URL, and off when asked", () => {
    expect(loadConfig({}).http).toEqual({
      port: 8080,
      host: "127.0.0.1",
      publicUrl: "http://localhost:8080",
      publicUrlGiven: false,
    });
    expect(loadConfig({ HTTP_PORT: "9090", HTTP_HOST: "0.0.0.0" }).http).toEqual({
      port: 9090,
      host: "0.0.0.0",
      publicUrl: "http://localhost:9090",
      publicUrlGiven: false,
    });
    expect(loadConfig({ GATHER_PUBLIC_URL: "https://gather.example.org/" }).http?.publicUrl).toBe(
      "https://gather.example.org",
    );
    expect(loadConfig({ HTTP_PORT: "" }).http?.port).toBe(8080);
    expect(loadConfig({ HTTP_PORT: "0" }).http?.port).toBe(0);
    expect(loadConfig({ HTTP_PORT: "off" }).http).toBeUndefined();
  });

  it("links to the port the listener got when HTTP_PORT=0 picks one, unless GATHER_PUBLIC_URL says where", () => {
    const picked = loadConfig({ HTTP_PORT: "0" }).http;
    if (!picked) throw new Error("the listener is on");
    expect(boundPublicUrl(picked, 53123)).toBe("http://localhost:53123");
    const given = loadConfig({ HTTP_PORT: "0", GATHER_PUBLIC_URL: "https://gather.example.org/" }).http;
    if (!given) throw new Error("the listener is on");
    expect(boundPublicUrl(given, 53123)).toBe("https://gather.example.org");
  });

  it("runs some Discord shards of a total when DISCORD_SHARD_IDS and DISCORD_SHARD_COUNT are set", () => {
    const token = `${Buffer.from("123456789012345678").toString("base64")}.x.y`;
    expect(loadConfig({ DISCORD_BOT_TOKEN: token }).discord?.shards).toBeUndefined();
    expect(
      loadConfig({ DISCORD_BOT_TOKEN: token, DISCORD_SHARD_IDS: "2, 0", DISCORD_SHARD_COUNT: "4" }).discord?.shards,
    ).toEqual({ ids: [0, 2], count: 4 });
    expect(loadConfig({ DISCORD_BOT_TOKEN: token, DISCORD_SHARD_COUNT: "3" }).discord?.shards).toEqual({
      ids: [0, 1, 2],
      count: 3,
    });
  });

  it.each([
    [{ HTTP_PORT: "http" }, /^HTTP_PORT must be a port number \(0 picks a free one\) or "off"/],
    [{ HTTP_PORT: "70000" }, /^HTTP_PORT must be a port number/],
    [{ GATHER_PUBLIC_URL: "gather.example.org" }, /^GATHER_PUBLIC_URL must be an http\(s\) URL/],
    [{ HTTP_PORT: "off", GATHER_PUBLIC_URL: "https://g.example.org" }, /^GATHER_PUBLIC_URL is set but HTTP_PORT=off/],
    [
      { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", SLACK_PORT: "8080" },
      /^HTTP_PORT and SLACK_PORT are both 8080/,
    ],
    [{ DISCORD_BOT_TOKEN: "t", DISCORD_SHARD_IDS: "0,1" }, /^DISCORD_SHARD_IDS is set but DISCORD_SHARD_COUNT is not/],
    [
      { DISCORD_BOT_TOKEN: "t", DISCORD_SHARD_IDS: "0;1", DISCORD_SHARD_COUNT: "2" },
      /^DISCORD_SHARD_IDS must be shard numbers/,
    ],
    [
      { DISCORD_BOT_TOKEN: "t", DISCORD_SHARD_IDS: "0,2", DISCORD_SHARD_COUNT: "2" },
      /^DISCORD_SHARD_IDS has shard 2, but DISCORD_SHARD_COUNT is 2/,
    ],
    [
      { DISCORD_BOT_TOKEN: "t", DISCORD_SHARD_IDS: "1,1", DISCORD_SHARD_COUNT: "2" },
      /^DISCORD_SHARD_IDS names a shard twice/,
    ],
    [{ DISCORD_BOT_TOKEN: "t", DISCORD_SHARD_COUNT: "0" }, /^DISCORD_SHARD_COUNT must be a whole number of shards/],
    [{ DISCORD_SHARD_COUNT: "2" }, /^DISCORD_SHARD_IDS\/DISCORD_SHARD_COUNT are set but DISCORD_BOT_TOKEN is not/],
  ])("stops with a one-line fix-it message for the listener and shards: %j", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
