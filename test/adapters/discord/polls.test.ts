import type { APIActionRowComponent, APIButtonComponentWithCustomId } from "discord-api-types/v10";
import { InteractionResponseType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { messageOf } from "../../fakes/discord/index.js";
import { harnessPerDescribe, type Harness } from "./harness.js";

/**
 * A poll on Discord, end to end: /poll post with typed options posts the card with one button per
 * option (in rows of five), a member's press is answered privately, and the posted card is edited
 * (PATCH) to count the vote.
 */

let h: Harness;
const { own: ownHarness, answered } = harnessPerDescribe(
  () => h,
  (next) => (h = next),
);

type Buttons = APIActionRowComponent<APIButtonComponentWithCustomId>[];

describe("Discord: a poll", () => {
  ownHarness();

  it("posts the card with a button per option; a press is answered privately and the card counts it", async () => {
    const { alice, bob } = h.fake.world.members;
    const options = Array.from({ length: 7 }, (_, i) => `Option ${i + 1}`).join("\n");
    const callback = await answered(
      h.fake.runCommand({
        member: alice,
        command: "poll",
        subcommand: "post",
        options: { question: "Which?", options },
      }),
    );
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const data = messageOf(callback);
    expect(data.embeds?.[0]?.title).toBe("Which?");
    const rows = (data.components ?? []) as Buttons;
    expect(rows.map((r) => r.components.length)).toEqual([5, 2]);
    const poll = await h.database.prisma.poll.findFirstOrThrow();
    expect(rows[1]?.components.map((b) => [b.label, b.custom_id])).toEqual([
      ["Option 6", `poll.vote:${poll.id}.5`],
      ["Option 7", `poll.vote:${poll.id}.6`],
    ]);
    const posted = h.fake.messagesIn(h.fake.world.channel.id).find((m) => m.embeds[0]?.title === "Which?");
    if (!posted) throw new Error("the card is not in the channel");
    await expect.poll(() => h.database.prisma.postedCard.count({ where: { subjectId: poll.id } })).toBe(1);

    const before = h.fake.requests.all.length;
    const pressed = h.fake.pressButton({ member: bob, customId: `poll.vote:${poll.id}.5`, messageId: posted.id });
    const answer = messageOf(await answered(pressed));
    expect(answer.flags).toBe(64);
    expect(answer.content).toBe("Your vote for “Option 6” is counted on poll #1.");
    const patch = await h.fake.requests.waitFor(
      (r) => r.method === "PATCH" && r.path === `/channels/${posted.channel_id}/messages/${posted.id}`,
      { since: before, what: "the card's edit" },
    );
    expect(patch.status).toBe(200);
    expect(h.fake.store.messages.get(posted.id)?.embeds[0]?.description).toContain(
      // The list number is escaped, so Discord shows it as typed rather than as a Markdown list.
      "6\\. Option 6\n▇▇▇▇▇▇▇▇▇▇ 1 · bobby\n7\\. Option 7\n░░░░░░░░░░ 0",
    );
    expect(await h.database.prisma.pollVote.count()).toBe(1);
  });
});
