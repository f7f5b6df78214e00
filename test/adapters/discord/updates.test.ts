import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { messageOf, type FakeMember, type RecordedRequest } from "../../fakes/discord/index.js";
import { harnessPerDescribe, type Harness } from "./harness.js";

/**
 * /update's coordinator tools and scheduled jobs, end to end: the real
 * discord.js client through the adapter against the fake Discord, the real
 * core and scheduler on SQLite, and time moved by the ManualClock only.
 * Alice has Manage Server, so the core treats her as the network's admin
 * (and so a coordinator); Bob is a plain member.
 */

let h: Harness;
const { own: ownHarness, answered } = harnessPerDescribe(
  () => h,
  (next) => (h = next),
);

/** `/update <subcommand>` as a member; resolves with the interaction response. */
function update(member: FakeMember, subcommand: string, options?: Record<string, string | number>) {
  return answered(h.fake.runCommand({ member, command: "update", subcommand, ...(options ? { options } : {}) }));
}

async function post(member: FakeMember, title: string, summary: string) {
  await update(member, "post", { title, summary });
  return h.database.prisma.projectUpdate.findFirstOrThrow({ where: { title } });
}

/** What the bot sent with its own token (not through an interaction) from request `since` on. */
function botPosts(since: number): RecordedRequest[] {
  return h.fake.requests.all
    .slice(since)
    .filter((r) => r.method === "POST" && (r.path.startsWith("/channels/") || r.path === "/users/@me/channels"));
}

const epoch = (iso: string) => Date.parse(iso) / 1000;

describe("the weekly digest", () => {
  ownHarness();

  it("/update digest-here, then Monday 09:00 London: one embed in that channel listing both updates; the next tick posts nothing", async () => {
    const { alice, bob } = h.fake.world.members;
    const channelId = h.fake.world.channel.id;
    // The harness starts at 2026-03-29 00:30 UTC, the night British Summer Time begins:
    // Monday 09:00 in London is 08:00 UTC.
    const monday = "2026-03-30T08:00:00Z";

    const chosen = messageOf(await update(alice, "digest-here"));
    expect(chosen.flags).toBe(64);
    expect(chosen.content).toBe(
      `The weekly digest of project updates will be posted in this channel. The first one: <t:${epoch(monday)}:f>`,
    );

    // The digest covers what changed after it was set up.
    h.clock.advance(60_000);
    const repair = await post(bob, "Repair café", "Monthly fix-it mornings at the library.");
    const seeds = await post(alice, "Seed swap", "Bring seeds, take seeds.");

    h.clock.set(new Date(Date.parse(monday) + 30_000));
    const scheduler = h.gather.createScheduler({ owner: "test" });
    const before = h.fake.requests.all.length;
    expect(await scheduler.tick()).toMatchObject({ claimed: 1, done: 1, failed: 0, skipped: 0 });

    const sent = botPosts(before);
    expect(sent.map((r) => [r.path, r.status])).toEqual([[`/channels/${channelId}/messages`, 200]]);
    const [embed] = (sent[0]?.body as { embeds: APIEmbed[] }).embeds;
    expect(embed?.title).toBe("This week in Arts & Wellbeing Network");
    const lines = embed?.description?.split("\n") ?? [];
    const day = `<t:${epoch("2026-03-29T00:31:00Z")}:D>`;
    expect(lines).toEqual([
      `\\#${repair.number} Repair café — bobby · Updated ${day}`,
      `\\#${seeds.number} Seed swap — Alice (coordinator) · Updated ${day}`,
      "",
      "-# 2 new or changed · /update show \\<number> for the full card",
    ]);
    expect(h.fake.messagesIn(channelId).at(-1)?.embeds[0]?.title).toBe("This week in Arts & Wellbeing Network");

    // Done for this week; next week's is queued, not due.
    const again = h.fake.requests.all.length;
    expect(await scheduler.tick()).toMatchObject({ claimed: 0, done: 0 });
    expect(botPosts(again)).toEqual([]);
    const next = await h.database.prisma.job.findMany({ where: { kind: "update.digest", status: "pending" } });
    expect(next.map((j) => j.dueAt.toISOString())).toEqual(["2026-04-06T08:00:00.000Z"]);
  });
});

