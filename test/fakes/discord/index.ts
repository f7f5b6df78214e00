import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type {
  APIInteractionResponse,
  APIInteractionResponseCallbackData,
  APIMessage,
  APIModalInteractionResponseCallbackData,
} from "discord-api-types/v10";
import { GatewayDispatchEvents, InteractionResponseType } from "discord-api-types/v10";
import { FakeGateway } from "./gateway.js";
import {
  buttonPress,
  chatInput,
  modalSubmit,
  type ButtonPress,
  type CommandCall,
  type ModalSubmission,
} from "./interactions.js";
import { now, RequestLog, type RecordedRequest } from "./recorder.js";
import { FakeRest } from "./rest.js";
import { FakeStore, type IssuedInteraction } from "./store.js";
import { createWorld, type FakeWorld } from "./world.js";

export type { RecordedRequest } from "./recorder.js";
export type { FakeMember, FakeWorld } from "./world.js";
export { INTERACTION_RESPONSE_DEADLINE_MS } from "./rest-interactions.js";

export interface FakeDiscordOptions {
  /** HELLO's heartbeat interval. Short by default, so heartbeats happen within a test. */
  readonly heartbeatIntervalMs?: number;
}

/** An interaction the fake has sent, to wait for its answer. */
export interface SentInteraction {
  readonly id: string;
  readonly token: string;
  /** `performance.now()` when INTERACTION_CREATE went out. */
  readonly dispatchedAt: number;
}

/** A recorded interaction response, with its body typed. */
export interface RecordedCallback extends RecordedRequest {
  readonly body: APIInteractionResponse;
}

/** The message of a type 4 (reply) or 7 (update) interaction response; throws for any other type. */
export function messageOf(callback: RecordedCallback): APIInteractionResponseCallbackData {
  const { body } = callback;
  if (
    body.type === InteractionResponseType.ChannelMessageWithSource ||
    body.type === InteractionResponseType.UpdateMessage
  )
    return body.data ?? {};
  throw new Error(`expected a message response (4 or 7), got type ${body.type}`);
}

/** The modal of a type 9 interaction response; throws for any other type. */
export function modalOf(callback: RecordedCallback): APIModalInteractionResponseCallbackData {
  const { body } = callback;
  if (body.type === InteractionResponseType.Modal) return body.data;
  throw new Error(`expected a modal response (9), got type ${body.type}`);
}

/**
 * Discord on 127.0.0.1: REST under `/api/v10` and the gateway, on one port.
 * Point discord.js at `apiUrl`; it finds the gateway through GET /gateway/bot.
 */
export class FakeDiscord {
  readonly world: FakeWorld;
  readonly store: FakeStore;
  readonly requests = new RequestLog();
  readonly gateway: FakeGateway;
  readonly #rest: FakeRest;
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  #port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.world = createWorld();
    this.store = new FakeStore(this.world);
    this.gateway = new FakeGateway(this.world, { heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1000 });
    this.#rest = new FakeRest(this.store, this.requests, () => this.gatewayUrl);
    this.#server = createServer((req, res) => void this.#rest.serve(req, res));
    this.#server.on("upgrade", (req, socket, head) => this.gateway.upgrade(req, socket, head));
    this.#server.on("connection", (socket) => {
      this.#sockets.add(socket);
      socket.on("close", () => this.#sockets.delete(socket));
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve, reject) => {
      fake.#server.once("error", reject);
      fake.#server.listen(0, "127.0.0.1", () => resolve());
    });
    fake.#port = (fake.#server.address() as AddressInfo).port;
    fake.gateway.url = fake.gatewayUrl;
    return fake;
  }

  /** What DISCORD_API_URL is set to: the base without the version, as discord.js expects. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}`;
  }

  /** Exceptions inside the fake: none, in a passing test. */
  get failures(): readonly unknown[] {
    return this.#rest.failures;
  }

  /** A member runs a slash command (which must be registered). */
  runCommand(call: CommandCall): SentInteraction {
    return this.#dispatch(chatInput(this.store, call));
  }

  /** A member presses a button. */
  pressButton(press: ButtonPress): SentInteraction {
    return this.#dispatch(buttonPress(this.store, press));
  }

  /** A member fills in and submits the modal the bot opened in answer to `modalOf`. */
  submitModal(submission: ModalSubmission): SentInteraction {
    return this.#dispatch(modalSubmit(this.store, submission));
  }

  /** The interaction response for an interaction, once the bot has sent it. */
  async callback(interaction: SentInteraction, timeoutMs = 5000): Promise<RecordedCallback> {
    const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
    return (await this.requests.waitFor((r) => r.method === "POST" && r.path === path, {
      timeoutMs,
      what: `callback for interaction ${interaction.id}`,
    })) as RecordedCallback;
  }

  /** Requests on an interaction's webhook (follow-ups, edits, deletes of its messages). */
  webhookRequests(interaction: SentInteraction): RecordedRequest[] {
    return this.requests.filter((r) =>
      r.path.startsWith(`/webhooks/${this.world.application.id}/${interaction.token}`),
    );
  }

  /** The messages in a channel, oldest first. */
  messagesIn(channelId: string): APIMessage[] {
    return [...this.store.messages.values()].filter((m) => m.channel_id === channelId);
  }

  /** Resolves when the gateway has an identified session (the bot is connected). */
  async connected(timeoutMs = 5000): Promise<void> {
    if (this.gateway.sessions > 0) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`fake Discord: no gateway session within ${timeoutMs} ms`));
      }, timeoutMs);
      const stop = this.gateway.onChange(() => {
        if (this.gateway.sessions === 0) return;
        clearTimeout(timer);
        stop();
        resolve();
      });
    });
  }

  /**
   * Closes the HTTP connections that sit idle between requests (clients keep
   * them alive), and resolves once they are closed: what stays open after
   * that was opened, and not closed, by the client.
   */
  async dropIdleConnections(): Promise<void> {
    this.#server.closeIdleConnections();
    await Promise.all(
      [...this.#sockets].filter((s) => s.destroyed).map((s) => (s.closed ? undefined : once(s, "close"))),
    );
  }

  /**
   * Closes the gateway and the HTTP server, dropping connections left open
   * (clients keep idle HTTP connections alive), and resolves once they are closed.
   */
  async close(): Promise<void> {
    await this.gateway.close();
    const closed = new Promise<void>((resolve, reject) => this.#server.close((e) => (e ? reject(e) : resolve())));
    await Promise.all(
      [...this.#sockets].map((socket) => {
        const gone = once(socket, "close");
        socket.destroy();
        return gone;
      }),
    );
    await closed;
  }

  #dispatch(built: {
    payload: Parameters<FakeGateway["dispatch"]>[0]["d"];
    issued: Omit<IssuedInteraction, "dispatchedAt">;
  }): SentInteraction {
    const dispatchedAt = now();
    this.store.interactions.set(built.issued.id, { ...built.issued, dispatchedAt });
    this.gateway.dispatch({ t: GatewayDispatchEvents.InteractionCreate, d: built.payload } as Parameters<
      FakeGateway["dispatch"]
    >[0]);
    return { id: built.issued.id, token: built.issued.token, dispatchedAt };
  }
}

/** Starts a fake Discord on a free port of 127.0.0.1. */
export function startFakeDiscord(options?: FakeDiscordOptions): Promise<FakeDiscord> {
  return FakeDiscord.start(options);
}
