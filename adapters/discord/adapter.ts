import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { performance } from "node:perf_hooks";
import { Events, RESTEvents, type Client, type Interaction } from "discord.js";
import type { Gather } from "../../src/app.js";
import type { DiscordConfig } from "../../src/config.js";
import type { Dispatcher } from "../../src/core/dispatcher.js";
import { matchLocale, translate, type MessageKey, type MessageParams } from "../../src/core/i18n/index.js";
import type { Logger } from "../../src/core/logger.js";
import { InFlight } from "../../src/core/in-flight.js";
import type { Metrics } from "../../src/core/metrics.js";
import type { PlatformAdapter } from "../../src/core/ports.js";
import { createDiscordClient } from "./client.js";
import { invocationOf, isGatherInteraction } from "./invocation.js";
import { DiscordMessenger } from "./messenger.js";
import { InteractionResponder, type GatherInteraction } from "./responder.js";

/** What the adapter needs of Gather: its registry, and a dispatcher to hand invocations to. */
export interface GatherCore {
  readonly registry: Gather["registry"];
  readonly dispatcher: Pick<Dispatcher, "handle" | "busy">;
}

/** What {@link createDiscordAdapter} needs: config from the edge, the core, a logger. */
export interface DiscordAdapterOptions {
  readonly config: DiscordConfig;
  readonly gather: GatherCore;
  /** Logs ids, codes and timings; never tokens, names or message text. */
  readonly logger: Logger;
  /**
   * How long the core may take before the interaction is acknowledged with a
   * deferral. Discord allows 3 s for the first response; the default leaves
   * a second for the deferral itself to arrive.
   */
  readonly deferAfterMs?: number;
  /** Counts Discord's 429s (gather.metrics in main.ts). */
  readonly metrics?: Metrics;
  /** Interactions handled at once, and how many may wait before commands are answered "busy" (8 and 256). */
  readonly queue?: { readonly limit: number; readonly maxWaiting: number };
}

const DEFAULT_DEFER_AFTER_MS = 2000;

/**
 * Gather on Discord: a gateway client whose interactions (slash commands,
 * buttons, modal submissions) become Invocations for the dispatcher, and a
 * Messenger for proactive messages. It holds no business rules.
 */
export class DiscordAdapter implements PlatformAdapter {
  readonly platform = "discord" as const;
  readonly description: string;
  readonly messenger: DiscordMessenger;
  readonly #client: Client;
  readonly #token: string;
  readonly #gather: GatherCore;
  readonly #log: Logger;
  readonly #deferAfterMs: number;
  readonly #metrics: Metrics | undefined;
  /** Interactions being handled or waiting their turn, so stop() can let them finish. */
  readonly #inFlight: InFlight;

