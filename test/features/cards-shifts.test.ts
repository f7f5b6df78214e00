import { beforeEach, describe, expect, it } from "vitest";
import { plainText, type Message, type PostedRef } from "../../src/core/message.js";
import { purgeExpired } from "../../src/features/admin/retention.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice, bob } from "../support/gather.js";
import { discordBob, discordDave, textOf } from "./admin-support.js";
import { sendAndSave } from "../support/shifts.js";

/** Monday 23 March 2026, 10:00 in London. */
const NOW = "2026-03-23T10:00:00Z";
const CODE = /\b([A-HJ-KM-NP-Z2-9]{4}-[A-HJ-KM-NP-Z2-9]{4})\b/;

const text = (m: Message | undefined) => plainText(m?.text);
const actions = (m: Message | undefined) => (m?.actions ?? []).map((a) => a.id);

/**
 * A cover request's card follows the request through the core: a network on Slack and Discord,
 * the card posted on Slack, and every route that changes it — a claim from Discord, a coordinator's
 * edit or cancellation — edits the recorded copy through the Messenger port.
 */
describe.each(databases)("cover cards follow their request on $provider", (database) => {
  const t = gatherPerTest(database, { now: NOW });

  beforeEach(async () => {
    await t.command({ ...alice, platformAdmin: true }, "gather", "settings"); // Alice runs the Slack network
    const reply = textOf((await t.command(alice, "gather", "link")).only());
    await t.command(discordDave, "gather", `link ${CODE.exec(reply)?.[1] ?? ""}`); // the Discord server joins it
    await sendAndSave(t, alice, "add Front desk | 2026-04-04 10:00-13:00 | Town hall | 1");
    await t.command(alice, "shift", "signup 1");
  });

  /** Alice asks for cover on Slack: the card is a public reply; where it went. */
  async function askCover(): Promise<{ ref: PostedRef; coverId: string }> {
    const asked = await t.command(alice, "shift", "cover 1");
    const [ref] = asked.posted;
    if (!ref) throw new Error("no card posted");
    const cover = await t.db.coverRequest.findFirstOrThrow();
    return { ref, coverId: cover.id };
  }

  it("a claim from a button on Discord edits the card posted on Slack", async () => {
    const { ref, coverId } = await askCover();
    const slackSpace = await t.db.space.findFirstOrThrow({ where: { platform: "slack" } });
    expect(await t.db.postedCard.findMany()).toMatchObject([
      { subjectType: "cover", subjectId: coverId, spaceId: slackSpace.id, ...ref },
    ]);

    // Bob on Discord presses Claim (on a copy the escalation sent him, say).
    const pressed = await t.press(discordBob, `shift.claim:${coverId}`);
    expect(pressed.sent.map((s) => s.kind)).toEqual(["update", "private"]);
    const [edit, ...more] = t.sent.slack.edits(ref.messageId);
    expect(more).toEqual([]);
    expect(t.sent.slack.sent.find((s) => s.kind === "edit")?.target).toEqual({
      spaceExternalId: alice.spaceExternalId,
      channelId: ref.channelId,
      messageId: ref.messageId,
    });
    expect(edit?.title).toBe("Cover needed: shift #1 Front desk");
    // Bob has no Slack account: named, not mentioned; Alice keeps her Slack mention.
    expect(edit?.text).toEqual([{ kind: "member", name: "bob_d" }, " ", "is covering shift #1 Front desk. Thank you!"]);
    expect(edit?.context).toEqual([
      "Cover for",
      " ",
      {
        kind: "member",
        name: "Alice",
        ref: { platform: "slack", spaceExternalId: alice.spaceExternalId, externalId: alice.userExternalId },
      },
    ]);
    expect(actions(edit)).toEqual([]);
    expect(t.sent.discord.sent.filter((s) => s.kind === "edit")).toEqual([]);
  });

  it("a coordinator's edit moves the card's time and place and keeps its Claim button; a cancellation closes it", async () => {
    const { ref, coverId } = await askCover();
    await sendAndSave(t, alice, "edit 1 | 2026-04-04 11:00-14:00 | Library");
    const [moved] = t.sent.slack.edits(ref.messageId);
    expect(moved?.fields).toEqual([
      {
        label: "When",
        value: [
          { kind: "time", at: new Date("2026-04-04T10:00:00Z"), style: "datetime" },
          " – ",
          { kind: "time", at: new Date("2026-04-04T13:00:00Z"), style: "time" },
        ],
      },
      { label: "Where", value: "Library" },
    ]);
    expect(actions(moved)).toEqual([`shift.claim:${coverId}`]);

    // Cancelling a shift someone is on asks first; Yes cancels it.
    await t.command(alice, "shift", "cancel 1");
    const shift = await t.db.shift.findFirstOrThrow();
    await t.press(alice, `shift.cancel:${shift.id}`);
    const [, cancelled] = t.sent.slack.edits(ref.messageId);
    expect(text(cancelled)).toBe("Shift #1 was cancelled: no cover is needed.");
    expect(actions(cancelled)).toEqual([]);
  });

  it("an edit that changes nothing on the card, or a member's own /shift list, edits nothing", async () => {
    const { ref } = await askCover();
    await t.command(alice, "shift", "edit 1 capacity: 2");
    await t.command(bob, "shift", "signup 1");
    await t.command(bob, "shift", "list");
    expect(t.sent.slack.edits(ref.messageId)).toEqual([]);
  });

  it("the nightly retention forgets the copies once the shift has ended; a bilingual network's card is edited in both languages", async () => {
    const { ref, coverId } = await askCover();
    const network = await t.db.network.findFirstOrThrow({ where: { spaces: { some: { platform: "slack" } } } });
    await t.db.network.update({ where: { id: network.id }, data: { secondLocale: "cy" } });
    await t.command(alice, "shift", "withdraw 1");
    const [edit] = t.sent.slack.edits(ref.messageId);
    expect(edit?.title).toBe("Cover needed: shift #1 Front desk / Angen cyflenwi: shifft #1 Front desk");

    expect(await purgeExpired(t.db, network, new Date("2026-04-04T11:00:00Z"))).toBeTruthy();
    expect(await t.db.postedCard.count({ where: { subjectId: coverId } })).toBe(1); // not ended yet
    await purgeExpired(t.db, network, new Date("2026-04-04T12:00:01Z"));
    expect(await t.db.postedCard.count()).toBe(0);
  });

  it("/gather forget-me withdraws her request and the card no longer names her", async () => {
    const { ref } = await askCover();
    const question = (await t.command(alice, "gather", "forget-me")).only();
    const forget = question.kind === "private" ? question.message.actions?.[0]?.id : undefined;
    await t.press(alice, forget ?? "");
    const [erased] = t.sent.slack.edits(ref.messageId);
    expect(text(erased)).toBe("Withdrawn: shift #1 no longer needs cover.");
    expect(erased?.context).toEqual(["Cover for", " ", { kind: "member", name: "Former member" }]);
    expect(actions(erased)).toEqual([]);
  });
});
