import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defineCommand, defineSubcommand } from "../../src/core/command.js";
import { ManualClock } from "../../src/core/clock.js";
import { Dispatcher } from "../../src/core/dispatcher.js";
import { translate } from "../../src/core/i18n/index.js";
import { silentLogger } from "../../src/core/logger.js";
import { plainText } from "../../src/core/message.js";
import { Registry } from "../../src/core/registry.js";
import { reply } from "../../src/core/reply.js";
import type { Database, Db } from "../../src/db/index.js";
import { databases } from "../support/db.js";
import { alice } from "../support/gather.js";
import { RecordingResponder } from "../support/responder.js";

/**
 * The dispatcher's deadline (real time, bounded): a request still unanswered after it, while the
 * database does not answer `SELECT 1` either, gets "I can't reach my records just now", and what
 * the handler says later is dropped; a request that is only slow, with the database answering, gets
 * its real answer.
 */

let release: () => void = () => undefined;
const registry = new Registry(
  [
    defineCommand({
      name: "probe",
      descriptionKey: "gather.description",
      subcommands: [
        defineSubcommand({
          name: "stuck",
          descriptionKey: "gather.description",
          options: {},
          handle: async () => {
            await new Promise<void>((resolve) => (release = resolve));
            return reply.private("late answer");
          },
        }),
      ],
    }),
  ],
  [],
);
const tryAgain = translate("en", "error.database_unavailable");

describe.each(databases)("the dispatcher's deadline on $provider", (database) => {
  let db: Database;
  beforeEach(async () => {
    db = await database.open();
  });
  afterEach(async () => {
    release();
    await db.close();
  });

  /** The dispatcher on `prisma`, with a short deadline so the test stays quick. */
  const dispatcherOn = (prisma: Db) =>
    new Dispatcher({
      db: prisma,
      provider: db.provider,
      clock: new ManualClock(),
      logger: silentLogger,
      registry,
      defaults: { timeZone: "Europe/London", locale: "en" },
      deadlineMs: 300,
    });
  const run = (dispatcher: Dispatcher, responder: RecordingResponder) =>
    dispatcher.handle({
      kind: "command",
      actor: alice,
      channelId: "C1",
      command: "probe",
      input: { kind: "text", text: "stuck" },
      responder,
    });

  it("answers 'try again' when the database hangs, and drops the handler's late answer", async () => {
    // The handler's own reads went through; from now on the database answers nothing.
    const hung = new Proxy(db.prisma, {
      get: (target, key) =>
        key === "$queryRawUnsafe" ? () => new Promise(() => undefined) : Reflect.get(target, key, target),
    });
    const responder = new RecordingResponder();
    const started = performance.now();
    await run(dispatcherOn(hung), responder);
    expect(performance.now() - started).toBeLessThan(3000);
    const only = responder.only();
    expect(only.kind === "private" ? plainText(only.message.text ?? "") : only.kind).toBe(tryAgain);
    release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(responder.sent).toHaveLength(1);
  });

  it("lets a slow request finish when the database answers", async () => {
    const responder = new RecordingResponder();
    const done = run(dispatcherOn(db.prisma), responder);
    await new Promise((resolve) => setTimeout(resolve, 500)); // past the deadline and the probe
    release();
    await done;
    const only = responder.only();
    expect(only.kind === "private" ? plainText(only.message.text ?? "") : only.kind).toBe("late answer");
  });
});
