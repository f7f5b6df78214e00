import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { Writable } from "node:stream";
import { REST } from "discord.js";
import {
  buildApplicationCommands,
  createDiscordAdapter,
  registerCommands,
  type DiscordAdapter,
  type GatherCore,
} from "../../../adapters/discord/index.js";
import type { Gather } from "../../../src/app.js";
import type { DiscordConfig } from "../../../src/config.js";
import { ManualClock } from "../../../src/core/clock.js";
import { createLogger, type Logger } from "../../../src/core/logger.js";
import type { Database } from "../../../src/db/index.js";
import { startFakeDiscord, type FakeDiscord, type SentInteraction } from "../../fakes/discord/index.js";
import { databaseFor } from "../../support/db.js";
import { gatherOn } from "../../support/gather.js";

/** Log lines the adapter wrote, parsed; tests assert there are no errors and no secrets. */
export class LogLines {
  readonly lines: Record<string, unknown>[] = [];
  readonly raw: string[] = [];
  readonly logger: Logger;

  constructor(level: "debug" | "warn" = "debug") {
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
          this.raw.push(line);
          this.lines.push(JSON.parse(line) as Record<string, unknown>);
        }
        done();
      },
    });
    this.logger = createLogger({ level, destination: sink });
  }

  /** Lines at warn (40) or above. */
  problems(): Record<string, unknown>[] {
    return this.lines.filter((l) => typeof l.level === "number" && l.level >= 40);
  }
}

/** A REST client for the fake, as the registration script makes one. */
export function restFor(fake: FakeDiscord): REST {
  return new REST({ api: fake.apiUrl }).setToken(fake.world.token);
}

/** Stops REST's sweeper timers (unref'd, but a test leaves nothing behind). */
export function closeRest(rest: REST): void {
  rest.clearHashSweeper();
  rest.clearHandlerSweeper();
}

export interface Harness {
  readonly fake: FakeDiscord;
  readonly database: Database;
  readonly gather: Gather;
  /** The core's clock: jobs fall due only when a test moves it. */
  readonly clock: ManualClock;
  readonly adapter: DiscordAdapter;
  readonly logs: LogLines;
  readonly config: DiscordConfig;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  readonly deferAfterMs?: number;
  /** Whether to start the adapter (connect to the gateway); true by default. */
  readonly connect?: boolean;
  /** Wraps the core, e.g. to script the answers or hold the dispatcher back. */
  readonly wrap?: (gather: Gather, fake: FakeDiscord) => GatherCore;
  /** The adapter's queue (see src/core/in-flight.ts). */
  readonly queue?: { limit: number; maxWaiting: number };
}

/**
 * The whole stack on 127.0.0.1: a fresh SQLite database, the real core, the
 * fake Discord with Gather's commands registered in its guild, and the real
 * discord.js client connected through the adapter.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const sqlite = databaseFor("sqlite");
  if (!sqlite) throw new Error("test/support/db.ts offers no SQLite database");
  const database = await sqlite.open();
  const clock = new ManualClock("2026-03-29T00:30:00Z");
  const gather = gatherOn(database, clock);
  const fake = await startFakeDiscord();
  const config: DiscordConfig = {
    botToken: fake.world.token,
    applicationId: fake.world.application.id,
    guildId: fake.world.guild.id,
    apiUrl: fake.apiUrl,
  };
  const logs = new LogLines();
  let adapter: DiscordAdapter | undefined;
  const stop = async () => {
    await adapter?.stop();
    await fake.close();
    await database.close();
  };
  try {
    const rest = restFor(fake);
    await registerCommands({
      rest,
      applicationId: config.applicationId,
      guildId: config.guildId,
      commands: buildApplicationCommands(gather.registry),
    });
    closeRest(rest);
    adapter = createDiscordAdapter({
      config,
      gather: options.wrap ? options.wrap(gather, fake) : gather,
      logger: logs.logger,
      ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
      ...(options.queue ? { queue: options.queue } : {}),
    });
    if (options.connect !== false) await adapter.start();
    // As main.ts does, once the adapter has started: jobs (digests, DMs to authors) send through its Messenger.
    gather.messengers.register(adapter.messenger);
  } catch (error) {
    await stop();
    throw error;
  }
  return { fake, database, gather, clock, adapter, logs, config, stop };
}

/**
 * Collects unhandled rejections while a test file runs, so a test can assert
 * there were none (vitest reports them too, but only after the run).
 */
export function watchUnhandledRejections(): { readonly seen: unknown[]; stop(): void } {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on("unhandledRejection", listener);
  return { seen, stop: () => process.off("unhandledRejection", listener) };
}

/**
 * The shared set-up of end-to-end test files whose describes each run on their
 * own harness (a fresh database, fake and client, so their jobs never meet):
 * `own()` inside a describe starts and stops it; after every test, nothing may
 * have gone wrong unnoticed (unhandled rejections, fake failures, error logs).
 */
export function harnessPerDescribe(get: () => Harness, set: (h: Harness) => void) {
  const rejections = watchUnhandledRejections();
  afterAll(() => rejections.stop());
  afterEach(() => {
    expect(rejections.seen).toEqual([]);
    expect(get().fake.failures).toEqual([]);
    expect(get().logs.problems()).toEqual([]);
  });
  return {
    own(): void {
      beforeAll(async () => set(await startHarness()));
      afterAll(async () => {
        await get()?.stop();
      });
    },
    /** The interaction's response, which must have been accepted. */
    async answered(sent: SentInteraction) {
      const callback = await get().fake.callback(sent);
      expect(callback.status).toBeLessThan(300);
      return callback;
    },
  };
}
