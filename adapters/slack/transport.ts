import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  HTTPReceiver,
  isValidSlackRequest,
  SocketModeReceiver,
  type App,
  type HTTPReceiverOptions,
  type Logger as BoltLogger,
  type Receiver,
} from "@slack/bolt";
import type { SlackConfig } from "../../src/config.js";
import { commandNameOf } from "./invocations.js";

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

/** How the HTTP transport turns slash commands away while the instance is overloaded. */
export interface Overload {
  /** True while new commands would only queue (the adapter's InFlight is full). */
  readonly full: () => boolean;
  /** The private "busy, try again" for the command named (Dispatcher.busy, which counts it). */
  readonly busyText: (command: string) => string;
}

/** Socket Mode when an app-level token is configured, HTTP otherwise. */
export function createTransport(config: SlackConfig, logger: BoltLogger, overload?: Overload): SlackTransport {
  return config.appToken ? socketMode(config.appToken, config.apiUrl, logger) : http(config, logger, overload);
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

function http(config: SlackConfig, logger: BoltLogger, overload?: Overload): SlackTransport {
  // Bolt verifies X-Slack-Signature and rejects stale timestamps (401) before any listener runs.
  // processBeforeResponse stays false: ack() answers the HTTP request at once.
  const options: HTTPReceiverOptions = { signingSecret: config.signingSecret, endpoints: EVENTS_PATH, logger };
  const receiver = overload ? new SheddingReceiver(options, overload) : new HTTPReceiver(options);
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

const FORM = "application/x-www-form-urlencoded";

/**
 * Bolt's HTTP receiver, answering slash commands "busy" for less while the
 * instance is overloaded. Shedding load is only worth it if saying no is
 * cheap: through Bolt, a busy answer costs about as much CPU as a bare Bolt
 * app's whole ack (its middleware chain, listener matching and timers), CPU
 * the accepted commands' work then lacks. Here, while `overload.full()`, a
 * POST to the events path is read, its signature checked with Bolt's own
 * `isValidSlackRequest` (same secret, same 5-minute window) and, if it is a
 * slash command, answered at once. Anything else — a button, a form, a bad
 * signature, url_verification — goes on to Bolt with the body already read
 * (Bolt reuses `rawBody`), so Bolt's own answers (401s included) are kept.
 * When not overloaded every request goes straight to Bolt.
 */
class SheddingReceiver extends HTTPReceiver {
  constructor(options: HTTPReceiverOptions, overload: Overload) {
    super(options);
    const bolt = this.requestListener;
    const secret = typeof options.signingSecret === "string" ? options.signingSecret : "";
    const logger = options.logger;
    this.requestListener = (req, res) => {
      if (req.method !== "POST" || req.headers["content-type"] !== FORM || !overload.full() || !isEventsPath(req))
        return bolt(req, res);
      void (async () => {
        let body: Buffer;
        try {
          body = await readBody(req, MAX_BODY_BYTES);
        } catch (error) {
          // Too big for anything Slack sends, or the client went away mid-body.
          if (error instanceof BodyTooLarge && !res.headersSent) res.writeHead(413, { connection: "close" }).end();
          else res.destroy();
          return;
        }
        try {
          const busy = busyCommand(req, body, secret);
          if (busy === undefined) bolt(Object.assign(req, { rawBody: body }), res);
          else answerBusy(res, overload.busyText(busy));
        } catch (error) {
          logger?.error("slack: a request failed before reaching Bolt", error);
          if (!res.headersSent) res.writeHead(500).end();
        }
      })();
    };
  }
}

/** More than any request Slack sends (a slash command is a few hundred bytes; a form's state, tens of KB). */
const MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

function isEventsPath(req: IncomingMessage): boolean {
  const url = req.url ?? "";
  const query = url.indexOf("?");
  return (query < 0 ? url : url.slice(0, query)) === EVENTS_PATH;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume(); // drain and drop the rest
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The slash command's name when `body` is a correctly signed slash command, else undefined. */
function busyCommand(req: IncomingMessage, body: Buffer, signingSecret: string): string | undefined {
  const signature = req.headers["x-slack-signature"];
  const timestamp = Number(req.headers["x-slack-request-timestamp"]);
  if (typeof signature !== "string" || !Number.isFinite(timestamp)) return undefined;
  const text = body.toString("utf8");
  const valid = isValidSlackRequest({
    signingSecret,
    body: text,
    headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp },
  });
  if (!valid) return undefined;
  const fields = new URLSearchParams(text);
  const command = fields.get("command");
  return command && !fields.has("payload") && !fields.has("ssl_check") ? commandNameOf({ command }) : undefined;
}

function answerBusy(res: ServerResponse, text: string): void {
  const body = JSON.stringify({ response_type: "ephemeral", text });
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}
