import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineAction, defineCommand, defineSubcommand } from "../../src/core/command.js";
import { ManualClock } from "../../src/core/clock.js";
import { Dispatcher } from "../../src/core/dispatcher.js";
import type { Actor } from "../../src/core/invocation.js";
import { createLogger } from "../../src/core/logger.js";
import { opt } from "../../src/core/options.js";
import { Registry } from "../../src/core/registry.js";
import { reply } from "../../src/core/reply.js";
import type { Database } from "../../src/db/index.js";
import { databases } from "../support/db.js";
import { alice } from "../support/gather.js";
import { RecordingResponder } from "../support/responder.js";

/** A small registry of test commands, so the dispatcher's own rules are tested apart from any feature. */
const registry = new Registry(
  [
    defineCommand({
      name: "probe",
      descriptionKey: "gather.description",
      subcommands: [
        defineSubcommand({
          name: "boom",
          descriptionKey: "gather.description",
          options: {},
          handle: async () => {
            throw new Error("database on fire");
          },
        }),
        defineSubcommand({
          name: "secret",
          descriptionKey: "gather.description",
          role: "coordinator",
          options: {},
          handle: async () => reply.private("the coordinators' secret"),
        }),
        defineSubcommand({
          name: "echo",
          descriptionKey: "gather.description",
          options: {
            words: opt.string({ label: "update.opt.title", description: "update.opt.title.description", max: 20 }),
          },
          handle: async (ctx, input) => reply.private(`${ctx.member.displayName} said ${input.words}`),
        }),
      ],
    }),
  ],
  [
    defineAction({
      name: "probe.press",
      role: "admin",
      handle: async (_ctx, arg) => reply.update({ text: `pressed ${arg}` }),
    }),
  ],
);

describe.each(databases)("dispatcher on $provider", (database) => {
  let db: Database;
  let lines: string[];
  let dispatcher: Dispatcher;

  beforeEach(async () => {
    db = await database.open();
    lines = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    dispatcher = new Dispatcher({
      db: db.prisma,
      provider: db.provider,
      clock: new ManualClock(),
      logger: createLogger({ level: "debug", destination }),
      registry,
      defaults: { timeZone: "Europe/London", locale: "en" },
    });
  });
  afterEach(async () => {
    await db.close();
  });

  const run = async (actor: Actor, text: string) => {
    const responder = new RecordingResponder();
    await dispatcher.handle({
      kind: "command",
      actor,
      channelId: "C1",
      command: "probe",
      input: { kind: "text", text },
      responder,
    });
    return responder.only();
  };

  it("turns an unexpected failure into an apology with a reference, and logs it with the same reference", async () => {
    const sent = await run(alice, "boom");
    expect(sent.kind).toBe("private");
    const text = sent.kind === "private" ? String(sent.message.text) : "";
    const ref = /reference ([0-9a-f]{8})/.exec(text)?.[1];
    expect(ref).toBeDefined();
    const failure = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === "failed");
    expect(failure).toMatchObject({ ref, what: "probe", err: { message: "database on fire" } });
  });

  it("checks the role before running anything", async () => {
    expect(await run(alice, "secret")).toMatchObject({
      kind: "private",
      message: { text: "Only a network coordinator can do that. Ask your coordinator if you need it done." },
    });
    await db.prisma.member.updateMany({ data: { role: "coordinator" } });
    expect(await run(alice, "secret")).toMatchObject({
      kind: "private",
      message: { text: "the coordinators' secret" },
    });
  });

  it("lets platform admins bootstrap, and checks roles on buttons too", async () => {
    const press = async (actor: Actor) => {
      const responder = new RecordingResponder();
      await dispatcher.handle({ kind: "action", actor, channelId: "C1", customId: "probe.press:42", responder });
      return responder.only();
    };
    expect(await press(alice)).toMatchObject({
      kind: "private",
      message: { text: expect.stringMatching(/^Only a network admin/) },
    });
    expect(await press({ ...alice, platformAdmin: true })).toEqual({ kind: "update", message: { text: "pressed 42" } });
  });

  it("validates with zod before the handler sees input", async () => {
    expect(await run(alice, "echo hello")).toMatchObject({ message: { text: "Alice said hello" } });
    expect(await run(alice, `echo ${"x".repeat(21)}`)).toMatchObject({
      kind: "private",
      message: { text: "Title is too long: keep it to 20 characters." },
    });
  });

  it("never writes names or typed text to the log", async () => {
    await run({ ...alice, displayName: "Zebedee Quint" }, "echo confidential-words");
    await run({ ...alice, displayName: "Zebedee Quint" }, "boom");
    const all = lines.join("");
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain("Zebedee");
    expect(all).not.toContain("confidential-words");
  });

  it("never throws, even when the platform will not take the reply", async () => {
    const broken = new RecordingResponder();
    broken.replyPrivately = async () => {
      throw new Error("platform down");
    };
    await expect(
      dispatcher.handle({
        kind: "command",
        actor: alice,
        channelId: "C1",
        command: "probe",
        input: { kind: "text", text: "boom" },
        responder: broken,
      }),
    ).resolves.toBeUndefined();
  });
});

describe("option schemas", () => {
  it("treat blank as absent and trim", () => {
    const title = opt.string({ label: "update.opt.title", description: "update.opt.title.description", max: 5 });
    expect(title.schema.safeParse("  ab  ")).toEqual({ success: true, data: "ab" });
    expect(title.schema.safeParse("   ").success).toBe(false);
    const optional = opt.optionalString({
      label: "update.opt.title",
      description: "update.opt.title.description",
      max: 5,
    });
    expect(optional.schema.safeParse("  ")).toEqual({ success: true, data: undefined });
    expect(z.object({ o: optional.schema }).safeParse({}).success).toBe(true);
  });
});
