import { InteractionResponseType } from "discord-api-types/v10";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DiscordRequestError } from "../../../adapters/discord/index.js";
import type { Invocation } from "../../../src/core/invocation.js";
import type { Form, PostedRef } from "../../../src/core/message.js";
import { messageOf, type SentInteraction } from "../../fakes/discord/index.js";
import { LogLines, startHarness, watchUnhandledRejections, type Harness } from "./harness.js";

/**
 * The Responder's contract over a real interaction: what each call becomes
 * on Discord's wire, and in which order. A scripted core stands in for the
 * dispatcher, so each test says exactly which answers are given.
 */

type Script = (invocation: Invocation) => Promise<void>;
let script: Script | undefined;

/** Runs `run` as the core for the next interaction; resolves with what it returns. */
function scripted<T>(run: (invocation: Invocation) => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    script = async (invocation) => {
      script = undefined;
      try {
        resolve(await run(invocation));
      } catch (error) {
        reject(error);
      }
    };
  });
}

const rejections = watchUnhandledRejections();
let h: Harness;

const form: Form = {
  id: "update.post",
  title: "Project update",
  submitLabel: "Post",
  fields: [{ id: "title", label: "Title", style: "short", required: true, maxLength: 100 }],
};

afterEach(() => {
  expect(rejections.seen).toEqual([]);
  expect(h.fake.failures).toEqual([]);
  expect(h.logs.problems()).toEqual([]);
});

const followUps = (sent: SentInteraction) => h.fake.webhookRequests(sent).filter((r) => r.method === "POST");

