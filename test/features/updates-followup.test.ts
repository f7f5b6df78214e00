import { describe, expect, it } from "vitest";
import { plainText, type Message } from "../../src/core/message.js";
import { nextDigestAt } from "../../src/features/updates/schedule.js";
import { databases } from "../support/db.js";
import { alice, bob } from "../support/gather.js";
import { gatherPerTest } from "../support/per-test.js";
import type { Sent } from "../support/responder.js";

const DAY = 24 * 3600 * 1000;
const WEEK = 7 * DAY;

const textOf = (m: Message | undefined) => plainText(m?.text);
const messageOf = (sent: Sent): Message => {
  if (sent.kind === "form") throw new Error("expected a message");
  return sent.message;
};
const buttons = (m: Message | undefined) => (m?.actions ?? []).map((a) => [a.label, a.id.split(":")[0]]);

describe.each(databases)("follow-ups of project updates on $provider", (database) => {
  // A Monday morning in March, before the clocks go forward.
  const t = gatherPerTest(database, { now: "2026-03-23T10:00:00Z" });

  const post = (actor = alice, title = "Seed library") =>
    t.command(actor, "update", `${title} | Swapping seeds every first Saturday. | https://example.org #food | Cardiff`);
  const makeCoordinator = (name: string) =>
    t.db.member.updateMany({ where: { displayName: name }, data: { role: "coordinator" } });
  const pendingJobs = (kind: string) => t.db.job.count({ where: { kind, status: "pending" } });

  describe("I can help / Contact author", () => {
    it("tells the author privately who wants to help, thanks the helper, and audits it", async () => {
      const card = messageOf((await post()).only());
      const helpId = card.actions?.[0]?.id as string;
      const r = (await t.press(bob, helpId)).only();
      expect(r.kind).toBe("private");
      expect(textOf(messageOf(r))).toBe(
        "Thank you! The author of “Seed library” knows you can help and will be in touch: Alice",
      );
      const [dm] = t.sent.slack.dms("U-alice");
      expect(dm?.text).toEqual([
        "Someone would like to help with “Seed library”. Say hello:",
        " ",
        {
          kind: "member",
          name: "Bob",
          ref: { platform: "slack", spaceExternalId: "T-network-one", externalId: "U-bob" },
        },
      ]);
      expect(await t.db.auditEntry.count({ where: { action: "update.help_offered" } })).toBe(1);
    });

    it("tells the author in the author's language, and thanks the helper in the helper's", async () => {
      const card = messageOf((await post()).only());
      await t.db.member.updateMany({ where: { displayName: "Alice" }, data: { locale: "cy" } });
      const r = (await t.press({ ...bob, locale: "nl" }, card.actions?.[0]?.id as string)).only();
      expect(textOf(messageOf(r))).toMatch(/^Dank je! De auteur van “Seed library” weet dat je kunt helpen/);
      expect(t.sent.slack.dms("U-alice")[0]?.text?.[0]).toBe("Hoffai rhywun helpu gyda “Seed library”. Dywedwch helo:");
    });

    it("says when the author could not be reached, and refuses helping oneself", async () => {
      const card = messageOf((await post()).only());
      t.sent.slack.closedDms.add("U-alice");
      const r = (await t.press(bob, card.actions?.[1]?.id as string)).only();
      expect(textOf(messageOf(r))).toMatch(
        /^I couldn't reach the author of “Seed library” just now; please message them:/,
      );
      expect(textOf(messageOf((await t.press(alice, card.actions?.[0]?.id as string)).only()))).toBe(
        "That's your own update.",
      );
    });
  });

  describe("freshness", () => {
    it("asks the author after the network's period, and Still current keeps it for another period", async () => {
      await post();
      expect(await pendingJobs("update.freshness")).toBe(1);
      t.clock.advance(12 * WEEK - 60_000);
      expect((await t.tick()).done).toBe(0);
      t.clock.advance(60_000);
      expect((await t.tick()).done).toBe(1);

      const [question] = t.sent.slack.dms("U-alice");
      expect(question?.title).toBe("Is “Seed library” still current?");
      expect(buttons(question)).toEqual([
        ["Still current", "update.current"],
        ["Update it", "update.refresh"],
        ["Archive it", "update.archive"],
      ]);
      expect(await pendingJobs("update.auto-archive")).toBe(1);

      const kept = (await t.press(alice, question?.actions?.[0]?.id as string)).only();
      expect(kept).toMatchObject({
        kind: "update",
        message: { text: "Thanks — “Seed library” stays in the directory." },
      });
      expect(await pendingJobs("update.auto-archive")).toBe(0);
      expect(await pendingJobs("update.freshness")).toBe(1);
      // Nothing more happens for fourteen days; the next question comes twelve weeks after Keep.
      t.clock.advance(14 * DAY);
      await t.tick();
      expect((await t.db.projectUpdate.findFirstOrThrow()).status).toBe("active");
      expect(t.sent.slack.dms("U-alice")).toHaveLength(1);
    });

    it("archives an unanswered entry after two weeks (never deletes it) and tells the author", async () => {
      await post();
      t.clock.advance(12 * WEEK);
      await t.tick();
      t.clock.advance(14 * DAY);
      await t.tick();
      const row = await t.db.projectUpdate.findFirstOrThrow();
      expect(row.status).toBe("archived");
      expect(textOf(t.sent.slack.dms("U-alice")[1])).toMatch(
        /^No answer came, so #1 “Seed library” is archived \(not deleted\)/,
      );
      expect(textOf(messageOf((await t.command(bob, "update", "list")).only()))).toBe(
        "Nothing here yet. Share yours with /update.",
      );
      // Posting the same project again brings the entry back, with its history.
      await post();
      expect(await t.db.projectUpdate.findFirstOrThrow()).toMatchObject({ status: "active", number: 1 });
    });

    it("Archive it archives at once; only the author or a coordinator may answer", async () => {
      await post();
      t.clock.advance(12 * WEEK);
      await t.tick();
      const archiveId = t.sent.slack.dms("U-alice")[0]?.actions?.[2]?.id as string;
      expect(textOf(messageOf((await t.press(bob, archiveId)).only()))).toMatch(/^Only the author of #1/);
      // Pressed in the DM itself, where (on Discord) no server comes with the button.
      const inDm = { ...alice, spaceExternalId: "", spaceName: "" };
      expect((await t.press(inDm, archiveId)).only()).toMatchObject({ kind: "update" });
      const stranger = { ...inDm, userExternalId: "U-nobody", displayName: "Nobody" };
      expect(textOf(messageOf((await t.press(stranger, archiveId)).only()))).toMatch(
        /^I can't tell which network this is for/,
      );
      expect(await t.db.member.count()).toBe(2);
      expect((await t.db.projectUpdate.findFirstOrThrow()).status).toBe("archived");
      expect(await pendingJobs("update.auto-archive")).toBe(0);
    });

    it("lets a coordinator set the period", async () => {
      await post(bob, "Set up");
      await makeCoordinator("Bob");
      expect(textOf(messageOf((await t.command(bob, "update", "freshness 2")).only()))).toBe(
        "Authors will be asked whether their update is still current after 2 weeks.",
      );
      expect(textOf(messageOf((await t.command(bob, "update", "freshness 0")).only()))).toBe(
        "Weeks must be a whole number from 1 to 104.",
      );
      await post();
      t.clock.advance(2 * WEEK);
      await t.tick();
      expect(t.sent.slack.dms("U-alice")).toHaveLength(1);
      expect(textOf(messageOf((await t.command(alice, "update", "freshness 3")).only()))).toMatch(
        /^Only a network coordinator/,
      );
    });
  });

  describe("weekly digest", () => {
    it("goes out on Monday at 09:00 local time, on both sides of the clock change", () => {
      // Sunday 29 March 2026 the UK and Belgium move to summer time.
      expect(nextDigestAt(new Date("2026-03-23T10:00:00Z"), "Europe/London").toISOString()).toBe(
        "2026-03-30T08:00:00.000Z",
      );
      expect(nextDigestAt(new Date("2026-03-23T10:00:00Z"), "Europe/Brussels").toISOString()).toBe(
        "2026-03-30T07:00:00.000Z",
      );
      expect(nextDigestAt(new Date("2026-03-16T07:00:00Z"), "Europe/London").toISOString()).toBe(
        "2026-03-16T09:00:00.000Z",
      );
      // Sunday 25 October 2026 they move back.
      expect(nextDigestAt(new Date("2026-10-20T12:00:00Z"), "Europe/London").toISOString()).toBe(
        "2026-10-26T09:00:00.000Z",
      );
      expect(nextDigestAt(new Date("2026-10-20T12:00:00Z"), "Europe/Brussels").toISOString()).toBe(
        "2026-10-26T08:00:00.000Z",
      );
    });

    it("posts what is new or changed to every space of the network that chose a channel, exactly once", async () => {
      await post(bob, "Warm space");
      await makeCoordinator("Bob");
      const here = messageOf((await t.command(bob, "update", "digest-here")).only());
      expect(plainText(here.text)).toMatch(
        /^The weekly digest of project updates will be posted in this channel. The first one: /,
      );
      // The same network's Discord server has chosen its own digest channel.
      const network = await t.db.network.findFirstOrThrow();
      await t.db.space.create({
        data: {
          networkId: network.id,
          platform: "discord",
          externalId: "G-1",
          name: "Volunteers",
          digestChannelId: "999",
        },
      });

      t.clock.advance(DAY);
      await post(alice, "Seed library");
      t.clock.set("2026-03-30T08:00:00Z"); // Monday 09:00 BST
      expect((await t.tick()).done).toBe(1);
      expect((await t.tick()).done).toBe(0);

      const [slackDigest] = t.sent.slack.posts("C-test");
      const [discordDigest] = t.sent.discord.posts("999");
      for (const digest of [slackDigest, discordDigest]) {
        expect(digest?.title).toBe("This week in Arts & Wellbeing Network");
        expect(textOf(digest)).toMatch(/^#1 Warm space — Bob · Cardiff · #food · Updated .*\n#2 Seed library — Alice/);
      }
      // The next one is planned for the following Monday, still 09:00 local.
      const next = await t.db.job.findFirstOrThrow({ where: { kind: "update.digest", status: "pending" } });
      expect(next.dueAt.toISOString()).toBe("2026-04-06T08:00:00.000Z");
    });

    it("after a day offline is marked delayed; after more than a week offline, coordinators are told it was missed", async () => {
      await post();
      await makeCoordinator("Alice");
      await t.command(alice, "update", "digest-here");
      t.clock.set("2026-03-31T08:00:00Z");
      await t.tick();
      expect(t.sent.slack.posts("C-test")[0]?.title).toBe("This week in Arts & Wellbeing Network (delayed)");
      t.clock.set("2026-04-14T08:00:00Z"); // the 6 April digest is now eight days overdue
      const result = await t.tick();
      expect(result.skipped).toBeGreaterThanOrEqual(1);
      const told = t.sent.slack.dms("U-alice").map((m) => plainText(m.text));
      expect(told).toContainEqual(
        expect.stringMatching(
          /^Gather was offline for too long, so this scheduled message was not sent: update.digest, due /,
        ),
      );
    });

    it("stops when every space has turned it off, and only coordinators can turn it on", async () => {
      await post();
      expect(textOf(messageOf((await t.command(alice, "update", "digest-here")).only()))).toMatch(
        /^Only a network coordinator/,
      );
      await makeCoordinator("Alice");
      await t.command(alice, "update", "digest-here");
      await t.command(alice, "update", "digest-off");
      t.clock.set("2026-03-30T08:00:00Z");
      await t.tick();
      expect(t.sent.slack.posts("C-test")).toHaveLength(0);
      expect(await pendingJobs("update.digest")).toBe(0);
    });
  });
});
