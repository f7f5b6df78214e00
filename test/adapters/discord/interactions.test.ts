import type { APIEmbed, APILabelComponent, APITextInputComponent } from "discord-api-types/v10";
import { GatewayIntentBits, InteractionResponseType } from "discord-api-types/v10";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  INTERACTION_RESPONSE_DEADLINE_MS,
  messageOf,
  modalOf,
  type SentInteraction,
} from "../../fakes/discord/index.js";
import { startHarness, watchUnhandledRejections, type Harness } from "./harness.js";

/**
 * The real discord.js client, through the adapter, against the fake Discord:
 * slash commands, modals, buttons and bad input, end to end into the database.
 */

let h: Harness;
const rejections = watchUnhandledRejections();
/** Milliseconds from INTERACTION_CREATE to the interaction response, per test. */
const timings: Record<string, number> = {};

beforeAll(async () => {
  h = await startHarness();
  // The first interaction pays for the HTTP connection and the database's first queries; it is
  // timed on its own, so the measurements below are of a running bot.
  await answered(
    h.fake.runCommand({ member: h.fake.world.members.bob, command: "gather", subcommand: "help" }),
    "first (cold)",
  );
});

afterAll(async () => {
  await h?.stop();
  rejections.stop();
  console.info(`Discord interaction → response (ms): ${JSON.stringify(timings)}`);
});

afterEach(() => {
  expect(rejections.seen).toEqual([]);
  expect(h.fake.failures).toEqual([]);
  expect(h.logs.problems()).toEqual([]);
});

/** Waits for the interaction's response and checks it came within Discord's 3 seconds. */
async function answered(sent: SentInteraction, name: string) {
  const callback = await h.fake.callback(sent);
  const ms = callback.at - sent.dispatchedAt;
  timings[name] = Math.round(ms * 10) / 10;
  expect(ms).toBeLessThan(INTERACTION_RESPONSE_DEADLINE_MS);
  expect(callback.status).toBeLessThan(300);
  return callback;
}

const updatesTitled = (title: string) => h.database.prisma.projectUpdate.findMany({ where: { title } });

describe("the gateway connection", () => {
  it("identifies with the Guilds intent only, over JSON without compression", () => {
    const [identify] = h.fake.gateway.identified;
    expect(identify?.intents).toBe(GatewayIntentBits.Guilds);
    expect(identify?.shard).toEqual([0, 1]);
    expect(identify?.query.get("encoding")).toBe("json");
    expect(identify?.query.has("compress")).toBe(false);
    expect(h.fake.gateway.complaints).toEqual([]);
  });
});

describe("/update post with options", () => {
  it("posts the card publicly within 3 s and stores the update", async () => {
    const { alice } = h.fake.world.members;
    const sent = h.fake.runCommand({
      member: alice,
      command: "update",
      subcommand: "post",
      options: {
        title: "Repair café",
        summary: "Monthly fix-it mornings at the library; we need *two* more volunteers.",
        links: "https://example.org/repair https://example.org/rota",
      },
    });
    const callback = await answered(sent, "update post");
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    // discord.js asks for the message back, so the core learns where the card is.
    expect(callback.query.get("with_response")).toBe("true");
    const data = messageOf(callback);
    expect(data.flags ?? 0).toBe(0);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const [embed] = data.embeds as APIEmbed[];
    expect(embed?.title).toBe("Repair café");
    expect(embed?.description).toContain("we need \\*two\\* more volunteers.");
    expect(embed?.description).toContain("[example.org/repair](https://example.org/repair)");
    expect(embed?.description).toContain("[example.org/rota](https://example.org/rota)");
    // Context: the update's number, Alice mentioned (she is on Discord, in this guild), the time as a Discord timestamp.
    const posted = Date.parse("2026-03-29T00:30:00Z") / 1000;
    expect(embed?.description).toMatch(new RegExp(`\\n-# \\\\#\\d+ · <@${alice.user.id}> · Posted <t:${posted}:f>$`));

    const rows = await updatesTitled("Repair café");
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(JSON.parse(row?.links ?? "[]")).toEqual(["https://example.org/repair", "https://example.org/rota"]);
    const author = await h.database.prisma.member.findUniqueOrThrow({ where: { id: row?.authorId ?? "" } });
    expect(author.displayName).toBe("Alice (coordinator)");
    // The card's buttons carry the update's id: stateless, they work after a restart.
    expect(data.components).toEqual([
      {
        type: 1,
        components: [
          { type: 2, custom_id: `update.help:${row?.id}`, label: "I can help", style: 1 },
          { type: 2, custom_id: `update.contact:${row?.id}`, label: "Contact author", style: 2 },
        ],
      },
    ]);
  });

  it('its "I can help" button tells the author by DM and thanks the helper privately', async () => {
    const { alice, bob } = h.fake.world.members;
    const [row] = await updatesTitled("Repair café");
    const card = h.fake.messagesIn(h.fake.world.channel.id).find((m) => m.embeds[0]?.title === "Repair café");
    const sent = h.fake.pressButton({ member: bob, customId: `update.help:${row?.id}`, messageId: card?.id });
    const data = messageOf(await answered(sent, "card button"));
    expect(data.flags).toBe(64);
    expect(data.content).toBe(
      `Thank you! The author of “Repair café” knows you can help and will be in touch: <@${alice.user.id}>`,
    );

    const dm = h.fake.store.dmChannel(alice.user.id);
    const [message] = h.fake.messagesIn(dm.id);
    expect(message?.content).toBe(`Someone would like to help with “Repair café”. Say hello: <@${bob.user.id}>`);
  });
});

