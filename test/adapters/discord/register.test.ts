import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { REST } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildApplicationCommands, registerCommands, type CommandJSON } from "../../../adapters/discord/index.js";
import { createRegistry } from "../../../src/features/index.js";
import { startFakeDiscord, type FakeDiscord } from "../../fakes/discord/index.js";
import { closeRest, restFor } from "./harness.js";

/** Command registration against the fake: it writes once, then only when something changed. */

let fake: FakeDiscord;
let rest: REST;
const commands = buildApplicationCommands(createRegistry());

beforeEach(async () => {
  fake = await startFakeDiscord();
  rest = restFor(fake);
});
afterEach(async () => {
  closeRest(rest);
  await fake.close();
  expect(fake.failures).toEqual([]);
});

const writes = () => fake.requests.filter((r) => r.method === "PUT");

describe.each(["guild", "global"] as const)("registering %s commands", (scope) => {
  const register = (list: readonly CommandJSON[] = commands) =>
    registerCommands({
      rest,
      applicationId: fake.world.application.id,
      guildId: scope === "guild" ? fake.world.guild.id : undefined,
      commands: list,
    });

  it("writes on the first run, then not again for the same commands", async () => {
    const first = await register();
    expect(first).toMatchObject({ scope, written: true });
    expect(first.changes).toEqual(commands.map((c) => ({ kind: "added", name: c.name })));
    expect(writes()).toHaveLength(1);
    expect(writes()[0]?.status).toBe(200);
    // Read back with the localizations: without them every run would look like a change.
    expect(
      fake.requests.filter((r) => r.method === "GET").every((r) => r.query.get("with_localizations") === "true"),
    ).toBe(true);

    const second = await register();
    expect(second).toMatchObject({ written: false, changes: [] });
    expect(writes()).toHaveLength(1);
  });

  it("writes once when a description changes, naming what changed", async () => {
    await register();
    const changed = commands.map((c) => (c.name === "update" ? { ...c, description: "Project updates, briefly" } : c));
    const result = await register(changed);
    expect(result).toMatchObject({
      written: true,
      changes: [{ kind: "changed", name: "update", paths: ["description"] }],
    });
    expect(writes()).toHaveLength(2);
    expect((await register(changed)).written).toBe(false);
    expect(writes()).toHaveLength(2);
  });

  it("notices an option changed deep inside a subcommand, and a command removed", async () => {
    await register();
    const update = commands.find((c) => c.name === "update");
    const shorter = JSON.parse(JSON.stringify(update).replace('"max_length":100', '"max_length":80')) as CommandJSON;
    const result = await register([shorter]);
    expect(result.changes).toEqual([
      { kind: "changed", name: "update", paths: ["options.post.options.title.max_length"] },
      // Every other command was left out of this registration.
      ...commands.filter((c) => c.name !== "update").map((c) => ({ kind: "removed", name: c.name })),
    ]);
    expect(writes()).toHaveLength(2);
  });
});

it("asks Discord for the application id when it is not configured", async () => {
  const result = await registerCommands({ rest, guildId: fake.world.guild.id, commands });
  expect(result.applicationId).toBe(fake.world.application.id);
  expect(fake.requests.filter((r) => r.path === "/applications/@me")).toHaveLength(1);
});

describe("npm run discord:register", () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
  let cwd: string;
  beforeEach(() => {
    // An empty working directory: a developer's .env must not leak into the test.
    cwd = mkdtempSync(path.join(tmpdir(), "gather-register-"));
  });
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  const run = () =>
    promisify(execFile)(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/discord-register.ts")],
      {
        cwd,
        env: {
          PATH: process.env.PATH,
          DISCORD_BOT_TOKEN: fake.world.token,
          DISCORD_GUILD_ID: fake.world.guild.id,
          DISCORD_API_URL: fake.apiUrl,
        },
      },
    );

  it("registers, says what changed, and the second time writes nothing", async () => {
    const first = await run();
    expect(first.stdout).toContain(`Updated Discord commands for server ${fake.world.guild.id}:`);
    expect(first.stdout).toContain("+ /update");
    const second = await run();
    expect(second.stdout).toContain("up to date; nothing written");
    expect(writes()).toHaveLength(1);
    // Two cold starts of the script (tsx compiles the whole command tree each time): generous on a busy machine.
  }, 60_000);
});
