import type { AddressInfo } from "node:net";
import { App, webApi } from "@slack/bolt";
import type { Gather } from "../../src/app.js";
import type { SlackConfig } from "../../src/config.js";
import type { Logger } from "../../src/core/logger.js";
import type { Messenger, PlatformAdapter } from "../../src/core/ports.js";
import type { SeenRequests } from "../../src/core/seen-requests.js";
import { WorkspaceAdmins } from "./admins.js";
import { boltLogger } from "./bolt-logger.js";
import { InFlight } from "../../src/core/in-flight.js";
import { registerListeners } from "./listeners.js";
import { slackMessenger } from "./messenger.js";
import { createTransport } from "./transport.js";

export interface SlackAdapterOptions {
  readonly config: SlackConfig;
  readonly gather: Gather;
  /** Usually a child logger naming the adapter; request lines add their own ids. */
  readonly logger: Logger;
  /** Acked requests handled at once, and how many may wait before commands are answered "busy" (8 and 256). */
  readonly queue?: { readonly limit: number; readonly maxWaiting: number };
  /** How the Web API client retries and times out; {@link SlackClientDefaults} unless given. */
  readonly client?: Partial<SlackClientPolicy>;
  /** Where handled requests' signatures are kept; `gather.seenRequests` (the database) unless given. */
  readonly seenRequests?: SeenRequests;
}

/** How hard the Web API client tries before a call fails. */
export interface SlackClientPolicy {
  /** Attempts after the first, for network errors, 5xx answers and 429s (each 429 waits its Retry-After first). */
  readonly retries: number;
  /** The first back-off; each next one doubles, up to `maxRetryMs`. */
  readonly minRetryMs: number;
  readonly maxRetryMs: number;
  /** One HTTP request's longest wait for Slack's answer. */
  readonly requestTimeoutMs: number;
}

/**
 * The WebClient's own default is ten retries over about 30 minutes, which would hold a reminder's
 * job far past its 60 s lease (another instance would then take it over and post it again) and hold
 * a shutdown for as long. A few quick retries ride out a blip; beyond that the call fails, and a
 * job is retried by the scheduler with its own back-off, durably, from the database.
 */
export const SlackClientDefaults = {
  retries: 2,
  minRetryMs: 1000,
  maxRetryMs: 4000,
  requestTimeoutMs: 10_000,
} as const satisfies SlackClientPolicy;

/** The Slack adapter as main.ts and the tests see it. */
export interface SlackAdapter extends PlatformAdapter {
  readonly platform: "slack";
  readonly messenger: Messenger;
  readonly mode: "socket" | "http";
  /** Where the HTTP receiver listens once started (a real port when configured with 0); undefined in Socket Mode. */
  address(): AddressInfo | undefined;
}

/**
 * Gather on Slack: a Bolt app whose listeners turn slash commands, button
 * presses and modal submissions into Invocations for the dispatcher, and a
 * Messenger for proactive posts. Socket Mode when `config.appToken` is set,
 * HTTP on `config.host:config.port` + `/slack/events` otherwise.
 * `config.apiUrl` replaces https://slack.com/api/ everywhere (GovSlack, fakes).
 */
export function createSlackAdapter({
  config,
  gather,
  logger: log,
  queue,
  client,
  seenRequests,
}: SlackAdapterOptions): SlackAdapter {
  const policy: SlackClientPolicy = { ...SlackClientDefaults, ...client };
  const bolt = boltLogger(log);
  const inFlight = new InFlight(queue?.limit, queue?.maxWaiting);
  const transport = createTransport(config, bolt, {
    seen: seenRequests ?? gather.seenRequests,
    overload: { full: () => inFlight.full, busyText: (command) => gather.dispatcher.busy(command) },
  });
  const app = new App({
    token: config.botToken,
    receiver: transport.receiver,
    logger: bolt,
    clientOptions: {
      ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
      retryConfig: { retries: policy.retries, factor: 2, minTimeout: policy.minRetryMs, maxTimeout: policy.maxRetryMs },
      timeout: policy.requestTimeoutMs,
    },
    // Without this, the constructor fires auth.test and keeps the promise for the first
    // request: a bad token becomes an unhandled rejection instead of a failed start().
    deferInitialization: true,
    // Bolt's conversation store keeps state per channel in memory; Gather keeps none there.
    convoStore: false,
  });
  app.error(async (error) => {
    log.error({ err: error }, "slack: a request failed in Bolt");
  });
  const admins = new WorkspaceAdmins(log);
  // Bolt hands listeners per-workspace clients besides app.client: count every one's 429s, once each.
  const watched = new WeakSet<webApi.WebClient>();
  const watchClient = (client: webApi.WebClient): void => {
    if (watched.has(client)) return;
    watched.add(client);
    client.on(webApi.WebClientEvent.RATE_LIMITED, () => gather.metrics.rateLimited("slack"));
  };
  watchClient(app.client);
  registerListeners(app, {
    dispatcher: gather.dispatcher,
    log,
    inFlight,
    admins,
    watchClient,
  });

  let started = false;
  return {
    platform: "slack",
    mode: transport.mode,
    description: transport.mode === "socket" ? "Slack (Socket Mode)" : `Slack (HTTP on ${config.host}:${config.port})`,
    messenger: slackMessenger(app.client),
    async start() {
      // auth.test: fails fast, with Slack's error code, on a wrong or revoked bot token.
      await app.init();
      await transport.start(app);
      started = true;
      const bound = transport.address();
      log.info({ mode: transport.mode, ...(bound ? { port: bound.port } : {}) }, "slack: connected");
    },
    async stop() {
      if (!started) return;
      started = false;
      // First no new requests, then let the acked ones finish their replies.
      await transport.stop(app);
      await inFlight.settled();
      log.info("slack: stopped");
    },
    address: () => transport.address(),
  };
}
