import type { PlainTextInput } from "@slack/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  alice,
  bob,
  carol,
  general,
  inputBlocks,
  openedView,
  projects,
  sentMessage,
  type FakeUser,
  type FakeChannel,
} from "../../fakes/slack/index.js";
import { buttonsOf, en, type SlackHarness, startHarness } from "./harness.js";

/**
 * Governance on Slack, end to end through real Bolt against the fake Slack:
 * Carol is a workspace admin, so Gather treats her as the network's admin.
 */
describe("Slack governance", () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startHarness("http");
  });
  afterEach(async () => {
    await h.stop();
  });

  /** A slash command and its private (response_url) answer. */
  async function run(command: string, text: string, who: { user?: FakeUser; channel?: FakeChannel } = {}) {
    const payload = h.fake.payloads.slashCommand(command, text, who);
    expect((await h.slack.slashCommand(payload)).status).toBe(200);
    return sentMessage(await h.fake.api.waitForResponse((r) => payload.response_url.endsWith(`/${r.id}`)));
  }

  it("a workspace admin grants a role to a member named by a Slack mention", async () => {
    await run("/update", "list", { user: bob }); // Bob has talked to Gather
    const refused = await run("/gather", `role <@${carol.id}> admin`, { user: bob });
    expect(refused.text).toBe(en("error.role_required", { role: en("role.admin") }));

    const granted = await run("/gather", `role <@${bob.id}> coordinator`, { user: carol });
    expect(granted).toMatchObject({ responseType: "ephemeral", text: "bob is now a network coordinator." });
    const members = await h.database.prisma.member.findMany({ orderBy: { displayName: "asc" } });
    // Carol acted as a platform admin in a network with no admin: she is stored as its admin too.
    expect(members.map((m) => [m.displayName, m.role])).toEqual([
      ["bob", "coordinator"],
      ["carol", "admin"],
    ]);
  });

  it("a plain member opening /gather settings first is told who can; the workspace admin (users.info) becomes admin", async () => {
    const refused = await run("/gather", "settings", { user: bob });
    expect(refused.text).toBe(en("admin.bootstrap.platform_only"));
    expect(await h.database.prisma.member.count({ where: { role: "admin" } })).toBe(0);
    await run("/gather", "settings", { user: carol });
    const admins = await h.database.prisma.member.findMany({ where: { role: "admin" } });
    expect(admins.map((m) => m.displayName)).toEqual(["carol"]);
  });

  it("/gather settings shows the settings with a button that opens the filled modal, which saves", async () => {
    const shown = await run("/gather", "settings", { user: carol });
    expect(shown.responseType).toBe("ephemeral");
    const change = buttonsOf(shown.blocks).find((b) => b.text.text === en("admin.settings.change"));
    expect(change?.action_id).toBe("gather.settings-form:general");

    const press = h.fake.payloads.buttonPress(change?.action_id ?? "", "1774744260.000300", {
      user: carol,
      ephemeral: true,
    });
    expect((await h.slack.interaction(press)).status).toBe(200);
    const view = openedView(await h.fake.api.waitForCall("views.open"));
    expect(view.callback_id).toBe("gather.settings");
    expect(inputBlocks(view).map((b) => [b.block_id, (b.element as PlainTextInput).initial_value ?? ""])).toEqual([
      ["timezone", "Europe/London"],
      ["language", "en"],
      ["second", "off"],
      ["freshness", "12"],
      ["reminders", "4w 1w 1d 1h"],
    ]);
    const submitted = await h.slack.interaction(
      h.fake.payloads.viewSubmission(
        view,
        { timezone: "Europe/London", language: "en", second: "cy", freshness: "12", reminders: "1w 1d" },
        { user: carol },
      ),
    );
    expect(submitted.status).toBe(200);
    const saved = await h.fake.api.waitForResponse((r) => press.response_url.endsWith(`/${r.id}`));
    expect(sentMessage(saved).text).toContain(en("admin.settings.saved"));
    expect(await h.database.prisma.network.findFirstOrThrow()).toMatchObject({
      secondLocale: "cy",
      reminderOffsets: "[10080,1440]",
    });
  });

  it("/gather channel updates in #general: updates typed elsewhere are posted there, with a private note", async () => {
    const set = await run("/gather", "channel updates", { user: carol, channel: general });
    expect(set.text).toBe(en("admin.channel.set", { kind: en("admin.channel.kind.updates") }));

    const note = await run("/update", "Community fridge | Open daily from 9.", { user: alice, channel: projects });
    expect(note).toMatchObject({ responseType: "ephemeral", text: en("admin.posted.update", { number: 1 }) });
    const card = await h.fake.api.waitForCall("chat.postMessage", (c) => c.args["channel"] === general.id);
    expect(sentMessage(card).text).toContain("Community fridge");
  });
});
