/**
 * Fault: Slack rate-limits chat.postMessage (HTTP 429) for 10 seconds, longer than the client's two
 * retries, just as a member posts a project update. The update is stored; the member is told the
 * card will follow (never "something went wrong"); the card becomes a job that the scheduler retries
 * with back-off, and is posted exactly once when the storm lifts, recorded as the update's card.
 */
import { afterEach, describe, expect, it } from "vitest";
import { sentMessage } from "../fakes/slack/index.js";
import { general } from "../fakes/slack/workspace.js";
import { en, startHarness, type SlackHarness } from "../adapters/slack/harness.js";
import { databases } from "../support/db.js";
import { LATER_POST_JOB } from "../../src/delivery/outbox.js";

const STORM_MS = 10_000;
const TITLE = "Seed library";

describe.each(databases)("a 429 storm on chat.postMessage while an update is posted, on $provider", (database) => {
  let h: SlackHarness;

  afterEach(async () => {
    await h.stop();
  });

  it("stores the update, tells the member the card will follow, and posts it once when the storm lifts", async () => {
    h = await startHarness("http", {
      database: await database.open(),
      client: { retries: 2, minRetryMs: 1, maxRetryMs: 5 },
    });
    const scheduler = h.gather.createScheduler({ owner: "test" });
    const cardPosts = () =>
      h.fake.api.calls.filter(
        (c) => c.method === "chat.postMessage" && c.result.ok && sentMessage(c).text.startsWith(TITLE),
      );

    const lift = h.fake.api.outage("chat.postMessage", 429);
    await h.slack.slashCommand(
      h.fake.payloads.slashCommand("/update", `${TITLE} | Swapping seeds every first Saturday. | https://example.org`),
    );
    const told = await h.fake.api.waitForResponse((r) => sentMessage(r).text.startsWith("Saved"));
    expect(told.body["response_type"]).toBe("ephemeral");
    expect(sentMessage(told).text).toBe(en("delivery.card_later", { what: TITLE }));
    // The fake's 429 has no Retry-After, so the client gives up at once (with one it would wait and retry twice).
    expect(h.fake.api.refused("chat.postMessage")).toBeGreaterThanOrEqual(1);
    expect(await h.database.prisma.projectUpdate.count()).toBe(1);
    const internal = en("error.internal", { ref: "" }).slice(0, 20);
    expect(h.fake.api.responses.filter((r) => sentMessage(r).text.startsWith(internal))).toEqual([]);

    // Still storming: the job's first try is refused too, and it backs off.
    expect(await scheduler.tick()).toMatchObject({ claimed: 1, retried: 1 });
    const job = await h.database.prisma.job.findFirstOrThrow({ where: { kind: LATER_POST_JOB } });
    expect(job).toMatchObject({ status: "pending", attempts: 1 });
    expect(cardPosts()).toHaveLength(0);

    h.clock.advance(STORM_MS);
    lift();
    expect(await scheduler.tick()).toMatchObject({ claimed: 0 }); // not before its back-off
    h.clock.set((job.leaseExpiresAt as Date).toISOString()); // the retry's time
    expect(await scheduler.tick()).toMatchObject({ claimed: 1, done: 1 });
    h.clock.advance(3_600_000);
    expect(await scheduler.tick()).toMatchObject({ claimed: 0 });
    await scheduler.stop();

    const posted = cardPosts();
    expect(posted).toHaveLength(1);
    const card = posted[0];
    expect(card?.args["channel"]).toBe(general.id);
    const update = await h.database.prisma.projectUpdate.findFirstOrThrow();
    const recorded = await h.database.prisma.postedCard.findMany({ where: { subjectId: update.id } });
    expect(recorded).toEqual([
      expect.objectContaining({ subjectType: "update", channelId: general.id, messageId: card?.result["ts"] }),
    ]);
  });
});
