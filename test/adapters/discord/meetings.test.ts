import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed } from "discord-api-types/v10";
import { InteractionResponseType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { messageOf, type FakeMember, type RecordedRequest } from "../../fakes/discord/index.js";
import { harnessPerDescribe, type Harness } from "./harness.js";

/**
 * Meetings end to end on Discord: the real discord.js client through the adapter against the
 * fake Discord, the real core and scheduler on SQLite, time moved by the ManualClock only.
 * Alice (Manage Server) schedules; Bob answers Going and is reminded by DM.
 */

let h: Harness;
const { own: ownHarness, answered } = harnessPerDescribe(
  () => h,
  (next) => (h = next),
);

type Buttons = APIActionRowComponent<APIButtonComponentWithCustomId>[];
const buttonsOf = (rows: readonly unknown[] | undefined) =>
  ((rows ?? []) as Buttons).flatMap((r) => r.components).map((b) => [b.label, b.custom_id, b.style]);

function run(member: FakeMember, subcommand: string, options?: Record<string, string | number>) {
  return answered(h.fake.runCommand({ member, command: "meeting", subcommand, ...(options ? { options } : {}) }));
}

/** What the bot sent with its own token (not through an interaction) from request `since` on. */
function botPosts(since: number): RecordedRequest[] {
  return h.fake.requests.all
    .slice(since)
    .filter((r) => r.method === "POST" && (r.path.startsWith("/channels/") || r.path === "/users/@me/channels"));
}

const WHEN = "Friday 3 April 2026, 19:00–20:00 (Europe/London)";

describe("a meeting, from echo to reminder", () => {
  ownHarness();

  const meetingRow = () => h.database.prisma.meeting.findFirstOrThrow();

  it("/meeting add echoes the time privately with Save and Cancel, and keeps a draft", async () => {
    const { alice } = h.fake.world.members;
    const callback = await run(alice, "add", {
      title: "Steering group",
      when: "Friday 3 April 7pm",
      place: "Town hall",
    });
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const data = messageOf(callback);
    expect(data.flags).toBe(64);
    const [embed] = data.embeds as APIEmbed[];
    expect(embed?.title).toBe("Check before saving: Steering group");
    expect(embed?.description).toContain(WHEN);
    const draft = await meetingRow();
    expect(draft.status).toBe("draft");
    expect(buttonsOf(data.components)).toEqual([
      ["Save", `meeting.save:${draft.id}`, 1],
      ["Edit", `meeting.draft-edit:${draft.id}`, 2],
      ["Cancel", `meeting.discard:${draft.id}`, 2],
    ]);
  });

  it("Save replaces the echo, posts the card with RSVP buttons and plans the reminders", async () => {
    const { alice } = h.fake.world.members;
    const draft = await meetingRow();
    const pressed = h.fake.pressButton({ member: alice, customId: `meeting.save:${draft.id}` });
    const callback = await answered(pressed);
    expect(callback.body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(messageOf(callback).content).toBe("Saved as meeting #1. Reminders will go out by themselves.");
    const card = await h.fake.requests.waitFor(
      (r) => r.method === "POST" && r.path.startsWith(`/webhooks/${h.fake.world.application.id}/${pressed.token}`),
      { what: "the public card" },
    );
    const body = card.body as { flags?: number; embeds: APIEmbed[]; components: Buttons };
    expect(body.flags ?? 0).toBe(0);
    expect(body.embeds[0]?.title).toBe("Steering group");
    expect(buttonsOf(body.components)).toEqual([
      ["Going", `meeting.rsvp:${draft.id}:once:g`, 1],
      ["Maybe", `meeting.rsvp:${draft.id}:once:m`, 2],
      ["Can't", `meeting.rsvp:${draft.id}:once:n`, 2],
    ]);
    expect(await meetingRow()).toMatchObject({ number: 1, status: "scheduled", channelId: h.fake.world.channel.id });
    const jobs = await h.database.prisma.job.findMany({ where: { status: "pending" }, orderBy: { dueAt: "asc" } });
    expect(jobs.map((j) => [j.kind, j.dueAt.toISOString()])).toEqual([
      ["meeting.remind", "2026-04-02T18:00:00.000Z"],
      ["meeting.remind", "2026-04-03T17:00:00.000Z"],
    ]);
  });

  it("Going answers privately; the day-before reminder reaches the channel and Bob's DMs", async () => {
    const { bob } = h.fake.world.members;
    const meeting = await meetingRow();
    const callback = await answered(h.fake.pressButton({ member: bob, customId: `meeting.rsvp:${meeting.id}:once:g` }));
    const data = messageOf(callback);
    expect(data.flags).toBe(64);
    expect(data.content).toBe(`You're going to “Steering group”, ${WHEN}. You'll get the reminders.`);

    const before = h.fake.requests.all.length;
    h.clock.set("2026-04-02T18:00:00Z");
    expect(await h.gather.createScheduler({ owner: "test" }).tick()).toMatchObject({ claimed: 1, done: 1 });
    const dm = h.fake.store.dmChannel(bob.user.id);
    const sent = botPosts(before);
    expect(sent.map((r) => [r.path, r.status])).toEqual([
      [`/channels/${h.fake.world.channel.id}/messages`, 200],
      ["/users/@me/channels", 200],
      [`/channels/${dm.id}/messages`, 200],
    ]);
    for (const request of [sent[0], sent[2]]) {
      const body = request?.body as { embeds: APIEmbed[]; components: Buttons };
      expect(body.embeds[0]?.title).toBe("Reminder: Steering group");
      expect(body.embeds[0]?.description).toContain(WHEN);
      expect(buttonsOf(body.components).map((b) => b[1])).toEqual([
        `meeting.rsvp:${meeting.id}:once:g`,
        `meeting.rsvp:${meeting.id}:once:m`,
        `meeting.rsvp:${meeting.id}:once:n`,
      ]);
    }
  });

  it("a member who is not the host cannot cancel; the refusal is private", async () => {
    const { bob } = h.fake.world.members;
    const data = messageOf(await run(bob, "cancel", { number: 1 }));
    expect(data.flags).toBe(64);
    expect(data.content).toBe("Only a coordinator or the host of meeting #1 can change it.");
    expect((await meetingRow()).status).toBe("scheduled");
  });
});
