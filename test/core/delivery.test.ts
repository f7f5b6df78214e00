/**
 * Delivery by stored records, through the Messenger port. The Messengers here are in-memory test
 * doubles of the port: the real Slack and Discord messengers are tested against their fake
 * platforms in test/adapters.
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createGather } from "../../src/app.js";
import { ManualClock } from "../../src/core/clock.js";
import { Messengers } from "../../src/core/delivery.js";
import { createDelivery, DeliveryError } from "../../src/delivery/service.js";
import type { Platform } from "../../src/core/invocation.js";
import { createLogger, silentLogger } from "../../src/core/logger.js";
import type { Message, PostedRef } from "../../src/core/message.js";
import type { ChannelTarget, Messenger, UserTarget } from "../../src/core/ports.js";
import type { Database } from "../../src/db/index.js";
import { ErrorCode } from "../../src/errors.js";
import { databases } from "../support/db.js";

/** Records what it is asked to send; refuses DMs to the accounts in `closedDms` (DMs turned off). */
class FakeMessenger implements Messenger {
  readonly posts: { target: ChannelTarget; message: Message }[] = [];
  readonly dms: { target: UserTarget; message: Message }[] = [];
  readonly closedDms = new Set<string>();
  postsFail = false;

  constructor(readonly platform: Platform) {}

  async post(target: ChannelTarget, message: Message): Promise<PostedRef> {
    if (this.postsFail) throw new Error("channel_not_found");
    this.posts.push({ target, message });
    return { channelId: target.channelId, messageId: `${this.platform}-post-${this.posts.length}` };
  }

  async dm(target: UserTarget, message: Message): Promise<PostedRef> {
    if (this.closedDms.has(target.externalId)) throw new Error("cannot_dm_user");
    this.dms.push({ target, message });
    return { channelId: `D-${target.externalId}`, messageId: `${this.platform}-dm-${this.dms.length}` };
  }
}

const reminder: Message = { title: "Shift reminder", text: "Your shift at the Llanelli food bank starts at 10:00." };

/** A network on Slack and Discord, and Alice with an account on each (Slack first). */
async function network(db: Database) {
  const net = await db.prisma.network.create({ data: { name: "Arts & Wellbeing Network", timeZone: "Europe/London" } });
  const slack = await db.prisma.space.create({
    data: { networkId: net.id, platform: "slack", externalId: "T-one", name: "Slack" },
  });
  const discord = await db.prisma.space.create({
    data: { networkId: net.id, platform: "discord", externalId: "G-one", name: "Discord" },
  });
  const alice = await db.prisma.member.create({ data: { networkId: net.id, displayName: "Alice Jones" } });
  await db.prisma.identity.create({
    data: { memberId: alice.id, spaceId: slack.id, externalId: "U-alice", createdAt: new Date("2026-01-01T00:00:00Z") },
  });
  await db.prisma.identity.create({
    data: {
      memberId: alice.id,
      spaceId: discord.id,
      externalId: "D-alice",
      createdAt: new Date("2026-01-02T00:00:00Z"),
    },
  });
  const bob = await db.prisma.member.create({ data: { networkId: net.id, displayName: "Bob" } });
  await db.prisma.identity.create({ data: { memberId: bob.id, spaceId: slack.id, externalId: "U-bob" } });
  return { slack, discord, alice, bob };
}

function setUp<P extends Platform>(db: Database, platforms: P[], logger = silentLogger) {
  const messengers = new Messengers();
  const fakes = Object.fromEntries(platforms.map((p) => [p, new FakeMessenger(p)])) as Record<P, FakeMessenger>;
  for (const fake of Object.values<FakeMessenger>(fakes)) messengers.register(fake);
  return { fakes, messengers, delivery: createDelivery({ db: db.prisma, messengers, logger }) };
}

