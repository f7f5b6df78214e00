import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/invocation.js";
import type { Message } from "../../src/core/message.js";
import { EventGoneError, type EventMirror, type MirroredEvent, type SpaceTarget } from "../../src/core/ports.js";
import { purgeExpired } from "../../src/features/admin/retention.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice } from "../support/gather.js";
import { RecordingMessenger } from "../support/messenger.js";
import type { Sent } from "../support/responder.js";

/**
 * Meetings mirrored in each space's events, through the core: a Discord space's event follows a
 * series from one occurrence to the next when the meeting's job runs after each occurrence's end;
 * a network on Slack alone (no events on that platform) mirrors nothing and fails nothing.
 */

type Call =
  | { readonly kind: "create"; readonly space: SpaceTarget; readonly event: MirroredEvent }
  | { readonly kind: "update"; readonly space: SpaceTarget; readonly id: string; readonly event: MirroredEvent }
  | { readonly kind: "cancel"; readonly space: SpaceTarget; readonly id: string };

/** The EventMirror port, recording; `gone` ids reject as deleted on the platform. */
class RecordingEvents implements EventMirror {
  readonly calls: Call[] = [];
  readonly gone = new Set<string>();
  #next = 0;

  async create(space: SpaceTarget, event: MirroredEvent): Promise<string> {
    this.calls.push({ kind: "create", space, event });
    return `E${++this.#next}`;
  }

  async update(space: SpaceTarget, id: string, event: MirroredEvent): Promise<void> {
    if (this.gone.has(id)) throw new EventGoneError("10070");
    this.calls.push({ kind: "update", space, id, event });
  }

  async cancel(space: SpaceTarget, id: string): Promise<void> {
    if (this.gone.has(id)) throw new EventGoneError("10070");
    this.calls.push({ kind: "cancel", space, id });
  }
}

/** A Discord messenger that keeps events, as the Discord adapter's does. */
class DiscordWithEvents extends RecordingMessenger {
  readonly events = new RecordingEvents();

  constructor() {
    super("discord");
  }
}

const ann: Actor = {
  platform: "discord",
  spaceExternalId: "G-guild",
  spaceName: "Arts & Wellbeing (Discord)",
  userExternalId: "D-ann",
  displayName: "Ann",
};

const messageOf = (sent: Sent | undefined): Message => {
  if (!sent || sent.kind === "form") throw new Error(`expected a message, got ${sent?.kind}`);
  return sent.message;
};
const iso = (d: Date) => d.toISOString();

/** Tuesday 1 September 2026, 11:00 in London. */
const NOW = "2026-09-01T10:00:00Z";

