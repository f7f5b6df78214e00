import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { HTTPReceiver, SocketModeReceiver, type App, type Logger as BoltLogger, type Receiver } from "@slack/bolt";
import type { SlackConfig } from "../../src/config.js";

/** The path Slack posts commands and interactions to in HTTP mode (Bolt's default, and the manifest's). */
export const EVENTS_PATH = "/slack/events";

/**
 * How Slack reaches us: a Socket Mode WebSocket (no public URL needed) or
 * signed HTTP requests. Both are Bolt receivers; this adds what Bolt leaves
 * out — a bound address for port 0, and a stop() that waits for the socket.
 */
export interface SlackTransport {
  readonly mode: "socket" | "http";
  readonly receiver: Receiver;
  start(app: App): Promise<void>;
  stop(app: App): Promise<void>;
  /** The HTTP server's bound address (port 0 becomes a real port); undefined in Socket Mode. */
  address(): AddressInfo | undefined;
}

/** Socket Mode when an app-level token is configured, HTTP otherwise. */
export function createTransport(config: SlackConfig, logger: BoltLogger): SlackTransport {
  return config.appToken ? socketMode(config.appToken, config.apiUrl, logger) : http(config, logger);
}

function socketMode(appToken: string, apiUrl: string | undefined, logger: BoltLogger): SlackTransport {
  const receiver = new SocketModeReceiver({
    appToken,
    logger,
    // The Socket Mode client makes its own WebClient for apps.connections.open and
    // takes its options only from here, not from the App's clientOptions.
    installerOptions: { clientOptions: apiUrl ? { slackApiUrl: apiUrl } : {} },
  });
  return {
    mode: "socket",
    receiver,
    // Resolves once Slack's "hello" arrives over the socket.
    start: async (app) => {
      await app.start();
    },
    // SocketModeReceiver.stop() calls disconnect() without awaiting it, so it resolves
    // while the WebSocket is still open; the client's own disconnect() waits for the close.
    stop: () => receiver.client.disconnect(),
    address: () => undefined,
  };
}

function http(config: SlackConfig, logger: BoltLogger): SlackTransport {
  // Bolt verifies X-Slack-Signature and rejects stale timestamps (401) before any listener runs.
  // processBeforeResponse stays false: ack() answers the HTTP request at once.
  const receiver = new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: EVENTS_PATH, logger });
  let server: Server | undefined;
  return {
    mode: "http",
    receiver,
    start: async (app) => {
      server = await app.start({ port: config.port, host: config.host });
    },
    stop: async (app) => {
      if (!server) return;
      server = undefined;
      await app.stop();
    },
    address: () => {
      const bound = server?.address();
      return bound && typeof bound === "object" ? bound : undefined;
    },
  };
}
