import { afterEach, describe, expect, it } from "vitest";
import { translate } from "../../../src/core/i18n/index.js";
import { alice, carol, general, sentMessage, sharedFiles } from "../../fakes/slack/index.js";
import { NOW, postUpdate, startHarness, type SlackHarness } from "./harness.js";

const onlyCoordinators = translate("en", "error.role_required", { role: translate("en", "role.coordinator") });

/**
 * Slack workspace admins and owners act as the network's admin (as Manage
 * Server does on Discord), which users.info tells after the ack.
 */
describe("Slack workspace admins", () => {
  let h: SlackHarness;

  afterEach(async () => {
    await h.stop();
  });

  const usersInfo = (user: string) =>
    h.fake.api.calls.filter((c) => c.method === "users.info" && c.args["user"] === user);

  it("lets a workspace admin run /update export, with no role given in Gather, and refuses a plain member", async () => {
    h = await startHarness("http");
    await postUpdate(h, "Community fridge | Open daily from 9.");
    await postUpdate(h, "Choir | Tuesdays, all welcome.");

    const plain = h.fake.payloads.slashCommand("/update", "export");
    await h.slack.slashCommand(plain);
    const refused = sentMessage(await h.fake.api.waitForResponse((r) => plain.response_url.endsWith(`/${r.id}`)));
    expect(refused).toMatchObject({ responseType: "ephemeral", text: onlyCoordinators });
    expect(h.fake.api.calls.filter((c) => c.method.startsWith("files."))).toEqual([]);

    const admin = h.fake.payloads.slashCommand("/update", "export", { user: carol });
    await h.slack.slashCommand(admin);
    const reply = sentMessage(await h.fake.api.waitForResponse((r) => admin.response_url.endsWith(`/${r.id}`)));
    expect(reply.responseType).toBe("ephemeral");
    expect(reply.text).toContain(translate("en", "update.export.done", { count: 2 }));

    const opened = await h.fake.api.waitForCall("conversations.open");
    expect(opened.args["users"]).toBe(carol.id);
    const dm = (opened.result["channel"] as { id: string }).id;
    const completion = await h.fake.api.waitForCall("files.completeUploadExternal");
    expect(completion.args["channel_id"]).toBe(dm);
    const day = NOW.slice(0, 10);
    expect(sharedFiles(completion, h.fake.api).map((f) => [f.filename, f.channel])).toEqual([
      [`project-updates-${day}.csv`, dm],
      [`project-updates-${day}.md`, dm],
    ]);

    // Both were looked up with the bot token; only Carol is an admin.
    for (const user of [alice, carol]) {
      const [lookup] = usersInfo(user.id);
      expect(lookup?.token).toBe(h.fake.workspace.botToken);
      expect(lookup?.result).toMatchObject({ ok: true, user: { id: user.id, team_id: h.fake.workspace.teamId } });
    }
    expect(usersInfo(carol.id)[0]?.result).toMatchObject({ user: { is_admin: true } });
    // The network's role store is untouched: the admin role comes from Slack, request by request.
    expect(await h.database.prisma.member.findMany({ where: { role: { not: "member" } } })).toEqual([]);
  });

  it("acks before asking users.info", async () => {
    h = await startHarness("socket");
    await h.fake.socket.waitForConnection();

    const ack = await h.fake.socket.deliver("slash_commands", h.fake.payloads.slashCommand("/update", "export"));
    const lookup = await h.fake.api.waitForCall("users.info");

    expect(lookup.args["user"]).toBe(alice.id);
    expect(ack.receivedAt).toBeLessThan(lookup.receivedAt);
    const refused = sentMessage(await h.fake.api.waitForResponse());
    expect(refused.text).toBe(onlyCoordinators);
  });

  it("asks users.info once per member within five minutes", async () => {
    h = await startHarness("http");

    for (const text of ["export", "list"]) {
      const payload = h.fake.payloads.slashCommand("/update", text, { user: carol, channel: general });
      await h.slack.slashCommand(payload);
      await h.fake.api.waitForResponse((r) => payload.response_url.endsWith(`/${r.id}`));
    }

    expect(usersInfo(carol.id)).toHaveLength(1);
  });
});
