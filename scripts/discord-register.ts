/**
 * Registers Gather's slash commands with Discord — only when they changed.
 *
 *   npm run discord:register
 *
 * Reads DISCORD_BOT_TOKEN (and DISCORD_APPLICATION_ID, DISCORD_GUILD_ID,
 * DISCORD_API_URL) from the environment or `.env`. With DISCORD_GUILD_ID the
 * commands go to that server and show at once; without, they are global.
 */
import { existsSync } from "node:fs";
import { REST } from "discord.js";
import { buildApplicationCommands, describeChange, registerCommands } from "../adapters/discord/index.js";
import { ConfigError, loadConfig } from "../src/config.js";
import { createRegistry } from "../src/features/index.js";

async function main(): Promise<number> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const config = loadConfig(process.env);
  if (!config.discord) {
    process.stderr.write(
      "DISCORD_BOT_TOKEN is not set: add your bot's token (Discord developer portal → Bot) to .env.\n",
    );
    return 1;
  }
  const { botToken, applicationId, guildId, apiUrl } = config.discord;
  const rest = new REST(apiUrl ? { api: apiUrl.replace(/\/+$/, "") } : {}).setToken(botToken);
  try {
    const result = await registerCommands({
      rest,
      applicationId,
      guildId,
      commands: buildApplicationCommands(createRegistry()),
    });
    const where =
      result.scope === "guild" ? `server ${guildId}` : "all servers (global; may take up to an hour to show)";
    if (!result.written) {
      process.stdout.write(`Discord commands for ${where} are up to date; nothing written.\n`);
      return 0;
    }
    process.stdout.write(
      `Updated Discord commands for ${where}:\n${result.changes.map((c) => `  ${describeChange(c)}`).join("\n")}\n`,
    );
    return 0;
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`Could not register Discord commands: ${message}\n`);
    process.exit(1);
  },
);