describe("/update post with no options", () => {
  it("opens a modal of three inputs, and its submission posts and stores the update", async () => {
    const { bob } = h.fake.world.members;
    const sent = h.fake.runCommand({ member: bob, command: "update", subcommand: "post" });
    const callback = await answered(sent, "update post → modal");
    expect(callback.body.type).toBe(InteractionResponseType.Modal);
    const modal = modalOf(callback);
    expect(modal.custom_id).toBe("update.post");
    expect(modal.title).toBe("Project update");
    // One input per option of /update post, in order.
    const options = h.gather.registry.command("update")?.subcommands.find((s) => s.name === "post")?.options ?? {};
    const inputs = modal.components.map((c) => (c as APILabelComponent).component as APITextInputComponent);
    expect(inputs.map((i) => i.custom_id)).toEqual(Object.keys(options));
    expect(inputs.slice(0, 3).map((i) => [i.custom_id, i.style, i.required, i.max_length])).toEqual([
      ["title", 1, false, 100],
      ["summary", 2, true, 1000],
      ["links", 1, false, 1000],
    ]);
    expect((modal.components as APILabelComponent[]).slice(0, 3).map((c) => c.label)).toEqual([
      "Title",
      "Summary",
      "Links",
    ]);

    const submitted = h.fake.submitModal({
      member: bob,
      modalOf: sent.id,
      values: { title: "Seed swap", summary: "Bring seeds, take seeds. Saturday at the community garden.", links: "" },
    });
    const posted = await answered(submitted, "modal submit");
    expect(posted.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const [embed] = messageOf(posted).embeds as APIEmbed[];
    expect(embed?.title).toBe("Seed swap");
    expect(embed?.description).toContain(`<@${bob.user.id}>`);
    expect(await updatesTitled("Seed swap")).toHaveLength(1);
  });
});

describe("changing an update", () => {
  /** Posts an update as Alice and returns its row. */
  async function posted(title: string) {
    const sent = h.fake.runCommand({
      member: h.fake.world.members.alice,
      command: "update",
      subcommand: "post",
      options: { title, summary: "To be changed." },
    });
    await answered(sent, `post ${title}`);
    const [row] = await updatesTitled(title);
    if (!row) throw new Error(`${title} was not stored`);
    return row;
  }

  it("/update edit <number> opens a modal about that update, filled in; submitting it edits the update", async () => {
    const row = await posted("Tool library");
    const alice = h.fake.world.members.alice;
    const sent = h.fake.runCommand({
      member: alice,
      command: "update",
      subcommand: "edit",
      options: { number: row.number },
    });
    const modal = modalOf(await answered(sent, "update edit → modal"));
    expect(modal.custom_id).toBe(`update.edit:${row.number}`);
    const inputs = modal.components.map((c) => (c as APILabelComponent).component as APITextInputComponent);
    expect(inputs.find((i) => i.custom_id === "title")?.value).toBe("Tool library");
    expect(inputs.some((i) => i.custom_id === "number")).toBe(false);

    const submitted = h.fake.submitModal({
      member: alice,
      modalOf: sent.id,
      values: {
        ...Object.fromEntries(inputs.map((i) => [i.custom_id, i.value ?? ""])),
        title: "Tool library (now open Sundays)",
      },
    });
    const card = messageOf(await answered(submitted, "edit modal submit"));
    expect(card.embeds?.[0]?.title).toBe("Tool library (now open Sundays)");
    const stored = await h.database.prisma.projectUpdate.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.title).toBe("Tool library (now open Sundays)");
  });

  it("/update delete asks privately with buttons; pressing Delete replaces that message and deletes the update", async () => {
    const row = await posted("Old noticeboard");
    const alice = h.fake.world.members.alice;
    const asked = h.fake.runCommand({
      member: alice,
      command: "update",
      subcommand: "delete",
      options: { number: row.number },
    });
    const question = messageOf(await answered(asked, "update delete"));
    expect(question.flags).toBe(64);
    const buttons = question.components?.[0];
    expect(buttons).toMatchObject({
      type: 1,
      components: [{ custom_id: `update.delete:${row.id}`, style: 4 }, { custom_id: `update.keep-entry:${row.id}` }],
    });

    const messageId = h.fake.store.interactions.get(asked.id)?.originalId;
    const pressed = h.fake.pressButton({ member: alice, customId: `update.delete:${row.id}`, messageId });
    const callback = await answered(pressed, "delete button");
    expect(callback.body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(h.fake.store.messages.get(messageId ?? "")).toMatchObject({
      content: `Deleted #${row.number} “Old noticeboard”.`,
      components: [],
      embeds: [],
    });
    expect(await updatesTitled("Old noticeboard")).toEqual([]);
  });
});

describe("bad input", () => {
  const cases = [
    [
      "a blank line in the summary",
      { summary: "First paragraph.\n\nSecond paragraph." },
      "Keep the summary to one paragraph",
    ],
    ["an ftp:// link", { links: "ftp://example.org/file" }, "isn't a web link"],
    [
      "six links",
      { links: [1, 2, 3, 4, 5, 6].map((n) => `https://example.org/${n}`).join(" ") },
      "That's 6 links; please keep it to 5.",
    ],
  ] as const;

  it.each(cases)("%s gets a private, friendly reply and stores nothing", async (name, change, advice) => {
    const title = `Refused: ${name}`;
    const sent = h.fake.runCommand({
      member: h.fake.world.members.bob,
      command: "update",
      subcommand: "post",
      options: { title, summary: "A fine paragraph.", ...change },
    });
    const callback = await answered(sent, name);
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const data = messageOf(callback);
    expect(data.flags).toBe(64);
    expect(data.content).toContain(advice);
    expect(data.embeds ?? []).toEqual([]);
    expect(await updatesTitled(title)).toEqual([]);
  });
});

describe("/update help", () => {
  it("answers privately, in English by default", async () => {
    const sent = h.fake.runCommand({ member: h.fake.world.members.bob, command: "update", subcommand: "help" });
    const data = messageOf(await answered(sent, "update help"));
    expect(data.flags).toBe(64);
    expect(data.embeds?.[0]?.title).toBe("What /update can do");
    expect(data.embeds?.[0]?.description).toContain("/update post — Post a one-paragraph update");
  });

  it("answers in Dutch for a member whose Discord speaks Dutch", async () => {
    const sent = h.fake.runCommand({
      member: h.fake.world.members.alice,
      command: "update",
      subcommand: "help",
      locale: "nl",
    });
    const data = messageOf(await answered(sent, "update help (nl)"));
    expect(data.flags).toBe(64);
    expect(data.embeds?.[0]?.title).toBe("Wat /update kan");
  });
});

describe("buttons", () => {
  it('an unknown button gets a private "no longer works" reply', async () => {
    const sent = h.fake.pressButton({ member: h.fake.world.members.bob, customId: "update.vanished:abc123" });
    const callback = await answered(sent, "unknown button");
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const data = messageOf(callback);
    expect(data.flags).toBe(64);
    expect(data.content).toBe("That button no longer works. Please run the command again.");
  });
});

describe("outside a server", () => {
  it("a button in a DM is refused politely: there is no server to say which network", async () => {
    const sent = h.fake.pressButton({ member: h.fake.world.members.bob, customId: "shift.claim:s9", inDm: true });
    const data = messageOf(await answered(sent, "DM button"));
    expect(data.flags).toBe(64);
    expect(data.content).toBe("That button no longer works. Please run the command again.");
  });
});

describe("logging", () => {
  it("never logs the token, member names or what members typed", () => {
    const all = h.logs.raw.join("\n");
    expect(h.logs.lines.length).toBeGreaterThan(0);
    for (const secret of [h.fake.world.token, "Repair café", "Seed swap", "Alice", "bobby", "example.org"]) {
      expect(all).not.toContain(secret);
    }
    // Interaction tokens sit in callback URLs; none may leak either.
    for (const interaction of h.fake.store.interactions.values()) expect(all).not.toContain(interaction.token);
  });
});
