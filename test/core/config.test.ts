import { describe, expect, it } from "vitest";
import { applicationIdFromToken, ConfigError, loadConfig } from "../../src/config.js";

describe("config", () => {
  it("runs on embedded defaults with nothing set: SQLite and the console", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: "file:./data/gather.db",
      defaults: { timeZone: "Europe/London", locale: "en" },
      console: { enabled: true, user: "You" },
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
});
