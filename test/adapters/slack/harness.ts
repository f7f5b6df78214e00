import type { ActionsBlock, Button, KnownBlock } from "@slack/types";
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { Writable } from "node:stream";
import { expect } from "vitest";
import { createSlackAdapter, type SlackAdapter, type SlackClientPolicy } from "../../../adapters/slack/adapter.js";
import type { Gather } from "../../../src/app.js";
import { gatherOn } from "../../support/gather.js";
import type { SlackConfig } from "../../../src/config.js";
import { ManualClock } from "../../../src/core/clock.js";
import { translate, type MessageKey, type MessageParams } from "../../../src/core/i18n/index.js";
import { createLogger, silentLogger, type Logger } from "../../../src/core/logger.js";
import type { Database } from "../../../src/db/index.js";
import type { SeenRequests } from "../../../src/core/seen-requests.js";
import {
  general,
  sentMessage,
  startFakeSlack,
  SignedSlackClient,
  type ApiCall,
  type FakeSlack,
  type Who,
} from "../../fakes/slack/index.js";
import { databaseFor } from "../../support/db.js";

/** The instant every test's clock reads: card times are checked against it. */
export const NOW = "2026-03-29T00:30:00Z";

/** A log line as pino wrote it. */
export interface LogLine {
  readonly level: number;
  readonly msg?: string;
  readonly [key: string]: unknown;
}

const PINO_ERROR = 50;

/**
 * The real Slack adapter (real Bolt, real dispatcher, real SQLite database)
 * wired to a fake Slack. Also watches for what must never happen quietly:
 * error log lines (Bolt catches listener failures and only logs them),
 * unhandled rejections, and Socket Mode frames Slack would not understand.
 */
export interface SlackHarness {
  readonly fake: FakeSlack;
  readonly adapter: SlackAdapter;
  /** The core the adapter runs, with the adapter's Messenger registered (as main.ts does). */
  readonly gather: Gather;
  /** Gather's clock: stopped at {@link NOW}, moved only by the test. */
  readonly clock: ManualClock;
  readonly database: Database;
  /** Signs requests like Slack; HTTP mode only. */
  readonly slack: SignedSlackClient;
  readonly logs: readonly LogLine[];
  /**
   * Milliseconds from each request reaching the adapter's HTTP server to its
   * response being finished, measured in the server. The client's own
   * round trip is longer, because the client shares this process's event loop
   * with the work the adapter starts right after acking.
   */
  readonly serverAckMs: readonly number[];
  /** Stops the adapter, then the fake; fails the test if anything went wrong unnoticed. */
  stop(options?: { allowErrors?: boolean }): Promise<void>;
}

/** A fresh, migrated SQLite database, removed after the test. */
export async function openSqlite(): Promise<Database> {
  const sqlite = databaseFor("sqlite");
  if (!sqlite) throw new Error("the SQLite test database is missing from test/support/db.ts");
  return sqlite.open();
}

/** The whole core on `database`, with the clock stopped at {@link NOW} unless one is given. */
export function slackGatherOn(
  database: Database,
  logger: Logger = silentLogger,
  clock: ManualClock = new ManualClock(NOW),
): Gather {
  return gatherOn(database, clock, logger);
}

