import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import type { BlockAction, SlashCommand, ViewSubmitAction } from "@slack/bolt";
import { WebSocketServer, type WebSocket } from "ws";
import { DEFAULT_WAIT_MS, Recorder } from "./recorder.js";

/** What Slack wraps each request in over Socket Mode. */
export type Envelope =
  | {
      readonly envelope_id: string;
      readonly type: "slash_commands";
      readonly payload: SlashCommand;
      readonly accepts_response_payload: boolean;
    }
  | {
      readonly envelope_id: string;
      readonly type: "interactive";
      readonly payload: BlockAction | ViewSubmitAction;
      readonly accepts_response_payload: boolean;
    };

/** An app's `{ envelope_id, payload? }` acknowledgement, and how long after sending it arrived. */
export interface SocketAck {
  readonly envelopeId: string;
  readonly payload: unknown;
  readonly latencyMs: number;
  /** performance.now() when the ack arrived, to compare with the Web API's records. */
  readonly receivedAt: number;
}

/** Slack pings Socket Mode clients; the SDK disconnects when pings stop for 30 s. */
const PING_INTERVAL_MS = 10_000;

/**
 * Slack's Socket Mode server on 127.0.0.1: accepts a connection on a URL
 * handed out by apps.connections.open (one use per ticket), greets it with
 * `hello`, sends envelopes, and records each ack with its latency.
 */
export class FakeSocketMode {
  readonly acks = new Recorder<SocketAck>((a) => `ack ${a.envelopeId}`);
  readonly connections = new Recorder<WebSocket>(() => "connection");
  /** Frames from the app that Slack would not understand; a test asserts this stays empty. */
  readonly protocolErrors: string[] = [];
  readonly #server: WebSocketServer;
  readonly #appId: string;
  readonly #tickets = new Set<string>();
  readonly #sentAt = new Map<string, number>();
  readonly #pinger: NodeJS.Timeout;
  #socket: WebSocket | undefined;

  private constructor(server: WebSocketServer, appId: string) {
    this.#server = server;
    this.#appId = appId;
    server.on("connection", (socket, request) => this.#connected(socket, request.url ?? ""));
    this.#pinger = setInterval(() => this.#socket?.ping(), PING_INTERVAL_MS);
    this.#pinger.unref();
  }

  static async start(appId: string): Promise<FakeSocketMode> {
    const server = await new Promise<WebSocketServer>((resolve, reject) => {
      const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
      wss.once("listening", () => resolve(wss));
      wss.once("error", reject);
    });
    return new FakeSocketMode(server, appId);
  }

  /** A one-time WebSocket URL, as apps.connections.open returns. */
  issueUrl(): string {
    const ticket = randomBytes(12).toString("hex");
    this.#tickets.add(ticket);
    const { port } = this.#server.address() as AddressInfo;
    return `ws://127.0.0.1:${port}/link/?ticket=${ticket}&app_id=${this.#appId}`;
  }

  waitForConnection(): Promise<WebSocket> {
    return this.connections.waitFor(() => true, "Socket Mode connection");
  }

  /**
   * Sends a request over the open connection; resolves with the app's ack (rejects if none comes).
   * `redeliver` sends an envelope again with its id, as Slack does when an ack was slow
   * (`retry_attempt` 1 and up, `retry_reason` "timeout"), and waits for a new ack.
   */
  async deliver(
    type: Envelope["type"],
    payload: Envelope["payload"],
    timeoutMs = DEFAULT_WAIT_MS,
    redeliver?: { readonly envelopeId: string; readonly attempt: number },
  ): Promise<SocketAck> {
    const socket = this.#socket;
    if (!socket) throw new Error("fake Slack: no Socket Mode client is connected");
    const envelopeId = redeliver?.envelopeId ?? randomBytes(16).toString("hex");
    const envelope = {
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: type === "slash_commands" || payload.type === "view_submission",
      ...(redeliver ? { retry_attempt: redeliver.attempt, retry_reason: "timeout" } : {}),
    };
    const earlier = new Set(this.acks.items);
    const acked = this.acks.waitFor(
      (a) => a.envelopeId === envelopeId && !earlier.has(a),
      `ack for envelope ${envelopeId}`,
      timeoutMs,
    );
    this.#sentAt.set(envelopeId, performance.now());
    socket.send(JSON.stringify(envelope));
    return acked;
  }

  async close(): Promise<void> {
    clearInterval(this.#pinger);
    for (const client of this.#server.clients) client.terminate();
    await new Promise<void>((resolve, reject) => this.#server.close((error) => (error ? reject(error) : resolve())));
  }

  #connected(socket: WebSocket, url: string): void {
    const ticket = new URL(url, "ws://127.0.0.1").searchParams.get("ticket") ?? "";
    if (!this.#tickets.delete(ticket)) {
      socket.close(4001, "invalid or used ticket");
      return;
    }
    this.#socket = socket;
    socket.on("message", (data) => this.#received(String(data)));
    socket.on("close", () => {
      if (this.#socket === socket) this.#socket = undefined;
    });
    socket.send(
      JSON.stringify({
        type: "hello",
        num_connections: 1,
        debug_info: { host: "fake-slack", build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: this.#appId },
      }),
    );
    this.connections.record(socket);
  }

  #received(text: string): void {
    let message: { envelope_id?: unknown; payload?: unknown };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      this.protocolErrors.push(`not JSON: ${text.slice(0, 80)}`);
      return;
    }
    if (typeof message.envelope_id !== "string") return void this.protocolErrors.push("a frame without envelope_id");
    const receivedAt = performance.now();
    const sentAt = this.#sentAt.get(message.envelope_id);
    if (sentAt === undefined) this.protocolErrors.push(`an ack for an unknown envelope ${message.envelope_id}`);
    this.acks.record({
      envelopeId: message.envelope_id,
      payload: message.payload,
      latencyMs: receivedAt - (sentAt ?? Number.NaN),
      receivedAt,
    });
  }
}
