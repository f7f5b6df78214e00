import { createGather, type Gather } from "../../src/app.js";
import { ManualClock } from "../../src/core/clock.js";
import type { Actor } from "../../src/core/invocation.js";
import type { RateLimits } from "../../src/core/limits.js";
import { silentLogger, type Logger } from "../../src/core/logger.js";
import type { Database } from "../../src/db/index.js";
import { RecordingResponder } from "./responder.js";
import { RecordingMessenger } from "./messenger.js";
import type { TickResult } from "../../src/scheduler/index.js";

export const alice: Actor = {
  platform: "slack",
  spaceExternalId: "T-network-one",
  spaceName: "Arts & Wellbeing Network",
  userExternalId: "U-alice",
  displayName: "Alice",
};

export const bob: Actor = { ...alice, userExternalId: "U-bob", displayName: "Bob" };

/** Someone in another network entirely (a different Slack workspace). */
export const mallory: Actor = {
  ...alice,
  spaceExternalId: "T-network-two",
  spaceName: "Another Network",
  userExternalId: "U-mallory",
  displayName: "Mallory",
};

export interface TestGather {
  readonly gather: Gather;
  readonly clock: ManualClock;
  readonly db: Database["prisma"];
  /** Runs a command typed as text ("/update …" without the slash and name). */
  command(
    actor: Actor,
    command: string,
    text: string,
    options?: { canOpenForms?: boolean },
  ): Promise<RecordingResponder>;
  /** Runs a command as a platform with typed options (Discord) sends it. */
  options(
    actor: Actor,
    command: string,
    subcommand: string,
    values: Record<string, unknown>,
    options?: { canOpenForms?: boolean },
  ): Promise<RecordingResponder>;
  /** Submits a form. */
  form(actor: Actor, formId: string, values: Record<string, string>): Promise<RecordingResponder>;
  /** Presses a button. */
  press(actor: Actor, customId: string): Promise<RecordingResponder>;
  /** What the bot sent on its own (DMs and channel posts), per platform. */
  readonly sent: { readonly slack: RecordingMessenger; readonly discord: RecordingMessenger };
  /** Runs every due job once, as the cron tick would. */
  tick(): Promise<TickResult>;
}

/** The whole core on a real database and a hand-moved clock, as every adapter test starts it. */
export function gatherOn(
  database: Database,
  clock: ManualClock,
  logger: Logger = silentLogger,
  limits: RateLimits = testLimits,
): Gather {
  return createGather({
    db: database.prisma,
    provider: database.provider,
    clock,
    logger,
    defaults: { timeZone: "Europe/London", locale: "en" },
    limits,
  });
}

/** Tests run many commands in one (hand-moved) minute: limits they never reach, unless a test passes its own. */
export const testLimits: RateLimits = { commandsPerMinute: 10_000, pingsPerHour: 10_000 };

/** The whole core on a real database, with a hand-moved clock and recorded replies. */
export function testGather(
  database: Database,
  options: { logger?: Logger; now?: string; limits?: RateLimits } = {},
): TestGather {
  const clock = new ManualClock(options.now ?? "2026-03-29T00:30:00Z");
  const gather = gatherOn(database, clock, options.logger, options.limits);
  const sent = { slack: new RecordingMessenger("slack"), discord: new RecordingMessenger("discord") };
  gather.messengers.register(sent.slack);
  gather.messengers.register(sent.discord);
  const scheduler = gather.createScheduler({ owner: "test" });
  const run = async (
    responder: RecordingResponder,
    invoke: (r: RecordingResponder) => Parameters<Gather["dispatcher"]["handle"]>[0],
  ) => {
    await gather.dispatcher.handle(invoke(responder));
    return responder;
  };
  return {
    gather,
    clock,
    db: database.prisma,
    command: (actor, command, line, o) =>
      run(new RecordingResponder(o), (responder) => ({
        kind: "command",
        actor,
        channelId: "C-test",
        command,
        input: { kind: "text", text: line },
        responder,
      })),
    options: (actor, command, subcommand, values, o) =>
      run(new RecordingResponder(o), (responder) => ({
        kind: "command",
        actor,
        channelId: "C-test",
        command,
        input: { kind: "options", subcommand, values },
        responder,
      })),
    form: (actor, formId, values) =>
      run(new RecordingResponder(), (responder) => ({
        kind: "form",
        actor,
        channelId: "C-test",
        formId,
        values,
        responder,
      })),
    sent,
    tick: () => scheduler.tick(),
    press: (actor, customId) =>
      run(new RecordingResponder(), (responder) => ({
        kind: "action",
        actor,
        channelId: "C-test",
        customId,
        responder,
      })),
  };
}