export async function startHarness(
  mode: "http" | "socket",
  options: {
    queue?: { limit: number; maxWaiting: number };
    client?: Partial<SlackClientPolicy>;
    /** Another instance's database, to run two instances on one; a fresh SQLite one by default. */
    database?: Database;
    /** Replaces the database's store of handled requests (to make it hang or fail). */
    seenRequests?: SeenRequests;
  } = {},
): Promise<SlackHarness> {
  const database = options.database ?? (await openSqlite());
  const fake = await startFakeSlack();
  const logs: LogLine[] = [];
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  process.on("unhandledRejection", onRejection);

  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const logger = createLogger({ level: "info", destination });
  const clock = new ManualClock(NOW);
  const gather = slackGatherOn(database, logger, clock);
  const config: SlackConfig = {
    botToken: fake.workspace.botToken,
    signingSecret: fake.workspace.signingSecret,
    appToken: mode === "socket" ? fake.workspace.appToken : undefined,
    apiUrl: fake.api.url,
    port: 0,
    host: "127.0.0.1",
  };
  const adapter = createSlackAdapter({
    config,
    gather,
    logger: logger.child({ adapter: "slack" }),
    ...(options.queue ? { queue: options.queue } : {}),
    ...(options.client ? { client: options.client } : {}),
    ...(options.seenRequests ? { seenRequests: options.seenRequests } : {}),
  });
  try {
    await adapter.start();
    gather.messengers.register(adapter.messenger);
  } catch (error) {
    process.off("unhandledRejection", onRejection);
    await fake.close();
    throw error;
  }
  const port = adapter.address()?.port;
  const serverAckMs: number[] = [];
  const stopTiming = timeResponses(port, serverAckMs);
  const slack = new SignedSlackClient(`http://127.0.0.1:${port ?? 0}/slack/events`, fake.workspace.signingSecret);

  return {
    fake,
    adapter,
    gather,
    clock,
    database,
    slack,
    logs,
    serverAckMs,
    async stop({ allowErrors = false } = {}) {
      try {
        await adapter.stop();
        await fake.close();
      } finally {
        stopTiming();
        process.off("unhandledRejection", onRejection);
      }
      expect(rejections, "unhandled rejections").toEqual([]);
      expect(fake.socket.protocolErrors, "Socket Mode frames Slack would not understand").toEqual([]);
      if (!allowErrors)
        expect(
          logs.filter((l) => l.level >= PINO_ERROR),
          "error log lines",
        ).toEqual([]);
    },
  };
}

/** What Node publishes on its http.server.* diagnostics channels. */
interface ServerEvent {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  readonly server: Server;
}

/** Times responses of the server on `port` (the adapter's), via Node's http diagnostics channels. */
function timeResponses(port: number | undefined, into: number[]): () => void {
  const started = new WeakMap<ServerResponse, number>();
  const ours = (event: ServerEvent) => {
    const address = event.server.address();
    return port !== undefined && typeof address === "object" && address?.port === port;
  };
  const onStart = (message: unknown) => {
    const event = message as ServerEvent;
    if (ours(event)) started.set(event.response, performance.now());
  };
  const onFinish = (message: unknown) => {
    const event = message as ServerEvent;
    const at = started.get(event.response);
    if (at !== undefined) into.push(performance.now() - at);
  };
  subscribe("http.server.request.start", onStart);
  subscribe("http.server.response.finish", onFinish);
  return () => {
    unsubscribe("http.server.request.start", onStart);
    unsubscribe("http.server.response.finish", onFinish);
  };
}

/**
 * `/update <text>` over HTTP, as `who` (Alice in #general by default), and
 * the card it posts. Waiting for each card keeps update numbers in the
 * order the test posts them.
 */
export async function postUpdate(h: SlackHarness, text: string, who: Who = {}): Promise<ApiCall> {
  const payload = h.fake.payloads.slashCommand("/update", text, who);
  const title = text.split("|")[0]?.trim() ?? "";
  await h.slack.slashCommand(payload);
  return h.fake.api.calls.waitFor(
    (c) =>
      c.method === "chat.postMessage" &&
      c.result.ok &&
      c.args["channel"] === (who.channel ?? general).id &&
      sentMessage(c).text.startsWith(title),
    `the card of “${title}”`,
  );
}

/** Seconds since the epoch, as Slack's `<!date^…>` tokens take them. */
export const unix = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** A catalogue string in English, as the fake workspace's members read it. */
export const en = (key: MessageKey, params?: MessageParams) => translate("en", key, params);

/** The buttons in a message's blocks, in order. */
export function buttonsOf(blocks: readonly KnownBlock[]): Button[] {
  return blocks
    .filter((b): b is ActionsBlock => b.type === "actions")
    .flatMap((b) => b.elements)
    .filter((e): e is Button => e.type === "button");
}
