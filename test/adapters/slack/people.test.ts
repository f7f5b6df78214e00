import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alice, bob, carol, dee, eli, sentMessage, type FakeUser } from "../../fakes/slack/index.js";
import { en, postUpdate, startHarness, type SlackHarness } from "./harness.js";

/**
 * People on Slack: a member goes by the name Slack shows (users.info profile.display_name, else
 * the real name), never the legacy handle slash commands carry (`jane.smith2`, `tester`); and a
 * mention names its member by user id, whatever label Slack puts beside it.
 */
describe("Slack people", () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startHarness("http");
  });
  afterEach(async () => {
    await h.stop();
  });

  async function run(command: string, text: string, user: FakeUser) {
    const payload = h.fake.payloads.slashCommand(command, text, { user });
    expect((await h.slack.slashCommand(payload)).status).toBe(200);
    return sentMessage(await h.fake.api.waitForResponse((r) => payload.response_url.endsWith(`/${r.id}`)));
  }

  const nameOf = async (user: FakeUser) =>
    (
      await h.database.prisma.member.findFirstOrThrow({
        where: { identities: { some: { externalId: user.id } } },
      })
    ).displayName;

  it("stores the display name, or the real name when none is set, never the handle", async () => {
    const card = await postUpdate(h, "Seed library | Swapping seeds every first Saturday.", { user: dee });
    await run("/update", "list", eli);

    expect(await nameOf(dee)).toBe("Dee");
    expect(await nameOf(eli)).toBe("Eli Jones");
    // Her own card mentions her: Slack shows each reader her current name.
    expect(JSON.stringify(sentMessage(card).blocks)).toContain(`<@${dee.id}>`);
    expect(JSON.stringify(sentMessage(card))).not.toContain("jane.smith2");
  });

  it("takes a mention by its user id, not by the label beside it", async () => {
    await run("/update", "list", alice);
    await run("/update", "list", bob);
    // Slack escapes mentions as <@id|handle>; the label here is Alice's name, but Bob is meant.
    const granted = await run("/gather", `role <@${bob.id}|alice> coordinator`, carol);
    expect(granted.text).toBe(en("admin.role.done", { name: "bob", role: en("role.coordinator") }));
    const roles = await h.database.prisma.member.findMany({ select: { displayName: true, role: true } });
    expect(roles).toContainEqual({ displayName: "bob", role: "coordinator" });
    expect(roles).toContainEqual({ displayName: "alice", role: "member" });
  });

  it("names a member by mention even before their handle or name would match anyone", async () => {
    await run("/update", "list", dee);
    const granted = await run("/gather", `role <@${dee.id}|jane.smith2> coordinator`, carol);
    expect(granted.text).toContain("Dee");
    expect(await h.database.prisma.member.count({ where: { role: "coordinator" } })).toBe(1);
  });

  it("keeps a mention written in an update as a mention on its card; <!channel> stays text", async () => {
    const card = await postUpdate(h, `Seed library | Thanks to <@${bob.id}|bob> for the seeds. <!channel>`);
    const shown = JSON.stringify(sentMessage(card).blocks);
    expect(shown).toContain(`Thanks to <@${bob.id}> for the seeds. @channel`);
    const stored = await h.database.prisma.projectUpdate.findFirstOrThrow();
    expect(stored.summary).toBe(`Thanks to <@${bob.id}> for the seeds. @channel`);
  });
});
