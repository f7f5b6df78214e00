import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { general, secret, startFakeSlack, type FakeSlack } from "../../fakes/slack/index.js";

/** The fake is only worth its tests if it refuses what Slack refuses: a few of Slack's rules, checked directly. */
describe("the fake Slack Web API", () => {
  let fake: FakeSlack;

  beforeEach(async () => {
    fake = await startFakeSlack();
  });

  afterEach(async () => {
    await fake.close();
  });

  const call = async (method: string, body: string, headers: Record<string, string>) => {
    const response = await fetch(`${fake.api.url}${method}`, { method: "POST", body, headers });
    return (await response.json()) as { ok: boolean; error?: string; [key: string]: unknown };
  };
  const bot = () => ({ Authorization: `Bearer ${fake.workspace.botToken}` });

  it("takes JSON bodies as well as form-encoded ones, and the token as a Bearer header or a field", async () => {
    const json = await call("chat.postMessage", JSON.stringify({ channel: general.id, text: "hi" }), {
      ...bot(),
      "Content-Type": "application/json",
    });
    expect(json).toMatchObject({ ok: true, channel: general.id });

    const form = new URLSearchParams({
      token: fake.workspace.botToken,
      channel: general.id,
      blocks: JSON.stringify([{ type: "divider" }]),
    });
    const formAnswer = await call("chat.postMessage", form.toString(), {
      "Content-Type": "application/x-www-form-urlencoded",
    });
    expect(formAnswer).toMatchObject({ ok: true });
    expect(fake.api.calls.items[1]?.args["blocks"]).toEqual([{ type: "divider" }]);
  });

  it("refuses missing, unknown and wrong-kind tokens", async () => {
    const form = { "Content-Type": "application/x-www-form-urlencoded" };
    expect(await call("auth.test", "", form)).toMatchObject({ ok: false, error: "not_authed" });
    expect(await call("auth.test", "", { ...form, Authorization: "Bearer xoxb-nope" })).toMatchObject({
      ok: false,
      error: "invalid_auth",
    });
    expect(await call("apps.connections.open", "", { ...form, ...bot() })).toMatchObject({
      ok: false,
      error: "not_allowed_token_type",
    });
  });

  it("refuses blocks Slack would refuse", async () => {
    const header = { type: "header", text: { type: "mrkdwn", text: "x".repeat(151) } };
    const answer = await call("chat.postMessage", JSON.stringify({ channel: general.id, blocks: [header] }), {
      ...bot(),
      "Content-Type": "application/json",
    });
    expect(answer).toMatchObject({ ok: false, error: "invalid_blocks" });
    expect(answer["errors"]).toEqual([
      "/blocks/0/text/type: must be plain_text",
      "/blocks/0/text/text: must be less than 151 characters",
    ]);
  });

  it("lets a trigger_id open one view only", async () => {
    const view = { type: "modal", title: { type: "plain_text", text: "T" }, blocks: [] };
    const open = (trigger_id: string) =>
      call("views.open", JSON.stringify({ trigger_id, view }), { ...bot(), "Content-Type": "application/json" });
    const trigger = fake.payloads.slashCommand("/update", "").trigger_id;

    expect(await open(trigger)).toMatchObject({ ok: true });
    expect(await open(trigger)).toMatchObject({ ok: false, error: "exchanged_trigger_id" });
    expect(await open("1.2.unknown")).toMatchObject({ ok: false, error: "invalid_trigger_id" });
  });

  it("accepts five posts per response_url, like Slack", async () => {
    const url = fake.payloads.slashCommand("/update", "").response_url;
    const post = () =>
      fetch(url, {
        method: "POST",
        body: JSON.stringify({ text: "hi" }),
        headers: { "Content-Type": "application/json" },
      });

    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await post()).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
  });

  it("runs Slack's external upload flow, refusing missing arguments, unsent bytes and a second completion", async () => {
    const json = { ...bot(), "Content-Type": "application/json" };
    const getUrl = (args: object) => call("files.getUploadURLExternal", JSON.stringify(args), json);
    const complete = (args: object) => call("files.completeUploadExternal", JSON.stringify(args), json);

    expect(await getUrl({ length: 3 })).toMatchObject({ ok: false, error: "invalid_arguments" });
    expect(await getUrl({ filename: "a.csv" })).toMatchObject({ ok: false, error: "invalid_arguments" });
    expect(await getUrl({ filename: "a.csv", length: 0 })).toMatchObject({ ok: false, error: "missing_argument" });

    const announced = await getUrl({ filename: "a.csv", length: 4 });
    expect(announced).toMatchObject({ ok: true, file_id: expect.stringMatching(/^F/) });
    const id = announced["file_id"] as string;
    const uploadUrl = announced["upload_url"] as string;
    expect(uploadUrl.startsWith("http://127.0.0.1:")).toBe(true);
    expect(await complete({ files: [{ id }], channel_id: general.id })).toMatchObject({ error: "file_not_found" });

    // Raw bytes here; the WebClient sends multipart, which the harness tests cover.
    const upload = await fetch(uploadUrl, { method: "POST", body: "a,b\n" });
    expect([upload.status, await upload.text()]).toEqual([200, "OK - 4"]);

    expect(await complete({})).toMatchObject({ ok: false, error: "invalid_arguments" });
    expect(await complete({ files: [{ id }], channel_id: secret.id })).toMatchObject({ error: "channel_not_found" });
    expect(await complete({ files: [{ id, title: "A" }], channel_id: general.id })).toMatchObject({
      ok: true,
      files: [{ id, name: "a.csv", title: "A", size: 4 }],
    });
    expect(fake.api.file(id)?.completed).toEqual({ channel: general.id, initialComment: undefined, title: "A" });
    expect(await complete({ files: [{ id }], channel_id: general.id })).toMatchObject({ error: "file_not_found" });
  });

  it("asks for files:write to upload", async () => {
    await fake.close();
    fake = await startFakeSlack({ scopes: ["commands", "chat:write"] });
    const answer = await call("files.getUploadURLExternal", JSON.stringify({ filename: "a.csv", length: 1 }), {
      ...bot(),
      "Content-Type": "application/json",
    });
    expect(answer).toMatchObject({ ok: false, error: "missing_scope", needed: "files:write" });
  });
});
