import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackClientDefaults } from "../../../adapters/slack/adapter.js";
import type { Message } from "../../../src/core/message.js";
import { ErrorCode } from "../../../src/errors.js";
import { SchedulerDefaults } from "../../../src/scheduler/policy.js";
import { alice, general, gone, projects, sentMessage } from "../../fakes/slack/index.js";
import { startHarness, type SlackHarness } from "./harness.js";

const reminder: Message = { title: "Shift tomorrow", text: "Kitchen, 10:00–14:00." };

describe("Slack Messenger", () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startHarness("http");
  });

  afterEach(async () => {
    await h.stop();
  });

  it("posts to a channel and returns where, so the message can be edited later", async () => {
    const ref = await h.adapter.messenger.post(
      { spaceExternalId: h.fake.workspace.teamId, channelId: general.id },
      reminder,
    );

    const call = await h.fake.api.waitForCall("chat.postMessage");
    expect(ref).toEqual({ channelId: general.id, messageId: call.result["ts"] });
    expect(call.token).toBe(h.fake.workspace.botToken);
    expect(sentMessage(call)).toMatchObject({ channel: general.id, text: "Shift tomorrow\nKitchen, 10:00–14:00." });
  });

  it("posts in a public channel it was never invited to (chat:write.public)", async () => {
    const ref = await h.adapter.messenger.post(
      { spaceExternalId: h.fake.workspace.teamId, channelId: projects.id },
      reminder,
    );
    expect(ref.channelId).toBe(projects.id);
  });

  it("sends a DM by opening the conversation first", async () => {
    const ref = await h.adapter.messenger.dm(
      { spaceExternalId: h.fake.workspace.teamId, externalId: alice.id },
      reminder,
    );

    const opened = await h.fake.api.waitForCall("conversations.open");
    expect(opened.args["users"]).toBe(alice.id);
    const im = (opened.result["channel"] as { id: string }).id;
    const posted = await h.fake.api.waitForCall("chat.postMessage");
    expect(sentMessage(posted).channel).toBe(im);
    expect(ref.channelId).toBe(im);
  });

  it("rejects a DM Slack will not deliver, with Slack's reason", async () => {
    const dm = h.adapter.messenger.dm({ spaceExternalId: h.fake.workspace.teamId, externalId: gone.id }, reminder);

    await expect(dm).rejects.toMatchObject({ data: { error: "user_disabled" } });
    expect(h.fake.api.calls.filter((c) => c.method === "chat.postMessage")).toEqual([]);
  });

  it("edits a posted message with chat.update, files left out; a deleted one rejects as gone", async () => {
    const target = { spaceExternalId: h.fake.workspace.teamId, channelId: general.id };
    const ref = await h.adapter.messenger.post(target, reminder);
    await h.adapter.messenger.edit?.(
      { ...target, messageId: ref.messageId },
      {
        title: "Shift tomorrow",
        text: "Covered.",
        files: [{ name: "a.csv", contentType: "text/csv", content: "a" }],
      },
    );
    const edit = await h.fake.api.waitForCall("chat.update");
    expect(edit.args).toMatchObject({ channel: general.id, ts: ref.messageId, text: "Shift tomorrow\nCovered." });
    expect(h.fake.api.calls.filter((c) => c.method.startsWith("files."))).toEqual([]);

    h.fake.deleteMessage(general.id, ref.messageId);
    await expect(h.adapter.messenger.edit?.({ ...target, messageId: ref.messageId }, reminder)).rejects.toMatchObject({
      name: "MessageGoneError",
      code: ErrorCode.MessageGone,
      platformCode: "message_not_found",
    });
  });

  it("tries for less than a job's lease by default, so no other instance takes a reminder over and posts it twice", () => {
    const { retries, minRetryMs, maxRetryMs, requestTimeoutMs } = SlackClientDefaults;
    const backOffs = Array.from({ length: retries }, (_, i) => Math.min(maxRetryMs, minRetryMs * 2 ** i));
    const worstMs = (retries + 1) * requestTimeoutMs + backOffs.reduce((a, b) => a + b, 0);
    expect(worstMs).toBeLessThan(SchedulerDefaults.leaseMs);
  });

  describe("while Slack is down", () => {
    let down: SlackHarness;

    beforeEach(async () => {
      down = await startHarness("http", { client: { retries: 2, minRetryMs: 1, maxRetryMs: 5 } });
    });

    afterEach(async () => {
      await down.stop();
    });

    it("gives up after the policy's retries, so a job fails and is retried from the database, not for 30 minutes", async () => {
      const restore = down.fake.api.outage("chat.postMessage");
      const target = { spaceExternalId: down.fake.workspace.teamId, channelId: general.id };

      await expect(down.adapter.messenger.post(target, reminder)).rejects.toThrow();
      expect(down.fake.api.refused("chat.postMessage")).toBe(3); // the first try and two retries

      restore();
      await expect(down.adapter.messenger.post(target, reminder)).resolves.toMatchObject({ channelId: general.id });
    });
  });
});
