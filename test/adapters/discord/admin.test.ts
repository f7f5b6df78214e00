import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APILabelComponent,
  APITextInputComponent,
} from "discord-api-types/v10";
import { InteractionResponseType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { messageOf, modalOf, type FakeMember } from "../../fakes/discord/index.js";
import { harnessPerDescribe, type Harness } from "./harness.js";

/**
 * Governance on Discord, end to end: the real discord.js client through the
 * adapter against the fake Discord. Alice may manage the server (a platform
 * admin); Bob is a plain member.
 */

let h: Harness;
const { own: ownHarness, answered } = harnessPerDescribe(
  () => h,
  (next) => (h = next),
);

function run(member: FakeMember, command: string, subcommand: string, options?: Record<string, string | number>) {
  return answered(h.fake.runCommand({ member, command, subcommand, ...(options ? { options } : {}) }));
}

type Buttons = APIActionRowComponent<APIButtonComponentWithCustomId>[];
const buttonsOf = (rows: readonly unknown[] | undefined) =>
  ((rows ?? []) as Buttons).flatMap((r) => r.components).map((b) => [b.label, b.custom_id]);

describe("governance on Discord", () => {
  ownHarness();

  it("/gather role with a mention typed in its option (either form): Manage Server grants, a member is refused", async () => {
    const { alice, bob } = h.fake.world.members;
    const refused = messageOf(await run(bob, "gather", "role", { member: `<@${alice.user.id}>`, role: "member" }));
    expect(refused).toMatchObject({
      flags: 64,
      content: "Only a network admin can do that. Ask your coordinator if you need it done.",
    });
    const granted = messageOf(
      await run(alice, "gather", "role", { member: `<@!${bob.user.id}>`, role: "coordinator" }),
    );
    expect(granted).toMatchObject({ flags: 64, content: "bobby is now a network coordinator." });
    const roles = await h.database.prisma.member.findMany({ orderBy: { displayName: "asc" } });
    expect(roles.map((m) => [m.displayName, m.role])).toEqual([
      ["Alice (coordinator)", "admin"],
      ["bobby", "coordinator"],
    ]);
  });

  it("/gather settings with no options shows the settings; its button opens the filled modal", async () => {
    const { alice } = h.fake.world.members;
    const shown = await run(alice, "gather", "settings");
    expect(shown.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const data = messageOf(shown);
    expect(data.flags).toBe(64);
    expect(buttonsOf(data.components)).toEqual([
      ["Change settings", "gather.settings-form:general"],
      ["Shift settings", "gather.settings-form:shifts"],
    ]);

    const pressed = h.fake.pressButton({ member: alice, customId: "gather.settings-form:shifts" });
    const modal = modalOf(await answered(pressed));
    expect(modal.custom_id).toBe("gather.shifts-settings");
    const inputs = modal.components.map((c) => (c as APILabelComponent).component as APITextInputComponent);
    expect(inputs.map((i) => [i.custom_id, i.value])).toEqual([
      ["approval", "off"],
      ["escalation", "72h 24h 4h"],
    ]);
    const saved = messageOf(
      await answered(
        h.fake.submitModal({ member: alice, modalOf: pressed.id, values: { approval: "on", escalation: "24h" } }),
      ),
    );
    expect(saved.flags).toBe(64);
    expect(await h.database.prisma.network.findFirstOrThrow()).toMatchObject({
      coverApproval: true,
      coverEscalationHours: "[24]",
    });
  });

  it("/gather settings with typed options validates the time zone", async () => {
    const { alice } = h.fake.world.members;
    const refused = messageOf(await run(alice, "gather", "settings", { timezone: "Narnia" }));
    expect(refused.content).toBe(
      "“Narnia” isn't a time zone I know. Use a name like Europe/London or Europe/Brussels.",
    );
    await run(alice, "gather", "settings", { timezone: "Europe/Amsterdam", language: "nl" });
    expect(await h.database.prisma.network.findFirstOrThrow()).toMatchObject({
      timeZone: "Europe/Amsterdam",
      locale: "nl",
    });
  });
});

describe("a new Discord server's first admin", () => {
  ownHarness();

  it("is not a plain member who opens /gather settings first, but one with Manage Server; who can reclaim it", async () => {
    const { alice, bob } = h.fake.world.members;
    expect(messageOf(await run(bob, "gather", "settings"))).toMatchObject({
      flags: 64,
      content:
        "This network has no admin yet. Its first admin is someone who runs this workspace or server: ask them to open the settings.",
    });
    expect(await h.database.prisma.member.count({ where: { role: "admin" } })).toBe(0);
    await run(alice, "gather", "settings"); // her member permissions include Manage Server
    const admins = await h.database.prisma.member.findMany({ where: { role: "admin" } });
    expect(admins.map((m) => m.displayName)).toEqual(["Alice (coordinator)"]);
    expect(messageOf(await run(bob, "gather", "role", { member: "reclaim" }))).toMatchObject({
      content: "Only a network admin can do that. Ask your coordinator if you need it done.",
    });
    expect(messageOf(await run(alice, "gather", "role", { member: "reclaim" }))).toMatchObject({
      content: "You are the network's admin, and its only one.",
    });
  });
});