  constructor(options: DiscordAdapterOptions) {
    this.#gather = options.gather;
    this.#token = options.config.botToken;
    this.#log = options.logger;
    this.#deferAfterMs = options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;
    this.#metrics = options.metrics;
    this.#inFlight = new InFlight(options.queue?.limit, options.queue?.maxWaiting);
    const shards = options.config.shards;
    this.description =
      (options.config.guildId ? `Discord (guild ${options.config.guildId})` : "Discord") +
      (shards ? ` shards ${shards.ids.join(",")} of ${shards.count}` : "");
    this.#client = createDiscordClient(options.config);
    this.messenger = new DiscordMessenger(this.#client.rest, this.#log.child({ component: "discord-events" }));
    this.#listen();
  }

  /** Logs in and resolves once the gateway is ready and the guilds have arrived. */
  async start(): Promise<void> {
    const abort = new AbortController();
    const ready = once(this.#client, Events.ClientReady, { signal: abort.signal });
    try {
      // Always pass the token: with none, discord.js would read DISCORD_TOKEN from the environment.
      await this.#client.login(this.#token);
      await ready;
    } catch (error) {
      abort.abort();
      await ready.catch(() => undefined);
      throw error;
    }
    this.#log.info({ user: this.#client.user?.id, guilds: this.#client.guilds.cache.size }, "connected to Discord");
  }

  /**
   * Lets interactions in progress finish, then closes the gateway and stops
   * discord.js's timers. Idle HTTP connections stay in undici's pool, unref'd:
   * they do not keep the process alive and close on their own.
   */
  async stop(): Promise<void> {
    await this.#inFlight.settled();
    await this.#client.destroy();
    this.#log.info("disconnected from Discord");
  }

  #listen(): void {
    const client = this.#client;
    client.on(Events.InteractionCreate, (interaction) => void this.#admit(interaction));
    // An "error" event with no listener would crash the process.
    client.on(Events.Error, (error) => this.#log.error({ err: error }, "discord.js error"));
    client.on(Events.Warn, (message) => this.#log.warn({ detail: message }, "discord.js warning"));
    client.on(Events.ShardDisconnect, (event, shard) =>
      this.#log.warn({ shard, code: event.code }, "gateway disconnected"),
    );
    client.rest.on(RESTEvents.RateLimited, (info) => {
      this.#metrics?.rateLimited("discord", info.route);
      this.#log.warn(
        { route: info.route, retryAfterMs: info.retryAfter, global: info.global },
        "rate limited by Discord",
      );
    });
  }

  /**
   * Queues an interaction for handling. Its responder starts now, so one that
   * waits for a slot is still deferred within Discord's 3 s. When the queue is
   * full, a slash command is answered "busy, try again" at once instead;
   * buttons and forms always wait their turn (a member's answer to something
   * already there).
   */
  async #admit(interaction: Interaction): Promise<void> {
    if (!isGatherInteraction(interaction)) return;
    const started = performance.now();
    const log = this.#log.child({
      interaction: interaction.id,
      type: interaction.type,
      guild: interaction.guildId ?? "dm",
    });
    const responder = new InteractionResponder(interaction, { log, deferAfterMs: this.#deferAfterMs });
    if (this.#inFlight.full && interaction.isChatInputCommand()) {
      try {
        await responder.replyPrivately({ text: this.#gather.dispatcher.busy(interaction.commandName) });
      } catch (error) {
        log.error({ err: error }, "could not say busy");
      } finally {
        responder.close();
      }
      return;
    }
    await this.#inFlight
      .track(() => this.#handle(interaction, responder, log, started))
      .catch((error: unknown) => log.error({ err: error }, "an interaction failed outside its handler"));
  }

  /** Never rejects: failures are logged and, when possible, the member is told. */
  async #handle(
    interaction: GatherInteraction,
    responder: InteractionResponder,
    log: Logger,
    started: number,
  ): Promise<void> {
    const tell = (key: MessageKey, params?: MessageParams) =>
      responder.replyPrivately({ text: translate(matchLocale(interaction.locale) ?? "en", key, params) });
    try {
      const invocation = invocationOf(interaction, this.#gather.registry, responder);
      if (invocation) {
        await this.#gather.dispatcher.handle(invocation);
      } else {
        // An interaction with no channel at all: nothing to answer in but the reply itself.
        log.info("refused an interaction outside a server");
        await (interaction.isChatInputCommand()
          ? tell("error.unknown_command", { command: `/${interaction.commandName}`, help: "/gather help" })
          : tell("error.unknown_action"));
      }
    } catch (error) {
      const ref = randomUUID().slice(0, 8);
      log.error({ err: error, ref }, "could not handle the interaction");
      await tell("error.internal", { ref }).catch((e: unknown) => log.error({ err: e }, "could not send the apology"));
    } finally {
      responder.close();
      log.debug({ ms: Math.round(performance.now() - started) }, "interaction handled");
    }
  }
}

/** Creates the Discord adapter; nothing connects until `start()`. */
export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  return new DiscordAdapter(options);
}
