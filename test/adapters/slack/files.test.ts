import { webApi } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackResponder } from "../../../adapters/slack/responder.js";
import { translate } from "../../../src/core/i18n/index.js";
import type { Message } from "../../../src/core/message.js";
import { toCsv, toMarkdown } from "../../../src/features/updates/export.js";
import { UpdateStore } from "../../../src/features/updates/store.js";
import { alice, general, sentMessage, sharedFiles, type ApiCall } from "../../fakes/slack/index.js";
import { NOW, postUpdate, startHarness, type SlackHarness } from "./harness.js";

const report: Message = {
  text: "Rota for March",
  files: [
    { name: "rota.csv", contentType: "text/csv", content: "day,who\r\nMon,Sam\r\n" },
    { name: "notes.md", contentType: "text/markdown", content: "# Notes\n\nCafé & <tea> — ☕\n" },
  ],
};

describe("Slack files", () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startHarness("http");
  });

  afterEach(async () => {
    await h.stop();
  });

  const calls = (method: string) => h.fake.api.calls.filter((c) => c.method === method);
  const uploadsTo = (channel: string) =>
    calls("files.completeUploadExternal").filter((c) => c.args["channel_id"] === channel);

  /** Checks every upload of a completion arrived whole: the bytes Slack got are the bytes announced. */
  const expectWholeUploads = (call: ApiCall) => {
    for (const file of sharedFiles(call, h.fake.api)) expect(Buffer.byteLength(file.content)).toBe(file.length);
    expect(h.fake.api.uploads.items.map((u) => u.status).every((s) => s === 200)).toBe(true);
  };

  it("sends /update export to the coordinator's DM as CSV and Markdown, and nothing to the channel", async () => {
    await postUpdate(h, "Community fridge | Open daily from 9.");
    await postUpdate(h, "Choir | Tuesdays, all welcome. | https://choir.example.org #music | Cardiff");
    await h.database.prisma.member.updateMany({ data: { role: "coordinator" } });

    await h.slack.slashCommand(h.fake.payloads.slashCommand("/update", "export"));

    // Files go first, so once the private reply is there the upload is complete.
    const reply = sentMessage(await h.fake.api.waitForResponse((r) => r.body["response_type"] === "ephemeral"));
    const done = translate("en", "update.export.done", { count: 2 });
    const day = NOW.slice(0, 10);
    expect(reply.text).toBe(
      `${done}\n\n📎 Sent to you by direct message: project-updates-${day}.csv, project-updates-${day}.md`,
    );

    const opened = await h.fake.api.waitForCall("conversations.open");
    expect(opened.args["users"]).toBe(alice.id);
    const dm = (opened.result["channel"] as { id: string }).id;
    const [completion, ...more] = calls("files.completeUploadExternal");
    expect(more).toEqual([]);
    expect(completion?.args["channel_id"]).toBe(dm);
    if (!completion) throw new Error("no files.completeUploadExternal");
    expectWholeUploads(completion);

    const network = await h.database.prisma.network.findFirstOrThrow();
    const updates = await new UpdateStore(h.database.prisma, h.database.provider).all(network.id);
    const [csv, markdown] = sharedFiles(completion, h.fake.api);
    expect(csv).toMatchObject({
      filename: `project-updates-${day}.csv`,
      title: `project-updates-${day}.csv`,
      channel: dm,
      initialComment: done,
      // With a byte order mark, so spreadsheets read it as UTF-8.
      content: `\uFEFF${toCsv(updates)}`,
    });
    expect(csv?.content.split("\r\n")[0]).toBe(
      "\uFEFFnumber,title,author,area,tags,summary,links,status,posted,updated",
    );
    expect(csv?.content).toContain(
      '"2","Choir","alice","Cardiff","music","Tuesdays, all welcome.","https://choir.example.org","active"',
    );
    expect(markdown).toMatchObject({
      filename: `project-updates-${day}.md`,
      channel: dm,
      content: toMarkdown(network.name, updates, new Date(NOW)),
    });
    expect(markdown?.content).toContain("## #2 Choir");

    expect(uploadsTo(general.id)).toEqual([]);
    expect(calls("files.getUploadURLExternal")).toHaveLength(2);
    const cardsInChannel = calls("chat.postMessage").filter((c) => c.args["channel"] === general.id);
    expect(cardsInChannel).toHaveLength(2); // the two update cards, nothing from the export
  });

  it("refuses /update export to a member who is not a coordinator, uploading nothing", async () => {
    await h.slack.slashCommand(h.fake.payloads.slashCommand("/update", "export"));

    const reply = sentMessage(await h.fake.api.waitForResponse());
    expect(reply).toMatchObject({
      responseType: "ephemeral",
      text: translate("en", "error.role_required", { role: translate("en", "role.coordinator") }),
    });
    expect(calls("files.getUploadURLExternal")).toEqual([]);
  });

  it("shares a proactive post's files in the same channel, after the message", async () => {
    const ref = await h.adapter.messenger.post(
      { spaceExternalId: h.fake.workspace.teamId, channelId: general.id },
      report,
    );

    expect(h.fake.api.calls.items.map((c) => c.method).slice(1)).toEqual([
      "chat.postMessage",
      "files.getUploadURLExternal",
      "files.getUploadURLExternal",
      "files.completeUploadExternal",
    ]);
    expect(ref.channelId).toBe(general.id);
    const [completion] = uploadsTo(general.id);
    if (!completion) throw new Error("nothing shared in #general");
    expectWholeUploads(completion);
    expect(sharedFiles(completion, h.fake.api).map((f) => [f.filename, f.content, f.initialComment])).toEqual([
      ["rota.csv", "\uFEFFday,who\r\nMon,Sam\r\n", undefined],
      ["notes.md", "# Notes\n\nCafé & <tea> — ☕\n", undefined],
    ]);
  });

  describe("through a responder", () => {
    /** A responder for a request without a response_url, on its own WebClient pointed at the fake. */
    const responder = () =>
      new SlackResponder({
        client: new webApi.WebClient(h.fake.workspace.botToken, { slackApiUrl: h.fake.api.url }),
        teamId: h.fake.workspace.teamId,
        channelId: general.id,
        userId: alice.id,
      });

    it("shares a public reply's files in the channel", async () => {
      const ref = await responder().reply(report);

      expect(ref?.channelId).toBe(general.id);
      const [completion, ...more] = calls("files.completeUploadExternal");
      expect(more).toEqual([]);
      expect(completion?.args["channel_id"]).toBe(general.id);
      expect(calls("conversations.open")).toEqual([]);
    });

    it("sends a private reply's files to the member's DM, and says so with chat.postEphemeral", async () => {
      await responder().replyPrivately(report);

      const [completion] = calls("files.completeUploadExternal");
      expect(completion?.args).toMatchObject({ channel_id: "D0ALICE01", initial_comment: "Rota for March" });
      const ephemeral = sentMessage(await h.fake.api.waitForCall("chat.postEphemeral"));
      expect(ephemeral).toMatchObject({ channel: general.id, user: alice.id });
      expect(ephemeral.text).toBe("Rota for March\n\n📎 Sent to you by direct message: rota.csv, notes.md");
      expect(uploadsTo(general.id)).toEqual([]);
    });
  });
});