describe.each(databases)("delivery on $provider", (database) => {
  it("DMs a member on their first account whose platform has a messenger", async () => {
    const db = await database.open();
    const { alice } = await network(db);
    const { fakes, delivery } = setUp(db, ["slack", "discord"]);

    const result = await delivery.toMember(alice.id, reminder);

    expect(result).toEqual({ via: "dm", ref: { channelId: "D-U-alice", messageId: "slack-dm-1" } });
    expect(fakes.slack.dms).toEqual([
      { target: { spaceExternalId: "T-one", externalId: "U-alice" }, message: reminder },
    ]);
    expect(fakes.discord.dms).toEqual([]);
  });

  it("tries the member's next account when a DM is refused", async () => {
    const db = await database.open();
    const { alice } = await network(db);
    const { fakes, delivery } = setUp(db, ["slack", "discord"]);
    fakes.slack.closedDms.add("U-alice");

    expect(await delivery.toMember(alice.id, reminder)).toMatchObject({
      via: "dm",
      ref: { messageId: "discord-dm-1" },
    });
    expect(fakes.discord.dms.map((d) => d.target)).toEqual([{ spaceExternalId: "G-one", externalId: "D-alice" }]);
  });

  it("falls back to the channel when every DM fails, mentioning the member, and says so", async () => {
    const db = await database.open();
    const { alice, slack } = await network(db);
    const { fakes, delivery } = setUp(db, ["slack", "discord"]);
    fakes.slack.closedDms.add("U-alice");
    fakes.discord.closedDms.add("D-alice");

    const result = await delivery.toMember(alice.id, reminder, { spaceId: slack.id, channelId: "C-volunteers" });

    expect(result).toEqual({ via: "channel", ref: { channelId: "C-volunteers", messageId: "slack-post-1" } });
    expect(fakes.slack.posts).toEqual([
      {
        target: { spaceExternalId: "T-one", channelId: "C-volunteers" },
        message: {
          ...reminder,
          text: [
            {
              kind: "member",
              name: "Alice Jones",
              ref: { platform: "slack", spaceExternalId: "T-one", externalId: "U-alice" },
            },
            " ",
            reminder.text,
          ],
        },
      },
    ]);
  });

  it("falls back to the channel when no platform of the member has a messenger here", async () => {
    const db = await database.open();
    const { bob, discord } = await network(db);
    const { fakes, delivery } = setUp(db, ["discord"]); // Bob is on Slack only; this process runs Discord

    expect(await delivery.toMember(bob.id, reminder, { spaceId: discord.id, channelId: "123" })).toMatchObject({
      via: "channel",
    });
    // No Discord account to mention: the name alone.
    expect(fakes.discord.posts[0]?.message.text).toEqual([{ kind: "member", name: "Bob" }, " ", reminder.text]);
    expect(await delivery.toMember(bob.id, reminder)).toEqual({ via: "none", reason: "no_messenger" });
  });

  it("reports who was not reached, and why, when nothing works", async () => {
    const db = await database.open();
    const { alice, slack } = await network(db);
    const { fakes, delivery } = setUp(db, ["slack", "discord"]);
    fakes.slack.closedDms.add("U-alice");
    fakes.discord.closedDms.add("D-alice");

    expect(await delivery.toMember(alice.id, reminder)).toEqual({ via: "none", reason: "dm_failed" });
    fakes.slack.postsFail = true;
    expect(await delivery.toMember(alice.id, reminder, { spaceId: slack.id, channelId: "C-gone" })).toEqual({
      via: "none",
      reason: "channel_failed",
    });
    expect(await delivery.toMember("no-such-member", reminder)).toEqual({ via: "none", reason: "no_member" });
  });

  it("posts to a channel of a stored space through that platform's messenger", async () => {
    const db = await database.open();
    const { discord } = await network(db);
    const { fakes, delivery } = setUp(db, ["slack", "discord"]);

    expect(await delivery.toChannel(discord.id, "987", reminder)).toEqual({
      channelId: "987",
      messageId: "discord-post-1",
    });
    expect(fakes.discord.posts).toEqual([
      { target: { spaceExternalId: "G-one", channelId: "987" }, message: reminder },
    ]);
    await expect(delivery.toChannel("no-such-space", "987", reminder)).rejects.toMatchObject({
      code: ErrorCode.DeliveryUnknownSpace,
    });
    const slackOnly = setUp(db, ["slack"]).delivery;
    await expect(slackOnly.toChannel(discord.id, "987", reminder)).rejects.toBeInstanceOf(DeliveryError);
    await expect(slackOnly.toChannel(discord.id, "987", reminder)).rejects.toMatchObject({
      code: ErrorCode.DeliveryNoMessenger,
    });
  });

  it("uses a messenger registered after it was created (adapters start after the core)", async () => {
    const db = await database.open();
    const { alice } = await network(db);
    const { messengers, delivery } = setUp(db, []);
    expect(await delivery.toMember(alice.id, reminder)).toEqual({ via: "none", reason: "no_messenger" });
    messengers.register(new FakeMessenger("slack"));
    expect(await delivery.toMember(alice.id, reminder)).toMatchObject({ via: "dm" });
  });

  it("never logs the message or a name", async () => {
    const db = await database.open();
    const { alice, slack } = await network(db);
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        lines.push(chunk.toString("utf8"));
        done();
      },
    });
    const { fakes, delivery } = setUp(db, ["slack", "discord"], createLogger({ level: "debug", destination: sink }));
    fakes.slack.closedDms.add("U-alice");
    fakes.discord.closedDms.add("D-alice");
    await delivery.toMember(alice.id, reminder, { spaceId: slack.id, channelId: "C-volunteers" });

    const logged = lines.join("");
    expect(logged).toContain(alice.id);
    expect(logged).not.toContain("food bank");
    expect(logged).not.toContain("Shift reminder");
    expect(logged).not.toContain("Alice");
  });

  it("is wired into Gather: adapters register their messengers on gather.messengers", async () => {
    const db = await database.open();
    const { alice } = await network(db);
    const gather = createGather({
      db: db.prisma,
      provider: db.provider,
      clock: new ManualClock(),
      logger: silentLogger,
      defaults: { timeZone: "Europe/London", locale: "en" },
    });
    const slack = new FakeMessenger("slack");
    gather.messengers.register(slack);
    expect(await gather.delivery.toMember(alice.id, reminder)).toMatchObject({ via: "dm" });
    expect(slack.dms).toHaveLength(1);
  });
});
