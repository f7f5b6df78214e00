import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../../src/core/i18n/index.js";
import { bob, general, sentMessage } from "../../fakes/slack/index.js";
import { postUpdate, startHarness, unix, type SlackHarness } from "./harness.js";

/**
 * The first Monday 09:00 in Europe/London after the harness's NOW (Sunday
 * 29 March 2026, 00:30 UTC): British Summer Time starts at 01:00 UTC that very
 * night, so 09:00 is 08:00 UTC.
 */
const FIRST_DIGEST = "2026-03-30T08:00:00Z";

describe("Slack weekly digest", () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startHarness("http");
  });

  afterEach(async () => {
    await h.stop();
  });

  const digests = () =>
    h.fake.api.calls.filter(
      (c) =>
        c.method === "chat.postMessage" &&
        c.result.ok &&
        sentMessage(c).text.startsWith(translate("en", "update.digest.title", { network: "arts-network" })),
    );

  it("posts the week's updates in the chosen channel on Monday 09:00 London time, once", async () => {
    // First contact creates the member; then they are made a coordinator.
    const hello = h.fake.payloads.slashCommand("/update", "list");
    await h.slack.slashCommand(hello);
    await h.fake.api.waitForResponse((r) => hello.response_url.endsWith(`/${r.id}`));
    await h.database.prisma.member.updateMany({ data: { role: "coordinator" } });

    const choose = h.fake.payloads.slashCommand("/update", "digest-here");
    await h.slack.slashCommand(choose);
    const chosen = sentMessage(await h.fake.api.waitForResponse((r) => choose.response_url.endsWith(`/${r.id}`)));
    expect(chosen.responseType).toBe("ephemeral");
    expect(chosen.text).toContain(translate("en", "update.digest_here.done"));
    expect(chosen.text).toContain(`<!date^${unix(FIRST_DIGEST)}^`);
    expect(await h.database.prisma.space.findFirstOrThrow()).toMatchObject({ digestChannelId: general.id });

    // The digest covers what changed after it was set up.
    h.clock.advance(60_000);
    await postUpdate(h, "Community fridge | Open daily from 9.");
    await postUpdate(h, "Choir | Tuesdays, all welcome.", { user: bob });

    const scheduler = h.gather.createScheduler({ owner: "test" });
    h.clock.set("2026-03-30T07:59:00Z");
    expect(await scheduler.tick()).toMatchObject({ claimed: 0 });
    expect(digests()).toEqual([]);

    h.clock.set("2026-03-30T08:00:30Z");
    expect(await scheduler.tick()).toMatchObject({ claimed: 1, done: 1 });
    expect(await scheduler.tick()).toMatchObject({ claimed: 0 });
    expect(await h.gather.createScheduler({ owner: "test-2" }).tick()).toMatchObject({ claimed: 0 });

    const [digest, ...again] = digests();
    expect(again).toEqual([]);
    if (!digest) throw new Error("no digest was posted");
    const posted = sentMessage(digest);
    expect(posted.channel).toBe(general.id);
    expect(posted.blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "This week in arts-network", emoji: true },
    });
    const lines = posted.blocks[1]?.type === "section" ? (posted.blocks[1].text?.text ?? "").split("\n") : [];
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^#1 Community fridge — alice · Updated <!date\^\d+\^\{date_short_pretty\}\|/);
    expect(lines[1]).toMatch(/^#2 Choir — bob · Updated <!date\^/);
    expect(posted.blocks[2]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "2 new or changed · /update show &lt;number&gt; for the full card" }],
    });

    // And the next one is planned for a week later, still 09:00 London time.
    const next = await h.database.prisma.job.findMany({ where: { kind: "update.digest", status: "pending" } });
    expect(next.map((j) => j.dueAt.toISOString())).toEqual(["2026-04-06T08:00:00.000Z"]);
  });
});
