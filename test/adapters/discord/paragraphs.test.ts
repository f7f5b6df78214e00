import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed } from "discord-api-types/v10";
import { InteractionResponseType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { messageOf, type FakeMember, type SentInteraction } from "../../fakes/discord/index.js";
import { harnessPerDescribe, type Harness } from "./harness.js";

/**
 * One paragraph is enough on Discord too: `/update post summary:<paragraph>` and
 * `/ask post details:<paragraph>` with no title are read as on the other platforms, the card
 * answers the interaction and the reading follows privately, with its buttons.
 */

let h: Harness;
const { own: ownHarness, answered } = harnessPerDescribe(
  () => h,
  (next) => (h = next),
);

type Buttons = APIActionRowComponent<APIButtonComponentWithCustomId>[];
const buttonsOf = (rows: readonly unknown[] | undefined) =>
  ((rows ?? []) as Buttons).flatMap((r) => r.components).map((b) => [b.label, b.custom_id]);

interface FollowUp {
  readonly embeds?: APIEmbed[];
  readonly components?: Buttons;
  readonly flags?: number;
}

/** The first follow-up on an interaction's webhook (the private echo after the public card). */
async function followUpOf(sent: SentInteraction): Promise<FollowUp> {
  const request = await h.fake.requests.waitFor(
    (r) => r.method === "POST" && r.path.startsWith(`/webhooks/${h.fake.world.application.id}/${sent.token}`),
    { timeoutMs: 5000, what: "the echo of the reading" },
  );
  return request.body as FollowUp;
}

function run(member: FakeMember, command: string, options: Record<string, string>): SentInteraction {
  return h.fake.runCommand({ member, command, subcommand: "post", options });
}

describe("Discord: one paragraph is enough", () => {
  ownHarness();

  it("/update post with only a summary: the card, then the reading with Edit and Undo; Undo takes it down", async () => {
    const { alice } = h.fake.world.members;
    const sent = run(alice, "update", {
      summary:
        "Community choir for people living with dementia: weekly sessions in Thanington, looking for two volunteer drivers. https://example.org/choir #music",
    });
    const callback = await answered(sent);
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(messageOf(callback).embeds?.[0]?.title).toBe("Community choir for people living with dementia");

    const echo = await followUpOf(sent);
    expect(echo.flags).toBe(64);
    expect(echo.embeds?.[0]?.title).toBe("Posted as update #1. This is how I read it:");
    const row = await h.database.prisma.projectUpdate.findFirstOrThrow();
    expect(row).toMatchObject({ tags: '["music"]', links: JSON.stringify(["https://example.org/choir"]) });
    expect(buttonsOf(echo.components)).toEqual([
      ["Edit", `update.refresh:${row.id}`],
      ["Undo", `update.undo:${row.id}`],
    ]);

    const undo = await answered(h.fake.pressButton({ member: alice, customId: `update.undo:${row.id}` }));
    expect(undo.body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(messageOf(undo).content).toBe(
      "Undone: update #1 “Community choir for people living with dementia” is taken down.",
    );
    expect(await h.database.prisma.projectUpdate.count()).toBe(0);
  });

  it("/ask post with only details: the card, then the reading with Undo", async () => {
    const { bob } = h.fake.world.members;
    const sent = run(bob, "ask", { details: "Wie heeft een aanhangwagen tegen vrijdag? Dringend! #vervoer" });
    await answered(sent);
    const echo = await followUpOf(sent);
    const row = await h.database.prisma.helpRequest.findFirstOrThrow();
    expect(row).toMatchObject({
      what: "Wie heeft een aanhangwagen tegen vrijdag?",
      tags: '["vervoer"]',
      urgency: "urgent",
    });
    expect(row.deadline).not.toBeNull();
    expect(buttonsOf(echo.components)).toEqual([["Undo", `help.undo:${row.id}`]]);
  });
});
