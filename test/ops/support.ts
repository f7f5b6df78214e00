/**
 * Helpers for the operations tests: a Gather with real Prometheus metrics, its HTTP listener on
 * 127.0.0.1, a recording way to run commands, and a TCP proxy in front of PostgreSQL that a test can
 * shut (a real "database down" period) and open again without touching the shared server.
 */
import { createServer, Socket, type Server } from "node:net";
import { createGather, type Gather } from "../../src/app.js";
import { ManualClock } from "../../src/core/clock.js";
import type { Actor } from "../../src/core/invocation.js";
import { silentLogger, type Logger } from "../../src/core/logger.js";
import type { Database } from "../../src/db/index.js";
import { routes as featureRoutes } from "../../src/features/index.js";
import { PrometheusMetrics } from "../../src/http/metrics.js";
import { opsRoutes } from "../../src/http/ops.js";
import { HttpListener } from "../../src/http/server.js";
import { RecordingMessenger } from "../support/messenger.js";
import { RecordingResponder } from "../support/responder.js";

export interface OpsGather {
  readonly gather: Gather;
  readonly metrics: PrometheusMetrics;
  readonly clock: ManualClock;
  readonly sent: { readonly slack: RecordingMessenger; readonly discord: RecordingMessenger };
  /** Runs "/<command> <text>" as `actor`; resolves with what was replied. */
  command(actor: Actor, command: string, text: string): Promise<RecordingResponder>;
}

/** The whole core on `database` with its own metrics registry (as main.ts builds it). */
export function opsGather(database: Database, options: { clock?: ManualClock; logger?: Logger } = {}): OpsGather {
  const clock = options.clock ?? new ManualClock("2026-03-29T09:00:00Z");
  const metrics = new PrometheusMetrics({ processMetrics: false, platforms: ["slack", "discord"] });
  const gather = createGather({
    db: database.prisma,
    provider: database.provider,
    clock,
    logger: options.logger ?? silentLogger,
    defaults: { timeZone: "Europe/London", locale: "en" },
    metrics,
  });
  const sent = { slack: new RecordingMessenger("slack"), discord: new RecordingMessenger("discord") };
  gather.messengers.register(sent.slack);
  gather.messengers.register(sent.discord);
  return {
    gather,
    metrics,
    clock,
    sent,
    async command(actor, command, text) {
      const responder = new RecordingResponder();
      await gather.dispatcher.handle({
        kind: "command",
        actor,
        channelId: "C-test",
        command,
        input: { kind: "text", text },
        responder,
      });
      return responder;
    },
  };
}

/** The bot's HTTP listener for `g` on 127.0.0.1, port 0; `ready` as main.ts sets it. */
export async function listenerFor(
  database: Database,
  g: OpsGather,
  ready: () => boolean = () => true,
): Promise<{ url: string; close(): Promise<void> }> {
  const listener = new HttpListener({
    routes: [...opsRoutes({ ready, metrics: g.metrics, databaseTimeoutMs: 5000 }), ...featureRoutes],
    deps: { db: database.prisma, provider: database.provider, clock: g.clock, logger: silentLogger },
  });
  const port = await listener.listen(0, "127.0.0.1");
  return { url: `http://127.0.0.1:${port}`, close: () => listener.close() };
}

/** One sample's value from Prometheus text, e.g. value(text, 'gather_commands_total{command="update",outcome="ok"}'). */
export function sample(text: string, series: string): number | undefined {
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const space = line.lastIndexOf(" ");
    if (line.slice(0, space) === series) return Number(line.slice(space + 1));
  }
  return undefined;
}

/**
 * A TCP proxy on 127.0.0.1 to `target`. `down()` stops accepting and cuts every open connection
 * (clients see ECONNREFUSED / "connection terminated", as when the server goes away); `up()`
 * listens again on the same port. `blackHole()` keeps accepting but forwards nothing, either way,
 * on open and new connections alike (a database reachable but not answering); `lift()` forwards
 * again, what was held back included.
 */
export class TcpProxy {
  readonly #target: { host: string; port: number };
  readonly #sockets = new Set<Socket>();
  readonly #pairs = new Set<{ client: Socket; upstream: Socket }>();
  #hole = false;
  #server: Server | undefined;
  #port = 0;

  private constructor(target: { host: string; port: number }) {
    this.#target = target;
  }

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const proxy = new TcpProxy(target);
    await proxy.up();
    return proxy;
  }

  get port(): number {
    return this.#port;
  }

  /** Connections currently open through the proxy. */
  get connections(): number {
    return this.#sockets.size / 2;
  }

  async up(): Promise<void> {
    if (this.#server) return;
    const server = createServer((client) => {
      const upstream = new Socket();
      for (const s of [client, upstream]) {
        this.#sockets.add(s);
        s.on("close", () => this.#sockets.delete(s));
        s.on("error", () => undefined);
      }
      upstream.connect(this.#target.port, this.#target.host);
      const pair = { client, upstream };
      this.#pairs.add(pair);
      if (this.#hole) {
        client.pause();
        upstream.pause();
      } else {
        client.pipe(upstream);
        upstream.pipe(client);
      }
      client.on("close", () => {
        this.#pairs.delete(pair);
        upstream.destroy();
      });
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.#port, "127.0.0.1", () => resolve());
    });
    this.#port = (server.address() as { port: number }).port;
    this.#server = server;
  }

  /** Accepts, and forwards nothing: every byte either way is held until {@link lift}. */
  blackHole(): void {
    this.#hole = true;
    for (const { client, upstream } of this.#pairs) {
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
    }
  }

  /** Forwards again, starting with what was held. */
  lift(): void {
    this.#hole = false;
    for (const { client, upstream } of this.#pairs) {
      client.pipe(upstream);
      upstream.pipe(client);
    }
  }

  async down(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    for (const s of this.#sockets) s.destroy();
    this.#sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** `url` with its host and port replaced by the proxy's. */
export function throughProxy(url: string, proxy: TcpProxy): string {
  const u = new URL(url);
  u.hostname = "127.0.0.1";
  u.port = String(proxy.port);
  return u.toString();
}
