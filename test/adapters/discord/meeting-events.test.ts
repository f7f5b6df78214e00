import type { APIGuildScheduledEvent } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { messageOf, type FakeMember } from "../../fakes/discord/index.js";
import { closeRest, harnessPerDescribe, restFor, type Harness } from "./harness.js";

/**
 * Meetings in the server's Events tab: the real discord.js client through the adapter against the
 * fake Discord (which checks each body against Discord's limits). Saving a meeting creates an
 * EXTERNAL guild scheduled event, an edit PATCHes it, a cancel deletes it; without Manage Events
 * the meeting goes on and the refusal is logged once.
 */

let h: Harness;
const { own: ownHarness, answered } = harnessPerDescribe(
  () => h,
  (next) => (h = next),
);

function run(member: FakeMember, subcommand: string, options?: Record<string, string | number>) {
  return answered(h.fake.runCommand({ member, command: "meeting", subcommand, ...(options ? { options } : {}) }));
}

const eventsPath = () => `/guilds/${h.fake.world.guild.id}/scheduled-events`;
const storedEvents = (): APIGuildScheduledEvent[] => [...h.fake.store.scheduledEvents.values()];

/** Alice schedules "Steering group" on Friday 3 April 7pm at the Town hall, and presses Save. */
async function scheduleAndSave(title = "Steering group", place = "Town hall"): Promise<void> {
  const { alice } = h.fake.world.members;
  await run(alice, "add", { title, when: "Friday 3 April 7pm", place });
  const draft = await h.database.prisma.meeting.findFirstOrThrow({ where: { status: "draft" } });
  const saved = messageOf(await answered(h.fake.pressButton({ member: alice, customId: `meeting.save:${draft.id}` })));
  expect(saved.content).toMatch(/^Saved as meeting #\d+\./);
}

describe("Discord: a meeting mirrored as a scheduled event", () => {
  ownHarness();

  it("Save creates an EXTERNAL, server-only event at the meeting's time and place", async () => {
    await scheduleAndSave();
    const post = await h.fake.requests.waitFor((r) => r.method === "POST" && r.path === eventsPath(), {
      what: "the scheduled event's creation",
    });
    expect(post.status).toBe(200);
    const [event] = storedEvents();
    expect(storedEvents()).toHaveLength(1);
    expect(event).toMatchObject({
      name: "Steering group",
      description: "Meeting #1",
      entity_type: 3,
      privacy_level: 2,
      channel_id: null,
      entity_metadata: { location: "Town hall" },
    });
    // 19:00 in London on 3 April is 18:00 UTC (summer time began on 29 March).
    expect(new Date(event?.scheduled_start_time ?? "").toISOString()).toBe("2026-04-03T18:00:00.000Z");
    expect(new Date(event?.scheduled_end_time ?? "").toISOString()).toBe("2026-04-03T19:00:00.000Z");
    const meeting = await h.database.prisma.meeting.findFirstOrThrow({ where: { number: 1 } });
    await expect
      .poll(() => h.database.prisma.meetingEvent.findMany({ where: { meetingId: meeting.id } }))
      .toMatchObject([{ externalId: event?.id, occurrence: "once" }]);
  });

  it("an edit of time and place PATCHes the same event", async () => {
    const before = h.fake.requests.all.length;
    const { alice } = h.fake.world.members;
    await run(alice, "edit", { number: 1, when: "Friday 3 April 6pm-8pm", place: "Library" });
    const [id] = h.fake.store.scheduledEvents.keys();
    const patch = await h.fake.requests.waitFor((r) => r.method === "PATCH" && r.path === `${eventsPath()}/${id}`, {
      since: before,
      what: "the scheduled event's edit",
    });
    expect(patch.status).toBe(200);
    expect(storedEvents()).toHaveLength(1);
    const [event] = storedEvents();
    expect(event?.entity_metadata).toEqual({ location: "Library" });
    expect(new Date(event?.scheduled_start_time ?? "").toISOString()).toBe("2026-04-03T17:00:00.000Z");
    expect(new Date(event?.scheduled_end_time ?? "").toISOString()).toBe("2026-04-03T19:00:00.000Z");
  });

  it("a cancel deletes the event and forgets it", async () => {
    const before = h.fake.requests.all.length;
    const [id] = h.fake.store.scheduledEvents.keys();
    const { alice } = h.fake.world.members;
    const asked = messageOf(await run(alice, "cancel", { number: 1 }));
    expect(asked.content).toMatch(/^Cancel meeting #1 /);
    expect(storedEvents()).toHaveLength(1);
    const meeting = await h.database.prisma.meeting.findFirstOrThrow({ where: { number: 1 } });
    await answered(h.fake.pressButton({ member: alice, customId: `meeting.cancel:${meeting.id}` }));
    const remove = await h.fake.requests.waitFor((r) => r.method === "DELETE" && r.path === `${eventsPath()}/${id}`, {
      since: before,
      what: "the scheduled event's deletion",
    });
    expect(remove.status).toBe(204);
    expect(storedEvents()).toEqual([]);
    await expect.poll(() => h.database.prisma.meetingEvent.count()).toBe(0);
  });

  it("a title and place longer than Discord allows are cut to its limits, which the fake enforces", async () => {
    const rest = restFor(h.fake);
    try {
      const tooLong = {
        name: "x".repeat(101),
        privacy_level: 2,
        entity_type: 3,
        scheduled_start_time: "2026-04-03T18:00:00.000Z",
        scheduled_end_time: "2026-04-03T19:00:00.000Z",
        entity_metadata: { location: "Town hall" },
      };
      await expect(
        rest.post(`/guilds/${h.fake.world.guild.id}/scheduled-events`, { body: tooLong }),
      ).rejects.toMatchObject({
        status: 400,
        code: 50035,
      });
    } finally {
      closeRest(rest);
    }

    const before = h.fake.requests.all.length;
    await scheduleAndSave("T".repeat(120), "P".repeat(200));
    const post = await h.fake.requests.waitFor((r) => r.method === "POST" && r.path === eventsPath(), {
      since: before,
      what: "the long meeting's event",
    });
    expect(post.status).toBe(200);
    const [event] = storedEvents();
    expect(event?.name).toBe(`${"T".repeat(99)}…`);
    expect(event?.entity_metadata?.location).toBe(`${"P".repeat(99)}…`);
  });
});

describe("Discord: without Manage Events", () => {
  ownHarness();

  it("the meeting is saved, posted and planned all the same; the refusal is logged once, with no names", async () => {
    h.fake.store.botManagesEvents = false;
    await scheduleAndSave();
    const refused = await h.fake.requests.waitFor((r) => r.method === "POST" && r.path === eventsPath(), {
      what: "the refused creation",
    });
    expect(refused.status).toBe(403);
    expect(refused.response).toMatchObject({ code: 50013 });
    expect(await h.database.prisma.meeting.findFirstOrThrow({ where: { number: 1 } })).toMatchObject({
      status: "scheduled",
    });
    const reminders = await h.database.prisma.job.count({ where: { kind: "meeting.remind", status: "pending" } });
    expect(reminders).toBe(2);

    // A second meeting is refused too, and not logged again.
    const before = h.fake.requests.all.length;
    await scheduleAndSave("Open meeting");
    await h.fake.requests.waitFor((r) => r.method === "POST" && r.path === eventsPath(), {
      since: before,
      what: "the second refused creation",
    });
    expect(storedEvents()).toEqual([]);
    // The claim taken before asking Discord is withdrawn once the refusal comes back.
    await expect.poll(() => h.database.prisma.meetingEvent.count()).toBe(0);

    const warnings = h.logs.problems();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 40, code: 50013, guild: h.fake.world.guild.id });
    const raw = h.logs.raw.join("\n");
    for (const personal of ["Steering group", "Open meeting", "Town hall", "alice", "Alice"])
      expect(raw).not.toContain(personal);
    // Seen and checked: the harness's after-each wants no warnings left.
    h.logs.lines.splice(0);
  });
});
