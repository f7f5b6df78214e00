import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIMessage } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { messageOf, type FakeMember } from "../../fakes/discord/index.js";
import { harnessPerDescribe, type Harness } from "./harness.js";

/**
 * Cover-request cards on Discord follow their request: a typed /shift withdraw edits the
 * posted card (PATCH /channels/{channel}/messages/{message}); a card deleted in Discord is
 * forgotten, and the command still succeeds.
 */

let h: Harness;
const { own: ownHarness, answered } = harnessPerDescribe(
  () => h,
  (next) => (h = next),
);

function run(member: FakeMember, subcommand: string, options?: Record<string, string | number>) {
  return answered(h.fake.runCommand({ member, command: "shift", subcommand, ...(options ? { options } : {}) }));
}

type Buttons = APIActionRowComponent<APIButtonComponentWithCustomId>[];
const buttonsOf = (rows: readonly unknown[] | undefined) =>
  ((rows ?? []) as Buttons).flatMap((r) => r.components).map((b) => b.custom_id);

describe("Discord: posted cards follow their subject", () => {
  ownHarness();

  /** Shift `number` (Alice's), and her cover request's card as posted in the guild channel. */
  async function coverCard(number: number, day: string): Promise<APIMessage> {
    const { alice } = h.fake.world.members;
    const echo = messageOf(
      await run(alice, "add", { role: "Front desk", when: `${day} 10:00-13:00`, place: "Town hall", capacity: 1 }),
    );
    const save = buttonsOf(echo.components).find((id) => id?.startsWith("shift.draft-save:"));
    if (!save) throw new Error("no Save button on the echo");
    await answered(h.fake.pressButton({ member: alice, customId: save }));
    await run(alice, "signup", { number });
    const card = messageOf(await run(alice, "cover", { number }));
    const title = `Cover needed: shift #${number} Front desk`;
    expect(card.embeds?.[0]?.title).toBe(title);
    const posted = h.fake.messagesIn(h.fake.world.channel.id).find((m) => m.embeds[0]?.title === title);
    if (!posted) throw new Error("the card is not in the channel");
    return posted;
  }

  const patchOf = (message: APIMessage, since: number) =>
    h.fake.requests.waitFor(
      (r) => r.method === "PATCH" && r.path === `/channels/${message.channel_id}/messages/${message.id}`,
      { since, what: "the card's edit" },
    );

  it("a typed /shift withdraw edits the card in the channel: withdrawn, no Claim button", async () => {
    const posted = await coverCard(1, "2026-04-04");
    const cover = await h.database.prisma.coverRequest.findFirstOrThrow({ where: { shift: { number: 1 } } });
    expect(buttonsOf(posted.components)).toEqual([`shift.claim:${cover.id}`]);
    // Recorded once the interaction's response (the card) comes back with its message id.
    await expect
      .poll(() => h.database.prisma.postedCard.findMany({ where: { subjectId: cover.id } }))
      .toMatchObject([{ subjectType: "cover", channelId: posted.channel_id, messageId: posted.id }]);

    const before = h.fake.requests.all.length;
    const { alice } = h.fake.world.members;
    expect(messageOf(await run(alice, "withdraw", { number: 1 })).content).toBe(
      "Withdrawn: you're keeping shift #1, and nobody will be asked to cover it.",
    );
    const patch = await patchOf(posted, before);
    expect(patch.status).toBe(200);
    const edited = h.fake.store.messages.get(posted.id);
    expect(edited?.embeds[0]?.title).toBe("Cover needed: shift #1 Front desk");
    // The requester is still mentioned with her account in this server.
    expect(edited?.embeds[0]?.description).toBe(
      `Withdrawn: shift #1 no longer needs cover.\n\n-# Cover for <@${alice.user.id}>`,
    );
    expect(JSON.stringify(edited?.embeds)).toContain("Town hall");
    expect(edited?.components).toEqual([]);
  });

  it("a card deleted in Discord: the command still succeeds and the card is forgotten", async () => {
    const posted = await coverCard(2, "2026-04-05");
    const cover = await h.database.prisma.coverRequest.findFirstOrThrow({ where: { shift: { number: 2 } } });
    await expect.poll(() => h.database.prisma.postedCard.count({ where: { subjectId: cover.id } })).toBe(1);
    h.fake.store.messages.delete(posted.id);

    const before = h.fake.requests.all.length;
    const { alice } = h.fake.world.members;
    expect(messageOf(await run(alice, "withdraw", { number: 2 })).content).toBe(
      "Withdrawn: you're keeping shift #2, and nobody will be asked to cover it.",
    );
    const patch = await patchOf(posted, before);
    expect([patch.status, (patch.response as { code?: number }).code]).toEqual([404, 10008]);
    expect(await h.database.prisma.coverRequest.findUniqueOrThrow({ where: { id: cover.id } })).toMatchObject({
      status: "withdrawn",
    });
    await expect.poll(() => h.database.prisma.postedCard.count({ where: { subjectId: cover.id } })).toBe(0);
  });

  it("a typed /ask resolve edits the ask's card: resolved, no buttons", async () => {
    const { alice } = h.fake.world.members;
    const card = messageOf(
      await answered(
        h.fake.runCommand({
          member: alice,
          command: "ask",
          subcommand: "post",
          options: { what: "Need a lift to the hospital", details: "Tuesday 10am" },
        }),
      ),
    );
    expect(buttonsOf(card.components)).toHaveLength(3);
    const posted = h.fake
      .messagesIn(h.fake.world.channel.id)
      .find((m) => m.embeds[0]?.title === "Need a lift to the hospital");
    if (!posted) throw new Error("the card is not in the channel");
    const ask = await h.database.prisma.helpRequest.findFirstOrThrow();
    await expect.poll(() => h.database.prisma.postedCard.count({ where: { subjectId: ask.id } })).toBe(1);

    const before = h.fake.requests.all.length;
    await answered(h.fake.runCommand({ member: alice, command: "ask", subcommand: "close", options: { number: 1 } }));
    expect((await patchOf(posted, before)).status).toBe(200);
    const edited = h.fake.store.messages.get(posted.id);
    expect(edited?.embeds[0]?.description ?? "").toMatch(/ · closed$/);
    expect(edited?.components).toEqual([]);
  });
});
