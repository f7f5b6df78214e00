import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/clock.js";
import { defineAction, defineCommand, defineSubcommand } from "../../src/core/command.js";
import { Messengers } from "../../src/core/delivery.js";
import { createDelivery } from "../../src/delivery/service.js";
import { Dispatcher } from "../../src/core/dispatcher.js";
import { silentLogger } from "../../src/core/logger.js";
import type { PostedRef } from "../../src/core/message.js";
import { Registry } from "../../src/core/registry.js";
import { reply } from "../../src/core/reply.js";
import type { Database } from "../../src/db/index.js";
import { databases } from "../support/db.js";
import { alice, bob } from "../support/gather.js";
import { RecordingMessenger } from "../support/messenger.js";
import { RecordingResponder } from "../support/responder.js";

/**
 * Side effects as data: a handler returns the DMs and posts it causes with its reply, and the
 * dispatcher sends them only once the acting member has their answer.
 */
describe.each(databases)("replies that carry DMs and posts on $provider", (database) => {
  let db: Database;
  let dispatcher: Dispatcher;
  let messenger: RecordingMessenger;
  /** What the pressing member had been answered when each DM or post went out. */
  let answeredAtSend: number[];
  let responder: RecordingResponder;
  const posted: PostedRef[] = [];

  beforeEach(async () => {
    db = await database.open();
    answeredAtSend = [];
    posted.length = 0;
    responder = new RecordingResponder();
    messenger = new RecordingMessenger("slack");
    const dm = messenger.dm.bind(messenger);
    const post = messenger.post.bind(messenger);
    messenger.dm = async (target, message) => {
      answeredAtSend.push(responder.sent.length);
      return dm(target, message);
    };
    messenger.post = async (target, message) => {
      answeredAtSend.push(responder.sent.length);
      return post(target, message);
    };
    const messengers = new Messengers();
    messengers.register(messenger);
    const delivery = createDelivery({ db: db.prisma, messengers, logger: silentLogger });
    const registry = new Registry(
      [
        defineCommand({
          name: "probe",
          descriptionKey: "gather.description",
          subcommands: [
            defineSubcommand({
              name: "hello",
              descriptionKey: "gather.description",
              options: {},
              handle: async () => reply.private("hello"),
            }),
          ],
        }),
      ],
      [
        defineAction({
          name: "probe.claim",
          handle: async (ctx, memberId) => [
            reply.update({ text: "claimed" }),
            reply.dm(
              memberId,
              { text: "someone claimed your shift" },
              { onSent: async (r) => void posted.push(r.via === "none" ? { channelId: "-", messageId: "-" } : r.ref) },
            ),
            reply.dm("no-such-member", { text: "never arrives" }),
            reply.post(ctx.space.id, "C-coordinators", { text: "claimed, for the record" }),
          ],
        }),
      ],
    );
    dispatcher = new Dispatcher({
      db: db.prisma,
      provider: db.provider,
      clock: new ManualClock("2026-03-23T10:00:00Z"),
      logger: silentLogger,
      registry,
      defaults: { timeZone: "Europe/London", locale: "en" },
      delivery,
    });
  });
  afterEach(async () => {
    await db.close();
  });

  it("answers the button first, then sends each DM and post; one that fails does not stop the rest", async () => {
    await dispatcher.handle({
      kind: "command",
      actor: bob,
      channelId: "C1",
      command: "probe",
      input: { kind: "text", text: "hello" },
      responder: new RecordingResponder(),
    });
    const bobId = (await db.prisma.member.findFirstOrThrow({ where: { displayName: "Bob" } })).id;

    await dispatcher.handle({
      kind: "action",
      actor: alice,
      channelId: "C1",
      customId: `probe.claim:${bobId}`,
      responder,
    });

    expect(responder.sent).toEqual([{ kind: "update", message: { text: "claimed" } }]);
    expect(messenger.dms(bob.userExternalId)).toEqual([{ text: "someone claimed your shift" }]);
    expect(messenger.posts("C-coordinators")).toEqual([{ text: "claimed, for the record" }]);
    // Both sends happened after the one answer, never before it.
    expect(answeredAtSend).toEqual([1, 1]);
    // onSent heard where the DM went.
    expect(posted).toEqual([{ channelId: `D-${bob.userExternalId}`, messageId: expect.any(String) }]);
  });
});
