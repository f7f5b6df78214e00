import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/invocation.js";
import { silentLogger } from "../../src/core/logger.js";
import type { Message } from "../../src/core/message.js";
import type { EventMirror, MirroredEvent, SpaceTarget } from "../../src/core/ports.js";
import { CLAIM_STALE_MS } from "../../src/features/meetings/event-store.js";
import { mirrorMeeting } from "../../src/features/meetings/events.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { RecordingMessenger } from "../support/messenger.js";
import type { Sent } from "../support/responder.js";

/**
 * Two mirrorings of one meeting at the same instant make one event per space: the row is claimed
 * on its unique (meeting, space) key before the platform is asked, and the mirror that loses the
 * claim leaves the event to the other. A claim left by a mirror that died is taken over later.
 */

/** Events whose creation waits until the test lets it finish, so two mirrors overlap. */
class GatedEvents implements EventMirror {
  readonly created: MirroredEvent[] = [];
  readonly cancelled: string[] = [];
  #release: () => void = () => undefined;
  #gate: Promise<void> = Promise.resolve();

  hold(): void {
    this.#gate = new Promise((resolve) => (this.#release = resolve));
  }
  release(): void {
    this.#release();
  }

  async create(_space: SpaceTarget, event: MirroredEvent): Promise<string> {
    this.created.push(event);
    await this.#gate;
    return `E${this.created.length}`;
  }
  async update(): Promise<void> {}
  async cancel(_space: SpaceTarget, id: string): Promise<void> {
    this.cancelled.push(id);
  }
}

class DiscordWithEvents extends RecordingMessenger {
  readonly events = new GatedEvents();
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

/** Waits, boundedly, until `done()` holds (database round trips take real time on PostgreSQL). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(done()).toBe(true);
}

describe.each(databases)("meeting events mirrored concurrently on $provider", (database) => {
  const t = gatherPerTest(database, { now: "2026-09-01T10:00:00Z" });
  let discord: DiscordWithEvents;

  beforeEach(() => {
    discord = new DiscordWithEvents();
    t.gather.messengers.register(discord);
  });

  /** A scheduled meeting whose event is not yet mirrored (as if the mirror after Save had not run). */
  async function scheduled() {
    await t.command(ann, "meeting", "list");
    await t.db.member.updateMany({ data: { role: "coordinator" } });
    const echo = messageOf((await t.command(ann, "meeting", "add Steering group | Tuesday 8 September 7pm")).only());
    await t.press(ann, echo.actions?.[0]?.id as string);
    await t.db.meetingEvent.deleteMany();
    discord.events.created.length = 0;
    return t.db.meeting.findFirstOrThrow({ where: { status: "scheduled" } });
  }
  const mirror = (meetingId: string) =>
    mirrorMeeting({ db: t.db, delivery: t.gather.delivery, log: silentLogger, clock: t.clock }, meetingId);

  it("two mirrors racing create one event and remember it", async () => {
    const meeting = await scheduled();
    discord.events.hold();
    let finished = 0;
    const both = [mirror(meeting.id), mirror(meeting.id)].map((p) => p.then(() => finished++));
    // One mirror holds the claim and waits on the platform; the other sees the claim and returns.
    await until(() => finished === 1 && discord.events.created.length === 1);
    expect(await t.db.meetingEvent.findMany()).toMatchObject([{ meetingId: meeting.id, externalId: "" }]);
    discord.events.release();
    await Promise.all(both);
    expect(discord.events.created).toHaveLength(1);
    expect(await t.db.meetingEvent.findMany()).toMatchObject([{ meetingId: meeting.id, externalId: "E1" }]);
    // The next mirror changes the event in place.
    await mirror(meeting.id);
    expect(discord.events.created).toHaveLength(1);
  });

  it("a meeting cancelled while its event is being made has that event removed again", async () => {
    const meeting = await scheduled();
    discord.events.hold();
    const first = mirror(meeting.id);
    await until(() => discord.events.created.length === 1);
    await t.db.meeting.update({ where: { id: meeting.id }, data: { status: "cancelled" } });
    await mirror(meeting.id);
    discord.events.release();
    await first;
    expect(discord.events.cancelled).toEqual(["E1"]);
    expect(await t.db.meetingEvent.count()).toBe(0);
  });

  it("a claim left by a mirror that died is taken over once stale, not before", async () => {
    const meeting = await scheduled();
    const space = await t.db.space.findFirstOrThrow({ where: { platform: "discord" } });
    await t.db.meetingEvent.create({
      data: { meetingId: meeting.id, spaceId: space.id, externalId: "", occurrence: "once", updatedAt: t.clock.now() },
    });
    await mirror(meeting.id);
    expect(discord.events.created).toHaveLength(0);
    t.clock.advance(CLAIM_STALE_MS + 1000);
    await mirror(meeting.id);
    expect(discord.events.created).toHaveLength(1);
    expect(await t.db.meetingEvent.findMany()).toMatchObject([{ externalId: "E1" }]);
  });
});
