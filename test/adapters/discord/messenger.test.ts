import type { APIEmbed } from "discord-api-types/v10";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDiscordClient, DiscordRestDefaults } from "../../../adapters/discord/client.js";
import { DiscordRequestError } from "../../../adapters/discord/index.js";
import type { Message } from "../../../src/core/message.js";
import { ErrorCode } from "../../../src/errors.js";
import { SchedulerDefaults } from "../../../src/scheduler/policy.js";
import { startHarness, watchUnhandledRejections, type Harness } from "./harness.js";

/** Proactive messages (reminders, digests) through the adapter's Messenger, to the fake's REST API. */

const rejections = watchUnhandledRejections();
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
  rejections.stop();
});
afterEach(() => {
  expect(rejections.seen).toEqual([]);
  expect(h.fake.failures).toEqual([]);
});

const reminder = (ref: { platform: string; spaceExternalId: string; externalId: string }): Message => ({
  title: "Shift tomorrow",
  text: [
    { kind: "member", name: "Alice", ref },
    " is on the till at ",
    { kind: "time", at: new Date("2026-03-30T09:00:00Z"), style: "time" },
  ],
});

describe("Messenger.post", () => {
  it("posts in the channel with the bot's token and returns where", async () => {
    const { alice } = h.fake.world.members;
    const target = { spaceExternalId: h.fake.world.guild.id, channelId: h.fake.world.channel.id };
    const ref = await h.adapter.messenger.post(
      target,
      reminder({ platform: "discord", spaceExternalId: h.fake.world.guild.id, externalId: alice.user.id }),
    );

    const request = await h.fake.requests.waitFor(
      (r) => r.method === "POST" && r.path === `/channels/${target.channelId}/messages`,
    );
    expect(request.headers.authorization).toBe(`Bot ${h.fake.world.token}`);
    const body = request.body as { embeds: APIEmbed[]; allowed_mentions: unknown };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds[0]?.description).toBe(
      `<@${alice.user.id}> is on the till at <t:${Date.parse("2026-03-30T09:00:00Z") / 1000}:t>`,
    );
    expect(ref).toEqual({ channelId: target.channelId, messageId: (request.response as { id: string }).id });
    expect(h.fake.store.messages.has(ref.messageId)).toBe(true);
  });

  it("names, rather than mentions, a member from another platform or server", async () => {
    const target = { spaceExternalId: h.fake.world.guild.id, channelId: h.fake.world.channel.id };
    const fromSlack = await h.adapter.messenger.post(
      target,
      reminder({ platform: "slack", spaceExternalId: "T123", externalId: "U123" }),
    );
    const fromElsewhere = await h.adapter.messenger.post(
      target,
      reminder({ platform: "discord", spaceExternalId: "999999999999999999", externalId: "888888888888888888" }),
    );
    for (const ref of [fromSlack, fromElsewhere]) {
      expect(h.fake.store.messages.get(ref.messageId)?.embeds[0]?.description).toMatch(/^Alice is on the till/);
    }
  });

  it("rejects, with a loggable error, when the channel does not exist", async () => {
    const failure = h.adapter.messenger.post(
      { spaceExternalId: h.fake.world.guild.id, channelId: "123456789012345678" },
      { text: "Hello" },
    );
    await expect(failure).rejects.toBeInstanceOf(DiscordRequestError);
    await expect(failure).rejects.toMatchObject({
      code: 10003,
      status: 404,
      route: "/api/v10/channels/123456789012345678/messages",
    });
  });
});

