import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APILabelComponent,
  APITextInputComponent,
} from "discord-api-types/v10";
import { InteractionResponseType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { messageOf, modalOf, type FakeMember, type RecordedRequest } from "../../fakes/discord/index.js";
import { harnessPerDescribe, type Harness } from "./harness.js";

/**
 * Help requests (/ask, /offer and their buttons and jobs), end to end: the
 * real discord.js client through the adapter against the fake Discord, the
 * real core and scheduler on SQLite, time moved by the ManualClock only.
 * Alice asks; Bob, a plain member, helps.
 */

let h: Harness;
const { own: ownHarness, answered } = harnessPerDescribe(
  () => h,
  (next) => (h = next),
);

/** `/<command> <subcommand>` as a member; resolves with the interaction response. */
function run(member: FakeMember, command: string, subcommand: string, options?: Record<string, string>) {
  return answered(h.fake.runCommand({ member, command, subcommand, ...(options ? { options } : {}) }));
}

/** What the bot sent with its own token (not through an interaction) from request `since` on. */
function botPosts(since: number): RecordedRequest[] {
  return h.fake.requests.all
    .slice(since)
    .filter((r) => r.method === "POST" && (r.path.startsWith("/channels/") || r.path === "/users/@me/channels"));
}

type Buttons = APIActionRowComponent<APIButtonComponentWithCustomId>[];

const buttonsOf = (rows: readonly unknown[] | undefined) =>
  ((rows ?? []) as Buttons).flatMap((r) => r.components).map((b) => [b.label, b.custom_id, b.style]);

const WHAT = "Need a lift to the hospital";

describe("an ask, from card to story", () => {
  ownHarness();

  const askRow = () => h.database.prisma.helpRequest.findFirstOrThrow({ where: { what: WHAT } });
  const cardMessage = () => h.fake.messagesIn(h.fake.world.channel.id).find((m) => m.embeds[0]?.title === WHAT);

  it("/ask post with options posts the card publicly, with its buttons, and stores the ask", async () => {
    const { alice } = h.fake.world.members;
    const callback = await run(alice, "ask", "post", {
      what: WHAT,
      details: "Tuesday mornings, from Llanelli.",
      tags: "#transport #Hospital",
      urgency: "urgent",
    });
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const data = messageOf(callback);
    expect(data.flags ?? 0).toBe(0);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const [embed] = data.embeds as APIEmbed[];
    expect(embed?.title).toBe(WHAT);
    expect(embed?.description).toContain("Tuesday mornings, from Llanelli.");
    expect(embed?.fields).toEqual([
      { name: "Tags", value: "\\#transport #hospital" },
      { name: "Urgency", value: "urgent" },
    ]);
    const posted = Date.parse("2026-03-29T00:30:00Z") / 1000;
    expect(embed?.description).toMatch(new RegExp(`\\n-# Ask #1 from <@${alice.user.id}> · <t:${posted}:f>$`));

    const row = await askRow();
    expect(row).toMatchObject({
      number: 1,
      details: "Tuesday mornings, from Llanelli.",
      tags: JSON.stringify(["transport", "hospital"]),
      urgency: "urgent",
      status: "open",
      channelId: h.fake.world.channel.id,
      whatHelped: null,
    });
    const asker = await h.database.prisma.member.findUniqueOrThrow({ where: { id: row.requesterId } });
    expect(asker.displayName).toBe("Alice (coordinator)");
    // Stateless buttons: each carries the ask's id.
    expect(buttonsOf(data.components)).toEqual([
      ["I can help", `help.offer:${row.id}`, 1],
      ["Resolved", `help.resolve:${row.id}`, 2],
      ["Close", `help.close:${row.id}`, 2],
    ]);
    // Its follow-ups are planned with it: the matching now, the bump later.
    const jobs = await h.database.prisma.job.findMany({ where: { status: "pending" }, orderBy: { dueAt: "asc" } });
    expect(jobs.map((j) => j.kind)).toEqual(["help.match", "help.bump"]);
  });

  it("/ask post with no options opens a modal of five inputs", async () => {
    const callback = await run(h.fake.world.members.bob, "ask", "post");
    expect(callback.body.type).toBe(InteractionResponseType.Modal);
    const modal = modalOf(callback);
    expect(modal.custom_id).toBe("ask.post");
    expect(modal.title).toBe("Ask for help");
    const inputs = modal.components.map((c) => (c as APILabelComponent).component as APITextInputComponent);
    expect(inputs.map((i) => [i.custom_id, i.style, i.required])).toEqual([
      ["what", 1, true],
      ["details", 2, false],
      ["tags", 1, false],
      ["urgency", 1, false],
      ["deadline", 1, false],
    ]);
    expect((modal.components as APILabelComponent[]).map((c) => c.label)).toEqual([
      "What you need",
      "Details",
      "Tags",
      "Urgency",
      "Needed by",
    ]);
  });

  it('"I can help" DMs the asker a Choose button, says so in the channel and thanks the helper privately', async () => {
    const { alice, bob } = h.fake.world.members;
    const row = await askRow();
    const before = h.fake.requests.all.length;
    const pressed = h.fake.pressButton({ member: bob, customId: `help.offer:${row.id}`, messageId: cardMessage()?.id });

    // The interaction's answer: first a public reply, then a private follow-up on its webhook.
    const callback = await answered(pressed);
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const shown = messageOf(callback);
    expect(shown.flags ?? 0).toBe(0);
    expect(shown.content).toBe(`<@${bob.user.id}> offered to help with ask #1 “${WHAT}”.`);
    const followUp = await h.fake.requests.waitFor(
      (r) => r.method === "POST" && r.path === `/webhooks/${h.fake.world.application.id}/${pressed.token}`,
      { since: before, what: "the private thanks" },
    );
    expect(followUp.status).toBe(200);
    expect(followUp.body).toMatchObject({
      flags: 64,
      content: "Thank you! The asker of #1 has been told and can choose you.",
    });
    expect(h.fake.webhookRequests(pressed)).toHaveLength(1);

    // Before answering, the core told Alice by DM.
    const offer = await h.database.prisma.helpOffer.findFirstOrThrow({ where: { requestId: row.id } });
    const dm = h.fake.store.dmChannel(alice.user.id);
    const [opened, message] = botPosts(before);
    expect([opened?.path, opened?.body]).toEqual(["/users/@me/channels", { recipient_id: alice.user.id }]);
    expect(message?.path).toBe(`/channels/${dm.id}/messages`);
    expect(botPosts(before)).toHaveLength(2);
    const body = message?.body as { content: string; components: Buttons };
    expect(body.content).toBe(`Someone can help with ask #1 “${WHAT}”: <@${bob.user.id}>`);
    expect(buttonsOf(body.components)).toEqual([["Choose bobby", `help.choose:${offer.id}`, 1]]);
    expect((await askRow()).status).toBe("offered");
  });

  it("the asker presses Choose in her DMs: the message says so, and the helper is told by DM", async () => {
    const { alice, bob } = h.fake.world.members;
    const offer = await h.database.prisma.helpOffer.findFirstOrThrow({ where: { request: { what: WHAT } } });
    const aliceDm = h.fake.store.dmChannel(alice.user.id);
    const [dmMessage] = h.fake.messagesIn(aliceDm.id);
    const before = h.fake.requests.all.length;
    // No guild_id in a DM: the core finds Alice by her stored Discord account.
    const pressed = h.fake.pressButton({
      member: alice,
      customId: `help.choose:${offer.id}`,
      inDm: true,
      messageId: dmMessage?.id,
    });
    const callback = await answered(pressed);
    expect(callback.body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(h.fake.store.messages.get(dmMessage?.id ?? "")).toMatchObject({
      content: "Thanks — your helper for #1 knows to get in touch. Press Resolved on the ask when it's done.",
      components: [],
    });

    // The DM goes out once Alice has her answer: wait for it.
    await h.fake.requests.waitFor((r) => r.method === "POST" && /^\/channels\/\d+\/messages$/.test(r.path), {
      since: before,
      what: "the DM to the helper",
    });
    const bobDm = h.fake.store.dmChannel(bob.user.id);
    const [opened, message] = botPosts(before);
    expect([opened?.path, opened?.body]).toEqual(["/users/@me/channels", { recipient_id: bob.user.id }]);
    expect(message?.path).toBe(`/channels/${bobDm.id}/messages`);
    // Names the asker: a mention where the core can make one, her name otherwise.
    expect((message?.body as { content: string }).content).toMatch(
      new RegExp(
        `^You were chosen to help with ask #1 “${WHAT}”\\. Please get in touch: (<@${alice.user.id}>|Alice \\(coordinator\\))$`,
      ),
    );
    expect(await h.database.prisma.helpOffer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({
      chosen: true,
    });
  });

  it('"Resolved" on the card opens the story modal; submitting it keeps what helped', async () => {
    const { alice } = h.fake.world.members;
    const row = await askRow();
    const pressed = h.fake.pressButton({
      member: alice,
      customId: `help.resolve:${row.id}`,
      messageId: cardMessage()?.id,
    });
    const callback = await answered(pressed);
    expect(callback.body.type).toBe(InteractionResponseType.Modal);
    const modal = modalOf(callback);
    expect(modal.custom_id).toMatch(/^ask\.story:/);
    expect(modal.custom_id).toBe("ask.story:1");
    expect(modal.title).toBe("What helped?");
    const inputs = modal.components.map((c) => (c as APILabelComponent).component as APITextInputComponent);
    expect(inputs.map((i) => [i.custom_id, i.required, i.max_length])).toEqual([["story", true, 280]]);
    expect((await askRow()).status).toBe("resolved");

    const story = "Bob drove me, and stayed for tea.";
    const submitted = h.fake.submitModal({ member: alice, modalOf: pressed.id, values: { story } });
    const saved = await answered(submitted);
    expect(saved.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const data = messageOf(saved);
    expect(data.flags).toBe(64);
    expect(data.content).toBe("Thank you — kept for the network's stories of what helped.");
    expect(await askRow()).toMatchObject({ status: "resolved", whatHelped: story });
  });
});

describe("standing offers", () => {
  ownHarness();

  it("/offer set #transport, then an ask tagged #transport: the next tick DMs Bob the ask", async () => {
    const { alice, bob } = h.fake.world.members;
    const set = messageOf(await run(bob, "offer", "set", { tags: "#transport" }));
    expect(set.flags).toBe(64);
    expect(set.content).toBe("Thanks! New asks tagged #transport will reach you privately (a few a day at most).");

    const what = "A lift to the food bank";
    await run(alice, "ask", "post", { what, tags: "#transport" });
    const row = await h.database.prisma.helpRequest.findFirstOrThrow({ where: { what } });

    const before = h.fake.requests.all.length;
    // The match is due at once; the bump is not yet.
    expect(await h.gather.createScheduler({ owner: "test" }).tick()).toMatchObject({ claimed: 1, done: 1, failed: 0 });

    const dm = h.fake.store.dmChannel(bob.user.id);
    const sent = botPosts(before);
    expect(sent.map((r) => [r.path, r.status])).toEqual([
      ["/users/@me/channels", 200],
      [`/channels/${dm.id}/messages`, 200],
    ]);
    expect(sent[0]?.body).toEqual({ recipient_id: bob.user.id });
    const body = sent[1]?.body as { embeds: APIEmbed[]; components: Buttons };
    const [embed] = body.embeds;
    expect(embed?.title?.startsWith("A new ask matches what you offered")).toBe(true);
    expect(embed?.title).toBe(`A new ask matches what you offered: ${what}`);
    expect(buttonsOf(body.components)[0]).toEqual(["I can help", `help.offer:${row.id}`, 1]);
    expect(await h.database.prisma.helpPing.count({ where: { requestId: row.id } })).toBe(1);

    // Only once: a second tick pings nobody again.
    const again = h.fake.requests.all.length;
    expect(await h.gather.createScheduler({ owner: "test" }).tick()).toMatchObject({ claimed: 0 });
    expect(botPosts(again)).toEqual([]);
  });
});
