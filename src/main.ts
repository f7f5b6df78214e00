/**
 * Composition root: config → database → core → adapters, and a graceful stop.
 * The only file that reads process.env (besides scripts at the edge).
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { hostname } from "node:os";
import cron, { type ScheduledTask } from "node-cron";
import { createGather, type Gather } from "./app.js";
import { ensureRetentionForAllNetworks } from "./features/admin/retention.js";
import { boundPublicUrl, ConfigError, loadConfig, type Config } from "./config.js";
import { systemClock } from "./core/clock.js";
import { createLogger, type Logger } from "./core/logger.js";
import type { PlatformAdapter } from "./core/ports.js";
import { openDatabase, providerOf } from "./db/index.js";
import { routes as featureRoutes } from "./features/index.js";
import { PrometheusMetrics } from "./http/metrics.js";
import { opsRoutes } from "./http/ops.js";
import { HttpListener } from "./http/server.js";

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
  const metrics = new PrometheusMetrics({ platforms: platformsOf(config) });

  // Health, readiness and metrics first, so an orchestrator sees "alive, not ready" during start-up.
  let ready = false;
  const http = config.http
    ? new HttpListener({
        routes: [...opsRoutes({ ready: () => ready, metrics }), ...featureRoutes],
        deps: {
          db: database.prisma,
          provider: database.provider,
          clock: systemClock,
          logger: logger.child({ component: "http" }),
        },
      })
    : undefined;
  const httpPort = config.http && http ? await listenOrExplain(http, config.http.port, config.http.host) : undefined;
  // Links (calendar feeds) name the port the listener got: HTTP_PORT=0 lets the system pick one.
  const publicUrl = config.http && httpPort !== undefined ? boundPublicUrl(config.http, httpPort) : undefined;
  const gather = createGather({
    db: database.prisma,
    provider: database.provider,
    clock: systemClock,
    logger,
    defaults: config.defaults,
    metrics,
    ...(publicUrl ? { publicUrl } : {}),
  });

  // The owner names this instance in job leases: unique even for two processes on one host, or a
  // restart that reuses a pid.
  let stopping = false;
  const crons: ScheduledTask[] = [];
  const scheduler = gather.createScheduler({ owner: `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}` });
  const adapters = await buildAdapters(config, gather, logger, () => void shutdown("console closed"));
  for (const adapter of adapters) {
    await adapter.start();
    if (adapter.messenger) gather.messengers.register(adapter.messenger);
  }
  // Each network's daily retention clean-up is a job that plans the next; make sure every network has
  // one now and each night (networks created since get theirs; a network's own command also does it).
  await ensureRetentionForAllNetworks(database.prisma, systemClock.now());
  crons.push(
    cron.schedule("17 2 * * *", () => {
      ensureRetentionForAllNetworks(database.prisma, systemClock.now()).catch((err: unknown) =>
        logger.error({ err }, "could not plan retention clean-ups"),
      );
    }),
  );
  // Jobs send through the adapters' messengers, so ticking starts once they are all up.
  scheduler.start();
  ready = true;

  const where =
    providerOf(config.databaseUrl) === "sqlite" ? `SQLite (${config.databaseUrl.replace(/^file:/, "")})` : "PostgreSQL";
  const listening = httpPort !== undefined ? `; health and metrics on http://${config.http?.host}:${httpPort}` : "";
  process.stderr.write(
    `Gather is running on ${adapters.map((a) => a.description).join(", ") || "no platform"}; data in ${where}${listening}.\n`,
  );

  async function shutdown(reason: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    ready = false; // a load balancer stops sending this instance traffic
    logger.info({ reason }, "stopping");
    for (const task of crons) await task.stop();
    // First: finish the jobs in flight and give back their leases while the adapters can still send.
    await scheduler.stop().catch((err: unknown) => logger.error({ err }, "scheduler did not stop cleanly"));
    for (const adapter of adapters.toReversed()) {
      await adapter
        .stop()
        .catch((err: unknown) => logger.error({ err, platform: adapter.platform }, "adapter did not stop cleanly"));
    }
    await http?.close().catch((err: unknown) => logger.error({ err }, "HTTP listener did not stop cleanly"));
    await database.close();
    process.exit(0);
  }
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

/** Listens, or stops with what to change when the port is taken or not allowed. */
async function listenOrExplain(http: HttpListener, port: number, host: string): Promise<number> {
  try {
    return await http.listen(port, host);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") {
      throw new Error(
        `cannot listen on ${host}:${port} (${String(code)}): set HTTP_PORT to a free port, or HTTP_PORT=off to run without health checks and metrics`,
        { cause: error },
      );
    }
    throw error;
  }
}

/** The platforms configured, by the names their adapters declare. */
function platformsOf(config: Config): string[] {
  return [...(config.slack ? ["slack"] : []), ...(config.discord ? ["discord"] : [])];
}

/**
 * Each adapter (and its platform SDK) is imported only when configured: a Discord-only host never
 * loads Bolt, a Slack-only host never loads discord.js, a server never loads the terminal.
 */
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
    adapters.push(
      createDiscordAdapter({
        config: config.discord,
        gather,
        logger: logger.child({ adapter: "discord" }),
        metrics: gather.metrics,
      }),
    );
  }
  if (config.console.enabled) {
    const { createConsoleAdapter } = await import("../adapters/console/index.js");
    adapters.push(
      createConsoleAdapter({
        gather,
        logger: logger.child({ adapter: "console" }),
        clock: systemClock,
        user: config.console.user,
        timeZone: config.defaults.timeZone,
        locale: config.defaults.locale,
        fileDir: "data/files",
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
