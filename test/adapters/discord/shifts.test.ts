import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed } from "discord-api-types/v10";
import { InteractionResponseType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { messageOf, type FakeMember, type RecordedRequest } from "../../fakes/discord/index.js";
import { harnessPerDescribe, type Harness } from "./harness.js";

/**
 * Volunteer shifts on Discord, end to end: the real discord.js client through the adapter
 * against the fake Discord, the real core on SQLite. Alice (who manages the server, so a
 * coordinator) builds the rota and asks for cover; Bob claims it with the button, and accepts
 * a swap from his DMs.
 */

let h: Harness;
const { own: ownHarness, answered } = harnessPerDescribe(
  () => h,
  (next) => (h = next),
);

function run(
  member: FakeMember,
  subcommand: string,
  options?: Record<string, string | number>,
): ReturnType<typeof answered> {
  return answered(h.fake.runCommand({ member, command: "shift", subcommand, ...(options ? { options } : {}) }));
}

function botPosts(since: number): RecordedRequest[] {
  return h.fake.requests.all
    .slice(since)
    .filter((r) => r.method === "POST" && (r.path.startsWith("/channels/") || r.path === "/users/@me/channels"));
}

type Buttons = APIActionRowComponent<APIButtonComponentWithCustomId>[];
const buttonsOf = (rows: readonly unknown[] | undefined) =>
  ((rows ?? []) as Buttons).flatMap((r) => r.components).map((b) => [b.label, b.custom_id]);

/** `/shift add` answers with the echo; its Save button makes the shift. The answer to Save. */
async function addAndSave(member: FakeMember, options: Record<string, string | number>) {
  const echo = messageOf(await run(member, "add", options));
  const save = buttonsOf(echo.components).find(([, id]) => id?.startsWith("shift.draft-save:"));
  if (!save?.[1]) throw new Error("no Save button on the echo");
  return messageOf(await answered(h.fake.pressButton({ member, customId: save[1] })));
}

describe("shifts on Discord: claim and swap", () => {
  ownHarness();

  const holderOf = async (number: number) => {
    const shift = await h.database.prisma.shift.findFirstOrThrow({ where: { number }, include: { assignments: true } });
    const ids = shift.assignments.map((a) => a.memberId);
    const members = await h.database.prisma.member.findMany({ where: { id: { in: ids } } });
    return members.map((m) => m.displayName);
  };

  it("/shift add with options stores the shift and echoes the time read in the network's zone", async () => {
    const { alice } = h.fake.world.members;
    const echo = messageOf(
      await run(alice, "add", { role: "Front desk", when: "2026-04-04 10:00-13:00", place: "Town hall", capacity: 1 }),
    );
    expect(echo.flags).toBe(64);
    expect(echo.embeds?.[0]?.title).toBe("Check before saving: Front desk");
    expect(buttonsOf(echo.components).map(([label]) => label)).toEqual(["Save", "Edit", "Cancel"]);
    expect(await h.database.prisma.shift.count()).toBe(0);
    const data = await addAndSave(alice, {
      role: "Front desk",
      when: "2026-04-04 10:00-13:00",
      place: "Town hall",
      capacity: 1,
    });
    expect(data.content).toBe("Added shift #1 Front desk: Sat 4 Apr 2026, 10:00–13:00 (Europe/London).");
    await addAndSave(alice, { role: "Café", when: "2026-04-05 10:00-13:00" });
    expect(await h.database.prisma.shift.count()).toBe(2);
    // The whole sentence in the role, no time apart: read by the same reader.
    const sentence = messageOf(
      await run(alice, "add", { role: "Market stall Sat 4 April 10-1 at the hub, 2 volunteers" }),
    );
    expect(sentence.embeds?.[0]?.title).toBe("Check before saving: Market stall");
    expect(sentence.embeds?.[0]?.description).toMatch(/^Sat 4 Apr 2026, 10:00–13:00 \(Europe\/London\)\n/);
  });

  it("Bob presses Claim on Alice's cover request: the card says so and the place is his", async () => {
    const { alice, bob } = h.fake.world.members;
    await run(alice, "signup", { number: 1 });
    await run(bob, "signup", { number: 2 });
    const asked = await run(alice, "cover", { number: 1, reason: "Hospital appointment" });
    expect(asked.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const card = messageOf(asked);
    expect(card.flags ?? 0).toBe(0);
    const [embed] = card.embeds as APIEmbed[];
    expect(embed?.title).toBe("Cover needed: shift #1 Front desk");
    expect(JSON.stringify(card)).not.toContain("Hospital");
    const cover = await h.database.prisma.coverRequest.findFirstOrThrow();
    expect(buttonsOf(card.components)).toEqual([["Claim", `shift.claim:${cover.id}`]]);

    const posted = h.fake.messagesIn(h.fake.world.channel.id).find((m) => m.embeds[0]?.title === embed?.title);
    const before = h.fake.requests.all.length;
    const pressed = h.fake.pressButton({ member: bob, customId: `shift.claim:${cover.id}`, messageId: posted?.id });
    const callback = await answered(pressed);
    expect(callback.body.type).toBe(InteractionResponseType.UpdateMessage);
    // The whole card stays, now saying who is covering, in the one update; no Claim button.
    const after = h.fake.store.messages.get(posted?.id ?? "");
    expect(after).toMatchObject({ components: [] });
    expect(after?.embeds[0]?.title).toBe("Cover needed: shift #1 Front desk");
    expect(after?.embeds[0]?.description).toBe(
      `<@${bob.user.id}> is covering shift #1 Front desk. Thank you!\n\n-# Cover for <@${alice.user.id}>`,
    );
    expect(JSON.stringify(after?.embeds[0]?.fields)).toContain("When");
    const followUp = await h.fake.requests.waitFor(
      (r) => r.method === "POST" && r.path === `/webhooks/${h.fake.world.application.id}/${pressed.token}`,
      { since: before, what: "the private thanks" },
    );
    expect(followUp.body).toMatchObject({ flags: 64, content: "Shift #1 is yours now. It's in /shift mine." });
    expect(await holderOf(1)).toEqual(["bobby"]);
    // Alice is told by DM that she is off it, once Bob has his answer.
    const aliceDm = h.fake.store.dmChannel(alice.user.id);
    const toAlice = await h.fake.requests.waitFor(
      (r) => r.method === "POST" && r.path === `/channels/${aliceDm.id}/messages`,
      { since: before, what: "the DM to Alice" },
    );
    expect((toAlice.body as { content: string }).content).toBe(
      `<@${bob.user.id}> is covering your shift #1 Front desk: you're no longer on it.`,
    );
    // A second press: politely already taken.
    const again = messageOf(await answered(h.fake.pressButton({ member: alice, customId: `shift.claim:${cover.id}` })));
    expect(again).toMatchObject({ flags: 64, content: "That's your own shift (#1): you can't claim it." });
  });

  it("Alice proposes a swap; Bob accepts from his DMs and both places change hands", async () => {
    const { alice, bob } = h.fake.world.members;
    await addAndSave(alice, { role: "Kitchen", when: "2026-04-06 10:00-13:00" });
    await run(alice, "signup", { number: 3 });
    const before = h.fake.requests.all.length;
    const proposed = messageOf(await run(alice, "swap", { mine: 3, theirs: 2 }));
    expect(proposed.content).toBe("Asked bobby to swap: your #3 for their #2. You'll hear when they answer.");
    const swap = await h.database.prisma.shiftSwap.findFirstOrThrow();
    const bobDm = h.fake.store.dmChannel(bob.user.id);
    const offer = botPosts(before).find((r) => r.path === `/channels/${bobDm.id}/messages`);
    const body = offer?.body as { embeds: APIEmbed[]; components: Buttons };
    expect(body.embeds[0]?.title).toBe("Swap shift #2 for #3?");
    expect(buttonsOf(body.components)).toEqual([
      ["Accept", `shift.swap-accept:${swap.id}`],
      ["Decline", `shift.swap-decline:${swap.id}`],
    ]);
    const [dmMessage] = h.fake.messagesIn(bobDm.id).filter((m) => m.embeds[0]?.title === "Swap shift #2 for #3?");
    const callback = await answered(
      h.fake.pressButton({
        member: bob,
        customId: `shift.swap-accept:${swap.id}`,
        inDm: true,
        messageId: dmMessage?.id,
      }),
    );
    expect(callback.body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(h.fake.store.messages.get(dmMessage?.id ?? "")?.content).toMatch(
      /^Swapped\. You're now on shift #3 Kitchen:/,
    );
    expect(await holderOf(2)).toEqual(["Alice (coordinator)"]);
    expect(await holderOf(3)).toEqual(["bobby"]);
    expect(await h.database.prisma.shiftSwap.findFirstOrThrow()).toMatchObject({ status: "accepted" });
  });
});