describe("the freshness question", () => {
  ownHarness();

  it("reaches the author by DM with three buttons; and pressing one there acts on the update", async () => {
    const { alice, bob } = h.fake.world.members;
    // Set before posting: the check is scheduled when an update is posted.
    const set = messageOf(await update(alice, "freshness", { weeks: 1 }));
    expect(set.flags).toBe(64);
    const row = await post(bob, "Tool library", "Borrow a drill, return a drill.");

    // A day past the week: late, but well within the question's grace period.
    h.clock.advance(8 * 24 * 3600 * 1000);
    const before = h.fake.requests.all.length;
    expect(await h.gather.createScheduler({ owner: "test" }).tick()).toMatchObject({ claimed: 1, done: 1 });

    const dm = h.fake.store.dmChannel(bob.user.id);
    const [opened, message] = botPosts(before);
    expect([opened?.path, opened?.body]).toEqual(["/users/@me/channels", { recipient_id: bob.user.id }]);
    expect(message?.path).toBe(`/channels/${dm.id}/messages`);
    const body = message?.body as {
      embeds: APIEmbed[];
      components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
    };
    expect(body.embeds[0]?.title).toBe("Is “Tool library” still current?");
    expect(body.components.flatMap((r) => r.components).map((b) => [b.label, b.custom_id, b.style])).toEqual([
      ["Still current", `update.current:${row.id}`, 1],
      ["Update it", `update.refresh:${row.id}`, 2],
      ["Archive it", `update.archive:${row.id}`, 4],
    ]);

    // Bob presses "Archive it" in his DMs. The interaction carries no guild_id: the adapter gives
    // the core an actor with no space, and the core finds Bob by his stored Discord account.
    const [dmMessage] = h.fake.messagesIn(dm.id);
    const pressed = h.fake.pressButton({
      member: bob,
      customId: `update.archive:${row.id}`,
      inDm: true,
      messageId: dmMessage?.id,
    });
    const callback = await answered(pressed);
    expect(callback.body.type).toBe(7); // UPDATE_MESSAGE: the question is replaced by the answer
    expect(h.fake.store.messages.get(dmMessage?.id ?? "")).toMatchObject({
      content: "“Tool library” is archived. Post it again with /update whenever it's back on.",
      components: [],
    });
    const stored = await h.database.prisma.projectUpdate.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.status).toBe("archived");
    expect(await h.database.prisma.network.count()).toBe(1);
  });
});

describe("/update export", () => {
  ownHarness();

  it("answers a coordinator privately with the directory as CSV and Markdown files, uploaded as multipart", async () => {
    const { alice, bob } = h.fake.world.members;
    const row = await post(bob, "Repair café", 'Fix-it mornings, "bring the broken thing".');

    const callback = await update(alice, "export");
    expect(callback.headers["content-type"]).toMatch(/^multipart\/form-data/);
    const data = messageOf(callback);
    expect(data.flags).toBe(64);
    expect(data.content).toBe("The network's directory: 1 update, as a spreadsheet (CSV) and a report (Markdown).");
    expect(callback.files.map((f) => [f.field, f.name])).toEqual([
      ["files[0]", "project-updates-2026-03-29.csv"],
      ["files[1]", "project-updates-2026-03-29.md"],
    ]);
    const [csv, markdown] = callback.files;
    expect(csv?.text.split("\r\n")[1]).toBe(
      `"${row.number}","Repair café","bobby","","","Fix-it mornings, ""bring the broken thing"".","","active",` +
        `"2026-03-29T00:30:00.000Z","2026-03-29T00:30:00.000Z"`,
    );
    expect(markdown?.text).toContain(`## #${row.number} Repair café`);
    // The ephemeral message holds them as attachments.
    const original = h.fake.store.interactions.get(callback.path.split("/")[2] ?? "")?.originalId;
    expect(h.fake.store.messages.get(original ?? "")?.attachments.map((a) => a.filename)).toEqual([
      "project-updates-2026-03-29.csv",
      "project-updates-2026-03-29.md",
    ]);
  });

  it("is refused to a member who is not a coordinator, with no files", async () => {
    const callback = await update(h.fake.world.members.bob, "export");
    const data = messageOf(callback);
    expect(data.flags).toBe(64);
    expect(callback.files).toEqual([]);
    expect(data.content).toBe("Only a network coordinator can do that. Ask your coordinator if you need it done.");
  });
});
