import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  HTTPReceiver,
  SocketModeReceiver,
  type App,
  type HTTPReceiverOptions,
  type Logger as BoltLogger,
  type Receiver,
} from "@slack/bolt";
import type { SlackConfig } from "../../src/config.js";
import type { SeenRequests } from "../../src/core/seen-requests.js";
import { commandNameOf } from "./invocations.js";
import { BodyTooLarge, checkSlackRequest, MAX_BODY_BYTES, readBody, SEEN_FOR_SECONDS } from "./request-guard.js";

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

/** What Gather checks before Bolt sees a request (see {@link GuardedReceiver}). */
export interface RequestGuard {
  /** Signatures already handled, shared by every instance on the database. */
  readonly seen: SeenRequests;
  /** HTTP: slash commands answered "busy" before Bolt while this says the instance is full. */
  readonly overload?: Overload;
  /** Milliseconds since the epoch, for the timestamp window; Date.now unless given. */
  readonly now?: () => number;
}

/** Socket Mode when an app-level token is configured, HTTP otherwise. */
export function createTransport(config: SlackConfig, logger: BoltLogger, guard: RequestGuard): SlackTransport {
  return config.appToken ? socketMode(config.appToken, config.apiUrl, logger) : http(config, logger, guard);
}

function socketMode(appToken: string, apiUrl: string | undefined, logger: BoltLogger): SlackTransport {
  const receiver = new SocketModeReceiver({
    appToken,
    logger,
    // The Socket Mode client makes its own WebClient for apps.connections.open and
    // takes its options only from here, not from the App's clientOptions.
    installerOptions: { clientOptions: apiUrl ? { slackApiUrl: apiUrl } : {} },
  });
  ignoreRedeliveries(receiver);
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

/**
 * Envelope ids remembered per instance (across reconnects). Slack redelivers an envelope not acked in time, over the
 * same connection, within seconds; this many covers minutes of a busy workspace's traffic.
 */
const ENVELOPES_REMEMBERED = 10_000;

/**
 * Socket Mode: an envelope id already handled is acked again but not processed twice. Kept in memory,
 * bounded (the oldest ids forgotten first): enough for one connection, which is where Slack redelivers;
 * an instance's restart forgets them. Bolt's receiver listens for the client's "slack_event";
 * its listener is put behind the check.
 */
function ignoreRedeliveries(receiver: SocketModeReceiver): void {
  const client = receiver.client;
  const handlers = client.listeners("slack_event");
  client.removeAllListeners("slack_event");
  const seen = new Set<string>();
  client.on("slack_event", async (args: { envelope_id?: unknown; ack: () => Promise<void> }) => {
    const id = typeof args.envelope_id === "string" ? args.envelope_id : undefined;
    if (id !== undefined && seen.has(id)) return args.ack();
    if (id !== undefined) {
      seen.add(id);
      if (seen.size > ENVELOPES_REMEMBERED) seen.delete(seen.values().next().value as string);
    }
    for (const handler of handlers) await (handler as (a: typeof args) => Promise<void>)(args);
  });
}

function http(config: SlackConfig, logger: BoltLogger, guard: RequestGuard): SlackTransport {
  // GuardedReceiver checks size, signature, window and replays first; Bolt then verifies the signature
  // again before any listener runs. processBeforeResponse stays false: ack() answers the HTTP request at once.
  const options: HTTPReceiverOptions = { signingSecret: config.signingSecret, endpoints: EVENTS_PATH, logger };
  const receiver = new GuardedReceiver(options, guard);
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
 * Bolt's HTTP receiver behind Gather's own checks, for every POST to the events path:
 * - the body is read with a 1 MiB cap first (413, nothing parsed, nothing stored);
 * - the signature is checked, and the timestamp must be within 5 minutes of now in either
 *   direction (401; Bolt checks only the past);
 * - a request whose signature was already handled, on any instance sharing the database, is refused
 *   (401): the first instance's INSERT of the signature wins. If the store cannot answer within 1 s
 *   (the database is down or hung) the request goes on — the window still bounds replays, and the
 *   command itself then answers "I can't reach my records";
 * - while `overload.full()`, a signed slash command is answered "busy" at once, before Bolt's
 *   middleware. Shedding load is only worth it if saying no is cheap: through Bolt, a busy answer
 *   costs about as much CPU as a bare Bolt app's whole ack. The busy answer skips the replay store
 *   (it changes nothing, so a copy of it is harmless), keeping it free of database work.
 * Anything else goes on to Bolt with the body already read (Bolt reuses `rawBody` and checks the
 * signature again). Slack's unsigned `ssl_check` goes to Bolt unchecked; Bolt strips it to that one field.
 */
class GuardedReceiver extends HTTPReceiver {
  constructor(options: HTTPReceiverOptions, guard: RequestGuard) {
    super(options);
    const bolt = this.requestListener;
    const secret = typeof options.signingSecret === "string" ? options.signingSecret : "";
    const logger = options.logger;
    const now = guard.now ?? Date.now;
    this.requestListener = (req, res) => {
      if (req.method !== "POST" || !isEventsPath(req)) return bolt(req, res);
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
          const text = body.toString("utf8");
          const check = checkSlackRequest(req, text, secret, now());
          if (check.kind === "refused") return refuse(res, check.reason);
          if (check.kind === "signed") {
            const busy = guard.overload?.full() ? busyCommand(req, text) : undefined;
            if (busy !== undefined) return answerBusy(res, guard.overload?.busyText(busy) ?? "");
            if (!(await firstCopy(guard.seen, check.signature, check.timestamp))) return refuse(res, "replayed");
          }
          bolt(Object.assign(req, { rawBody: body }), res);
        } catch (error) {
          logger?.error("slack: a request failed before reaching Bolt", error);
          if (!res.headersSent) res.writeHead(500).end();
        }
      })();
    };

    /**
     * False for a copy of a request already handled; true when the store cannot tell within
     * {@link SEEN_CHECK_MS} (logged): a hung database must not keep Slack's 3-second ack waiting.
     */
    async function firstCopy(seen: SeenRequests, signature: string, timestamp: number): Promise<boolean> {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<"late">((resolve) => {
        timer = setTimeout(() => resolve("late"), SEEN_CHECK_MS);
      });
      try {
        const first = seen.firstSeen(`slack:${signature}`, new Date((timestamp + SEEN_FOR_SECONDS) * 1000));
        first.catch(() => undefined); // its failure after the deadline is logged below only if it came in time
        const answer = await Promise.race([first, late]);
        if (answer !== "late") return answer;
        logger?.warn("slack: the replay check did not answer in time; handling the request");
        return true;
      } catch (error) {
        logger?.warn("slack: could not check a request for replay; handling it once more is possible", error);
        return true;
      } finally {
        clearTimeout(timer);
      }
    }

    function refuse(res: ServerResponse, reason: string): void {
      logger?.info(`slack: refused a request (${reason})`);
      res.writeHead(401).end();
    }
  }
}

/** The longest the replay check may hold a request: well inside Slack's 3 seconds for the ack. */
const SEEN_CHECK_MS = 1_000;

function isEventsPath(req: IncomingMessage): boolean {
  const url = req.url ?? "";
  const query = url.indexOf("?");
  return (query < 0 ? url : url.slice(0, query)) === EVENTS_PATH;
}

/** The slash command's name when `body` (already checked as signed) is a slash command, else undefined. */
function busyCommand(req: IncomingMessage, body: string): string | undefined {
  if (req.headers["content-type"] !== FORM) return undefined;
  const fields = new URLSearchParams(body);
  const command = fields.get("command");
  return command && !fields.has("payload") && !fields.has("ssl_check") ? commandNameOf({ command }) : undefined;
}

function answerBusy(res: ServerResponse, text: string): void {
  const body = JSON.stringify({ response_type: "ephemeral", text });
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}