describe("files", () => {
  it("uploads a message's files with it, as multipart", async () => {
    const target = { spaceExternalId: h.fake.world.guild.id, channelId: h.fake.world.channel.id };
    const csv = "title,summary\nRepair café,Fix-it mornings\n";
    const ref = await h.adapter.messenger.post(target, {
      text: "Your export",
      files: [{ name: "updates.csv", contentType: "text/csv", content: csv }],
    });
    const request = await h.fake.requests.waitFor(
      (r) => r.method === "POST" && r.path === `/channels/${target.channelId}/messages` && r.files.length > 0,
    );
    expect(request.headers["content-type"]).toMatch(/^multipart\/form-data/);
    expect(request.body).toMatchObject({ content: "Your export" });
    // CSV goes with a byte order mark, so spreadsheets read it as UTF-8 (ŵ, ŷ, ë).
    expect(request.files).toEqual([
      { field: "files[0]", name: "updates.csv", contentType: "text/csv", text: `\uFEFF${csv}` },
    ]);
    expect(h.fake.store.messages.get(ref.messageId)?.attachments).toMatchObject([
      { filename: "updates.csv", size: Buffer.byteLength(`\uFEFF${csv}`) },
    ]);
  });
});

describe("Messenger.dm", () => {
  it("opens the DM channel, then posts in it", async () => {
    const { bob } = h.fake.world.members;
    const ref = await h.adapter.messenger.dm(
      { spaceExternalId: h.fake.world.guild.id, externalId: bob.user.id },
      { text: "Your cover request was taken." },
    );
    const opened = await h.fake.requests.waitFor((r) => r.method === "POST" && r.path === "/users/@me/channels");
    expect(opened.body).toEqual({ recipient_id: bob.user.id });
    const dmChannel = h.fake.store.dmChannel(bob.user.id);
    expect(ref.channelId).toBe(dmChannel.id);
    expect(h.fake.store.messages.get(ref.messageId)?.content).toBe("Your cover request was taken.");
  });

  it("rejects when the member does not accept DMs, so the core can fall back to the channel", async () => {
    const { alice } = h.fake.world.members;
    h.fake.store.dmsClosed.add(alice.user.id);
    const failure = h.adapter.messenger.dm(
      { spaceExternalId: h.fake.world.guild.id, externalId: alice.user.id },
      { text: "Hello" },
    );
    await expect(failure).rejects.toMatchObject({ name: "DiscordRequestError", code: 50007, status: 403 });
  });
});

describe("Messenger.edit", () => {
  it("edits the bot's message in place (PATCH), and rejects as gone once it was deleted", async () => {
    const target = { spaceExternalId: h.fake.world.guild.id, channelId: h.fake.world.channel.id };
    const ref = await h.adapter.messenger.post(target, { text: "Cover needed" });
    await h.adapter.messenger.edit?.({ ...target, messageId: ref.messageId }, { title: "Covered", text: "Thanks" });
    const patch = await h.fake.requests.waitFor(
      (r) => r.method === "PATCH" && r.path === `/channels/${target.channelId}/messages/${ref.messageId}`,
    );
    expect(patch.status).toBe(200);
    expect(patch.headers.authorization).toBe(`Bot ${h.fake.world.token}`);
    // The plain text it was is cleared: the card is now an embed.
    expect(h.fake.store.messages.get(ref.messageId)).toMatchObject({
      content: "",
      embeds: [{ title: "Covered", description: "Thanks" }],
    });

    h.fake.store.messages.delete(ref.messageId);
    await expect(
      h.adapter.messenger.edit?.({ ...target, messageId: ref.messageId }, { text: "Again" }),
    ).rejects.toMatchObject({ name: "MessageGoneError", code: ErrorCode.MessageGone, platformCode: "10008" });
  });
});

describe("the REST client's retries", () => {
  it("give up within a job's lease, so no other instance takes a reminder over and posts it twice", () => {
    const client = createDiscordClient({
      botToken: "x.y.z",
      applicationId: "1",
      guildId: undefined,
      apiUrl: undefined,
    });
    const { retries, timeout } = client.rest.options;
    expect({ retries, timeout }).toEqual({
      retries: DiscordRestDefaults.retries,
      timeout: DiscordRestDefaults.timeoutMs,
    });
    expect((retries + 1) * timeout).toBeLessThan(SchedulerDefaults.leaseMs);
    void client.destroy();
  });
});
