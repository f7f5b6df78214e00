import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { BOT_SCOPES, MANIFEST_PATH, manifestJson, slackManifest } from "../../../adapters/slack/manifest.js";
import { translate } from "../../../src/core/i18n/index.js";
import { createRegistry } from "../../../src/features/index.js";

describe("Slack app manifest", () => {
  const registry = createRegistry();

  it("declares every registry command with its English description and a usage hint", () => {
    const commands = slackManifest(registry).features?.slash_commands ?? [];

    expect(commands.map((c) => c.command)).toEqual(registry.commands.map((c) => `/${c.name}`));
    for (const command of registry.commands) {
      const entry = commands.find((c) => c.command === `/${command.name}`);
      expect(entry?.description).toBe(translate("en", command.descriptionKey));
      expect(entry?.usage_hint).toMatch(/\S/);
    }
  });

  it("asks for the bot scopes the adapter uses, with interactivity on", () => {
    const manifest = slackManifest(registry);
    expect(manifest.oauth_config?.scopes?.bot).toEqual([...BOT_SCOPES]);
    expect(manifest.settings?.interactivity?.is_enabled).toBe(true);
  });

  it("uses Socket Mode by default, and request URLs on /slack/events for HTTP", () => {
    const socket = slackManifest(registry);
    expect(socket.settings?.socket_mode_enabled).toBe(true);
    expect(socket.settings?.interactivity?.request_url).toBeUndefined();

    const http = slackManifest(registry, { publicBaseUrl: "https://gather.example.org/" });
    expect(http.settings?.socket_mode_enabled).toBe(false);
    expect(http.settings?.interactivity?.request_url).toBe("https://gather.example.org/slack/events");
    expect(http.features?.slash_commands?.every((c) => c.url === "https://gather.example.org/slack/events")).toBe(true);
  });

  it("is committed up to date (run `npm run slack:manifest` after changing commands)", async () => {
    const committed = await readFile(MANIFEST_PATH, "utf8");
    expect(committed).toBe(manifestJson(slackManifest(registry)));
  });
});
