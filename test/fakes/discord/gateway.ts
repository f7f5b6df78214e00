import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type {
  GatewayDispatchPayload,
  GatewayIdentifyData,
  GatewayReadyDispatchData,
  GatewayReceivePayload,
  GatewaySendPayload,
} from "discord-api-types/v10";
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayOpcodes } from "discord-api-types/v10";
import { WebSocket, WebSocketServer, type RawData } from "ws";
import { snowflake } from "./ids.js";
import { guildCreate, type FakeWorld } from "./world.js";

/** What the bot identified with (the token left out). */
export type Identified = Omit<GatewayIdentifyData, "token"> & { readonly query: URLSearchParams };

interface Session {
  readonly id: string;
  readonly socket: WebSocket;
  seq: number;
}

type Listener = () => void;

/**
 * Discord's gateway, for one shard: HELLO on connect, IDENTIFY checked
 * (token, intents, shard) and answered with READY and GUILD_CREATE,
 * heartbeats acknowledged, RESUME accepted; then `dispatch()` sends events
 * such as INTERACTION_CREATE. JSON only: the fake speaks neither ETF nor
 * zlib-stream, and refuses a connection asking for them.
 */
export class FakeGateway {
  readonly #world: FakeWorld;
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #heartbeatIntervalMs: number;
  readonly #sessions = new Map<string, Session>();
  readonly #listeners = new Set<Listener>();
  /** Every IDENTIFY the fake accepted. */
  readonly identified: Identified[] = [];
  /** Heartbeats received (op 1), each acknowledged with op 11. */
  heartbeats = 0;
  /** Problems the fake saw from the client (bad token, bad payloads). */
  readonly complaints: string[] = [];
  url = "";

  constructor(world: FakeWorld, options: { heartbeatIntervalMs: number }) {
    this.#world = world;
    this.#heartbeatIntervalMs = options.heartbeatIntervalMs;
  }

  /** Takes over an HTTP upgrade request aimed at the gateway. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const query = new URL(request.url ?? "/", "ws://fake").searchParams;
    this.#wss.handleUpgrade(request, socket, head, (ws) => this.#connected(ws, query));
  }

  /** Sends a dispatch event to every identified session. */
  dispatch(payload: Omit<GatewayDispatchPayload, "s" | "op">): void {
    const sessions = [...this.#sessions.values()];
    if (sessions.length === 0) throw new Error("fake gateway: no identified session to dispatch to");
    for (const session of sessions) {
      session.seq += 1;
      send(session.socket, { ...payload, op: GatewayOpcodes.Dispatch, s: session.seq } as GatewayDispatchPayload);
    }
  }

  get sessions(): number {
    return this.#sessions.size;
  }

  /** Calls back whenever something happens on the gateway, so tests can wait on it. */
  onChange(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Drops every connection still open (a test stops its client first, so normally none). */
  async close(): Promise<void> {
    for (const client of this.#wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #connected(ws: WebSocket, query: URLSearchParams): void {
    if (query.get("v") !== "10" || query.get("encoding") !== "json" || query.has("compress")) {
      this.#complain(`unsupported gateway query: ${query.toString()}`);
      ws.close(GatewayCloseCodes.DecodeError, "this fake speaks v10 JSON without compression");
      return;
    }
    send(ws, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.#heartbeatIntervalMs }, s: null, t: null });
    let session: Session | undefined;
    ws.on("message", (data: RawData) => {
      let payload: GatewaySendPayload;
      try {
        payload = JSON.parse(data.toString()) as GatewaySendPayload;
      } catch {
        ws.close(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
        return;
      }
      switch (payload.op) {
        case GatewayOpcodes.Heartbeat:
          this.heartbeats += 1;
          send(ws, { op: GatewayOpcodes.HeartbeatAck, d: undefined, s: null, t: null });
          break;
        case GatewayOpcodes.Identify:
          if (session) {
            ws.close(GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated.");
            return;
          }
          session = this.#identify(ws, payload.d, query);
          break;
        case GatewayOpcodes.Resume: {
          const resumed = this.#sessions.get(payload.d.session_id);
          if (payload.d.token !== this.#world.token || !resumed) {
            send(ws, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
            return;
          }
          session = { id: resumed.id, socket: ws, seq: resumed.seq };
          this.#sessions.set(session.id, session);
          session.seq += 1;
          send(ws, { op: GatewayOpcodes.Dispatch, t: GatewayDispatchEvents.Resumed, s: session.seq, d: undefined });
          break;
        }
        default:
          if (!session) ws.close(GatewayCloseCodes.NotAuthenticated, "Not authenticated.");
      }
      this.#changed();
    });
    ws.on("close", () => {
      if (session && this.#sessions.get(session.id)?.socket === ws) this.#sessions.delete(session.id);
      this.#changed();
    });
  }

  #identify(ws: WebSocket, d: GatewayIdentifyData, query: URLSearchParams): Session | undefined {
    if (d.token !== this.#world.token) {
      this.#complain("IDENTIFY with a wrong token");
      ws.close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
      return undefined;
    }
    const [shardId, shardCount] = d.shard ?? [0, 1];
    if (shardId !== 0 || shardCount !== 1) {
      ws.close(GatewayCloseCodes.InvalidShard, "Invalid shard.");
      return undefined;
    }
    const { token: _token, ...rest } = d;
    this.identified.push({ ...rest, query });
    const session: Session = { id: snowflake(), socket: ws, seq: 0 };
    this.#sessions.set(session.id, session);
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: this.#world.bot,
      guilds: [{ id: this.#world.guild.id, unavailable: true }],
      session_id: session.id,
      resume_gateway_url: this.url,
      shard: [0, 1],
      application: {
        id: this.#world.application.id,
        flags: this.#world.application.flags,
        flags_new: String(this.#world.application.flags),
      },
    };
    // READY lists the guild as unavailable; GUILD_CREATE then brings it in full, as Discord does.
    session.seq += 1;
    send(ws, { op: GatewayOpcodes.Dispatch, t: GatewayDispatchEvents.Ready, s: session.seq, d: ready });
    session.seq += 1;
    send(ws, {
      op: GatewayOpcodes.Dispatch,
      t: GatewayDispatchEvents.GuildCreate,
      s: session.seq,
      d: guildCreate(this.#world),
    });
    return session;
  }

  #complain(problem: string): void {
    this.complaints.push(problem);
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }
}

function send(ws: WebSocket, payload: GatewayReceivePayload): void {
  if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(payload));
}