describe.each(databases)("meeting events on $provider", (database) => {
  const t = gatherPerTest(database, { now: NOW });
  let discord: DiscordWithEvents;

  beforeEach(async () => {
    discord = new DiscordWithEvents();
    t.gather.messengers.register(discord);
  });

  /** `/meeting add <text>` as a coordinator, then Save. */
  async function schedule(actor: Actor, text: string) {
    await t.command(actor, "meeting", "list");
    await t.db.member.updateMany({ where: { displayName: actor.displayName }, data: { role: "coordinator" } });
    const echo = messageOf((await t.command(actor, "meeting", `add ${text}`)).only());
    await t.press(actor, echo.actions?.[0]?.id as string);
    return t.db.meeting.findFirstOrThrow({ where: { status: "scheduled" } });
  }
  /** `/meeting cancel n`, then Yes on its confirmation. */
  const cancelMeeting = async (actor: Actor, number = 1) => {
    const asked = messageOf((await t.command(actor, "meeting", `cancel ${number}`)).only());
    return t.press(actor, asked.actions?.[0]?.id as string);
  };
  const at = async (when: string) => {
    t.clock.set(when);
    return t.tick();
  };

  it("a weekly meeting's event shows its next occurrence, and moves on when the job runs after each one ends", async () => {
    const meeting = await schedule(ann, "Steering group | Tuesday 8 September 7pm-9pm | Town hall | weekly");
    expect(discord.events.calls).toEqual([
      {
        kind: "create",
        space: { spaceExternalId: "G-guild" },
        event: {
          name: "Steering group",
          description: "Meeting #1\nRepeats: every week on Tuesday",
          startsAt: new Date("2026-09-08T18:00:00Z"),
          endsAt: new Date("2026-09-08T20:00:00Z"),
          location: "Town hall",
        },
      },
    ]);
    expect(await t.db.meetingEvent.findMany()).toMatchObject([
      { meetingId: meeting.id, externalId: "E1", occurrence: "2026-09-08" },
    ]);
    const eventJobs = await t.db.job.findMany({ where: { kind: "meeting.event-next", status: "pending" } });
    expect(eventJobs.map((j) => iso(j.dueAt))).toEqual(["2026-09-08T20:00:00.000Z"]);

    // The occurrence begins: the next one's reminders are planned; the event stays on tonight's.
    await at("2026-09-08T18:00:00Z");
    expect(discord.events.calls).toHaveLength(1);

    // It ends: the event moves to next Tuesday, in place (same id); the following step is planned.
    await at("2026-09-08T20:00:00Z");
    expect(discord.events.calls.slice(1)).toMatchObject([
      { kind: "update", id: "E1", event: { startsAt: new Date("2026-09-15T18:00:00Z") } },
    ]);
    expect(await t.db.meetingEvent.findMany()).toMatchObject([{ externalId: "E1", occurrence: "2026-09-15" }]);
    // Each occurrence's start plans the next one, its event step included.
    await at("2026-09-15T18:00:00Z");
    const next = await t.db.job.findMany({
      where: { kind: "meeting.event-next", status: "pending" },
      orderBy: { dueAt: "asc" },
    });
    expect(next.map((j) => iso(j.dueAt))).toEqual(["2026-09-15T20:00:00.000Z", "2026-09-22T20:00:00.000Z"]);

    // Deleted by hand on Discord: the next move makes a new event and remembers it instead.
    discord.events.gone.add("E1");
    await at("2026-09-15T20:00:00Z");
    expect(discord.events.calls.at(-1)).toMatchObject({
      kind: "create",
      event: { startsAt: new Date("2026-09-22T18:00:00Z") },
    });
    expect(await t.db.meetingEvent.findMany()).toMatchObject([{ externalId: "E2", occurrence: "2026-09-22" }]);

    // Cancelled: the event is removed and forgotten, and no step is left to move it.
    await cancelMeeting(ann);
    expect(discord.events.calls.at(-1)).toEqual({ kind: "cancel", space: { spaceExternalId: "G-guild" }, id: "E2" });
    expect(await t.db.meetingEvent.count()).toBe(0);
    expect(await t.db.job.count({ where: { kind: "meeting.event-next", status: "pending" } })).toBe(0);
  });

  it("an edit changes the event; a place still tbc shows as tbc, and links go in the description", async () => {
    await schedule(ann, "Steering group | Tuesday 8 September 7pm-9pm | tbc");
    expect(discord.events.calls[0]).toMatchObject({ kind: "create", event: { location: "tbc" } });
    await t.command(ann, "meeting", "edit 1 | place: Library");
    await t.command(ann, "meeting", "links 1 https://meet.example.org/steering | https://example.org/agenda");
    expect(discord.events.calls.slice(1)).toMatchObject([
      { kind: "update", id: "E1", event: { location: "Library" } },
      {
        kind: "update",
        id: "E1",
        event: {
          description: "Meeting #1\nOnline: https://meet.example.org/steering\nAgenda: https://example.org/agenda",
        },
      },
    ]);
  });

  it("the nightly retention forgets a one-off meeting's event once it is over, not before", async () => {
    const meeting = await schedule(ann, "Steering group | Tuesday 8 September 7pm-9pm | Town hall");
    expect(await t.db.meetingEvent.count()).toBe(1);
    const network = { id: meeting.networkId, timeZone: "Europe/London", retention: "{}" };
    await purgeExpired(t.db, network, new Date("2026-09-08T19:59:00Z"));
    expect(await t.db.meetingEvent.count()).toBe(1);
    await purgeExpired(t.db, network, new Date("2026-09-08T20:00:00Z"));
    expect(await t.db.meetingEvent.count()).toBe(0);
  });

  it("a network on Slack alone mirrors nothing, and its meetings and jobs run as before", async () => {
    const meeting = await schedule(alice, "Steering group | Tuesday 8 September 7pm-9pm | Town hall | weekly");
    expect(meeting.status).toBe("scheduled");
    expect(await at("2026-09-08T20:00:00Z")).toMatchObject({ failed: 0 });
    const ran = await t.db.job.findMany({ where: { kind: "meeting.event-next" } });
    expect(ran.map((j) => [iso(j.dueAt), j.status])).toContainEqual(["2026-09-08T20:00:00.000Z", "done"]);
    await cancelMeeting(alice);
    expect(discord.events.calls).toEqual([]);
    expect(await t.db.meetingEvent.count()).toBe(0);
  });
});