describe("answering in time", () => {
  beforeAll(async () => {
    h = await startHarness({
      wrap: (gather) => ({
        registry: gather.registry,
        dispatcher: {
          handle: (i) => (script ? script(i) : gather.dispatcher.handle(i)),
          busy: (command) => gather.dispatcher.busy(command),
        },
      }),
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("the first reply is the interaction response; a second one follows up, and both say where they are", async () => {
    const done = scripted(async ({ responder }) => [
      await responder.reply({ title: "One" }),
      await responder.reply({ text: "Two" }),
    ]);
    const sent = h.fake.runCommand({ member: h.fake.world.members.bob, command: "gather", subcommand: "help" });
    const [first, second] = (await done) as [PostedRef, PostedRef];

    const callback = await h.fake.callback(sent);
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const [followUp] = followUps(sent);
    expect(followUp?.query.get("wait")).toBe("true");
    expect((followUp?.body as { content?: string }).content).toBe("Two");

    const channelId = h.fake.world.channel.id;
    expect(first).toEqual({ channelId, messageId: h.fake.store.interactions.get(sent.id)?.originalId });
    expect(second).toEqual({ channelId, messageId: (followUp?.response as { id: string }).id });
  });

  it("a private reply after a public one is an ephemeral follow-up", async () => {
    const done = scripted(async ({ responder }) => {
      await responder.reply({ text: "For everyone" });
      await responder.replyPrivately({ text: "Just for you" });
    });
    const sent = h.fake.runCommand({ member: h.fake.world.members.bob, command: "gather", subcommand: "help" });
    await done;
    expect(messageOf(await h.fake.callback(sent)).flags ?? 0).toBe(0);
    expect(followUps(sent).map((r) => r.body)).toMatchObject([{ content: "Just for you", flags: 64 }]);
  });

  it("a private answer can carry files (an export), sent as multipart with the interaction response", async () => {
    const done = scripted(async ({ responder }) =>
      responder.replyPrivately({
        text: "2 updates",
        files: [{ name: "updates.md", contentType: "text/markdown", content: "# Updates\n" }],
      }),
    );
    const sent = h.fake.runCommand({ member: h.fake.world.members.bob, command: "gather", subcommand: "help" });
    await done;
    const callback = await h.fake.callback(sent);
    expect(callback.status).toBe(204);
    expect(messageOf(callback)).toMatchObject({ content: "2 updates", flags: 64 });
    expect(callback.files).toMatchObject([{ name: "updates.md", text: "# Updates\n" }]);
  });

  it("a form can open only as the first answer", async () => {
    const done = scripted(async ({ responder }) => {
      const before = responder.canOpenForms;
      await responder.replyPrivately({ text: "Answered" });
      const after = responder.canOpenForms;
      const refused = await responder.openForm(form).then(
        () => undefined,
        (error: unknown) => error,
      );
      return { before, after, refused };
    });
    const sent = h.fake.runCommand({ member: h.fake.world.members.bob, command: "gather", subcommand: "help" });
    const { before, after, refused } = await done;
    expect([before, after]).toEqual([true, false]);
    expect(refused).toBeInstanceOf(Error);
    expect(h.fake.requests.filter((r) => r.path.includes(`/interactions/${sent.id}/`))).toHaveLength(1);
  });

  it("a submitted form cannot open another", async () => {
    const opened = scripted(async ({ responder }) => responder.openForm(form));
    const sent = h.fake.runCommand({ member: h.fake.world.members.bob, command: "gather", subcommand: "help" });
    await opened;
    expect((await h.fake.callback(sent)).body.type).toBe(InteractionResponseType.Modal);

    const submitted = scripted(async (invocation) => {
      const canOpen = invocation.responder.canOpenForms;
      await invocation.responder.replyPrivately({ text: "Thanks" });
      return { invocation, canOpen };
    });
    h.fake.submitModal({ member: h.fake.world.members.bob, modalOf: sent.id, values: { title: "A title" } });
    const { invocation, canOpen } = await submitted;
    expect(canOpen).toBe(false);
    expect(invocation).toMatchObject({ kind: "form", formId: "update.post", values: { title: "A title" } });
  });

  it("update on a button replaces its message; a later update edits it through the interaction's webhook", async () => {
    const done = scripted(async ({ responder }) => {
      await responder.update({ text: "Claimed by Bob" });
      await responder.update({ title: "Claimed", text: "by Bob" });
    });
    const sent = h.fake.pressButton({ member: h.fake.world.members.bob, customId: "shift.claim:s1" });
    await done;
    const callback = await h.fake.callback(sent);
    expect(callback.body.type).toBe(InteractionResponseType.UpdateMessage);
    const messageId = h.fake.store.interactions.get(sent.id)?.messageId ?? "";
    const [edit] = h.fake.webhookRequests(sent);
    expect(edit).toMatchObject({
      method: "PATCH",
      path: `/webhooks/${h.fake.world.application.id}/${sent.token}/messages/${messageId}`,
      status: 200,
    });
    // The edit replaces the whole message: the first update's content is cleared for the card.
    expect(h.fake.store.messages.get(messageId)).toMatchObject({
      content: "",
      embeds: [{ title: "Claimed", description: "by Bob" }],
    });
  });

  it("update for a slash command (no message of ours) posts instead", async () => {
    const done = scripted(async ({ responder }) => responder.update({ text: "Posted" }));
    const sent = h.fake.runCommand({ member: h.fake.world.members.bob, command: "gather", subcommand: "help" });
    await done;
    const callback = await h.fake.callback(sent);
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(messageOf(callback).content).toBe("Posted");
  });

  it("turns a command into an Invocation with the member's name, locale, admin right and typed options", async () => {
    const done = scripted(async (invocation) => {
      await invocation.responder.replyPrivately({ text: "ok" });
      return invocation;
    });
    const { alice } = h.fake.world.members;
    h.fake.runCommand({
      member: alice,
      command: "update",
      subcommand: "post",
      options: { title: "T", summary: "S" },
      locale: "nl",
    });
    const invocation = await done;
    expect(invocation).toMatchObject({
      kind: "command",
      command: "update",
      channelId: h.fake.world.channel.id,
      input: { kind: "options", subcommand: "post", values: { title: "T", summary: "S" } },
      actor: {
        platform: "discord",
        spaceExternalId: h.fake.world.guild.id,
        spaceName: h.fake.world.guild.name,
        userExternalId: alice.user.id,
        displayName: "Alice (coordinator)",
        locale: "nl",
        platformAdmin: true,
      },
    });
    expect(invocation.kind === "command" && "links" in (invocation.input as { values: object }).values).toBe(false);
  });

  it("a refused answer rejects with an error that is safe to log: no token, no text", async () => {
    let acknowledged: () => void = () => undefined;
    const elsewhere = new Promise<void>((resolve) => (acknowledged = resolve));
    const done = scripted(async ({ responder }) => {
      await elsewhere;
      return responder.reply({ title: "Secret title", text: "Secret text" }).catch((error: unknown) => error);
    });
    const sent = h.fake.runCommand({ member: h.fake.world.members.bob, command: "gather", subcommand: "help" });
    // As if another instance had answered first: Discord refuses a second response.
    const issued = h.fake.store.interactions.get(sent.id);
    if (issued) issued.response = { type: InteractionResponseType.ChannelMessageWithSource, at: 0 };
    acknowledged();
    const error = await done;
    expect(error).toBeInstanceOf(DiscordRequestError);
    expect(error).toMatchObject({
      code: 40060,
      status: 400,
      method: "POST",
      route: `/api/v10/interactions/${sent.id}/[token]/callback`,
    });

    const logs = new LogLines();
    logs.logger.error({ err: error }, "could not answer");
    expect(logs.raw.join("\n")).toContain("40060");
    for (const secret of [sent.token, "Secret title", "Secret text"]) expect(logs.raw.join("\n")).not.toContain(secret);
  });

  it("a member without a nickname is called by their display name, and without Manage Server is no admin", async () => {
    const done = scripted(async (invocation) => {
      await invocation.responder.replyPrivately({ text: "ok" });
      return invocation.actor;
    });
    h.fake.runCommand({ member: h.fake.world.members.bob, command: "gather", subcommand: "help" });
    expect(await done).toMatchObject({ displayName: "bobby", platformAdmin: false });
  });
});

describe("answering late", () => {
  beforeAll(async () => {
    // The core is held back until the fake has seen the deferral: no race with the clock.
    h = await startHarness({
      deferAfterMs: 50,
      wrap: (gather, fake) => ({
        registry: gather.registry,
        dispatcher: {
          handle: async (invocation) => {
            const since = fake.requests.all.length;
            await fake.requests.waitFor(
              (r) => r.path.endsWith("/callback") && [5, 6].includes((r.body as { type: number }).type),
              {
                what: "a deferral",
                since,
              },
            );
            return script ? script(invocation) : gather.dispatcher.handle(invocation);
          },
          busy: (command) => gather.dispatcher.busy(command),
        },
      }),
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("defers a slow command, then fills in the deferred message with the card", async () => {
    const sent = h.fake.runCommand({
      member: h.fake.world.members.alice,
      command: "update",
      subcommand: "post",
      options: { title: "Slow but sure", summary: "Deferred, then edited." },
    });
    const callback = await h.fake.callback(sent);
    expect(callback.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const edit = await h.fake.requests.waitFor(
      (r) => r.method === "PATCH" && r.path.endsWith(`/${sent.token}/messages/@original`),
    );
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ embeds: [{ title: "Slow but sure" }] });
    const original = h.fake.store.messages.get(h.fake.store.interactions.get(sent.id)?.originalId ?? "");
    expect(original).toMatchObject({ flags: 0, embeds: [{ title: "Slow but sure" }] });
    expect(await h.database.prisma.projectUpdate.count({ where: { title: "Slow but sure" } })).toBe(1);
  });

  it('a private answer after a public deferral removes the "thinking" message and follows up privately', async () => {
    const done = scripted(async ({ responder }) => responder.replyPrivately({ text: "Only you see this" }));
    const sent = h.fake.runCommand({ member: h.fake.world.members.bob, command: "gather", subcommand: "help" });
    await done;
    const [removal, followUp] = h.fake.webhookRequests(sent);
    expect(removal).toMatchObject({ method: "DELETE", status: 204 });
    expect(followUp).toMatchObject({ method: "POST", status: 200, body: { content: "Only you see this", flags: 64 } });
    expect(h.fake.store.interactions.get(sent.id)?.originalId).toBeUndefined();
  });

  it("a slow button is acknowledged silently, then its message is edited", async () => {
    const done = scripted(async ({ responder }) => {
      await responder.update({ text: "Done" });
      await responder.replyPrivately({ text: "Saved" });
    });
    const sent = h.fake.pressButton({ member: h.fake.world.members.bob, customId: "shift.claim:s2" });
    await done;
    expect((await h.fake.callback(sent)).body.type).toBe(InteractionResponseType.DeferredMessageUpdate);
    const messageId = h.fake.store.interactions.get(sent.id)?.messageId ?? "";
    expect(h.fake.webhookRequests(sent).map((r) => [r.method, r.path.split("/").at(-1), r.status])).toEqual([
      ["PATCH", messageId, 200],
      ["POST", sent.token, 200],
    ]);
    expect(h.fake.store.messages.get(messageId)?.content).toBe("Done");
  });
});
