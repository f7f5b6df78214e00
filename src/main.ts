/**
 * Composition root: config → database → core → adapters, and a graceful stop.
 * The only file that reads process.env (besides scripts at the edge).
 */
import { existsSync } from "node:fs";
import { createConsoleAdapter } from "../adapters/console/index.js";
import { createGather, type Gather } from "./app.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { systemClock } from "./core/clock.js";
import { createLogger, type Logger } from "./core/logger.js";
import type { PlatformAdapter } from "./core/ports.js";
import { openDatabase, providerOf } from "./db/index.js";

async function main(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Gather cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  // With the console on, logs go to stderr and only warnings, so they do not bury the conversation.
  const level = config.console.enabled && !process.env.LOG_LEVEL ? "warn" : config.logLevel;
  const logger = createLogger({ level, destination: process.stderr });
  const database = await openDatabase({ url: config.databaseUrl, log: (msg) => logger.info(msg) });
  const gather = createGather({ db: database.prisma, provider: database.provider, clock: systemClock, logger, defaults: config.defaults });

  const adapters = await buildAdapters(config, gather, logger, () => void shutdown("console closed"));
  for (const adapter of adapters) await adapter.start();

  const where = providerOf(config.databaseUrl) === "sqlite" ? `SQLite (${config.databaseUrl.replace(/^file:/, "")})` : "PostgreSQL";
  process.stderr.write(`Gather is running on ${adapters.map((a) => a.description).join(", ")}; data in ${where}.\n`);

  let stopping = false;
  async function shutdown(reason: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, "stopping");
    for (const adapter of adapters.toReversed()) {
      await adapter.stop().catch((err: unknown) => logger.error({ err, platform: adapter.platform }, "adapter did not stop cleanly"));
    }
    await database.close();
    process.exit(0);
  }
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

/** Platform SDKs are imported only when configured: a console-only start stays quick. */
async function buildAdapters(
  config: Config,
  gather: Gather,
  logger: Logger,
  onConsoleExit: () => void,
): Promise<PlatformAdapter[]> {
  const adapters: PlatformAdapter[] = [];
  if (config.slack) {
    const { createSlackAdapter } = await import("../adapters/slack/index.js");
    adapters.push(createSlackAdapter({ config: config.slack, gather, logger: logger.child({ adapter: "slack" }) }));
  }
  if (config.discord) {
    const { createDiscordAdapter } = await import("../adapters/discord/index.js");
    adapters.push(createDiscordAdapter({ config: config.discord, gather, logger: logger.child({ adapter: "discord" }) }));
  }
  if (config.console.enabled) {
    adapters.push(
      createConsoleAdapter({
        gather,
        logger: logger.child({ adapter: "console" }),
        clock: systemClock,
        user: config.console.user,
        timeZone: config.defaults.timeZone,
        locale: config.defaults.locale,
        input: process.stdin,
        output: process.stdout,
        onExit: onConsoleExit,
      }),
    );
  }
  return adapters;
}

main().catch((error: unknown) => {
  process.stderr.write(`Gather stopped: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
