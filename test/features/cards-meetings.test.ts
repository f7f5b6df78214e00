import { beforeEach, describe, expect, it } from "vitest";
import { plainText, type Message } from "../../src/core/message.js";
import { purgeExpired } from "../../src/features/admin/retention.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice, bob } from "../support/gather.js";

const NOW = "2026-09-01T09:00:00Z";
const actions = (m: Message | undefined) => (m?.actions ?? []).map((a) => a.id);

/** A meeting's card follows the meeting: answers are counted on it, edits and a cancellation show. */
describe.each(databases)("meeting cards follow their meeting on $provider", (database) => {
  const t = gatherPerTest(database, { now: NOW });

  beforeEach(async () => {
    await t.command(alice, "meeting", "list");
    await t.db.member.updateMany({ where: { displayName: "Alice" }, data: { role: "coordinator" } });
  });

  it("counts Bob's Going, shows a new place, and a cancellation takes its buttons away", async () => {
    const echo = (await t.command(alice, "meeting", "add Steering group | 30 September 2pm-4pm | Town hall")).only();
    const save = echo.kind === "private" ? actions(echo.message)[0] : undefined;
    const [card] = (await t.press(alice, save ?? "")).posted;
    if (!card) throw new Error("no card posted");
    const meeting = await t.db.meeting.findFirstOrThrow();
    expect(await t.db.postedCard.findMany()).toMatchObject([
      { subjectType: "meeting", subjectId: meeting.id, messageId: card.messageId },
    ]);

    await t.press(bob, `meeting.rsvp:${meeting.id}:once:g`);
    const [counted] = t.sent.slack.edits(card.messageId);
    expect(plainText(counted?.context)).toBe("Meeting #1 · 1 going, 0 maybe");
    expect(actions(counted)).toHaveLength(3);

    await t.command(alice, "meeting", "edit 1 | place: Library");
    const [, moved] = t.sent.slack.edits(card.messageId);
    expect(moved?.fields?.[0]).toEqual({ label: "Place", value: "Library" });
    expect(plainText(moved?.context)).toBe("Meeting #1 · 1 going, 0 maybe");

    const asked = (await t.command(alice, "meeting", "cancel 1")).only();
    await t.press(alice, actions(asked.kind === "private" ? asked.message : undefined)[0] as string);
    const [, , cancelled] = t.sent.slack.edits(card.messageId);
    expect(cancelled?.title).toBe("Cancelled: Steering group");
    expect(actions(cancelled)).toEqual([]);

    // Nothing can change a cancelled meeting's card: the nightly retention forgets where it was.
    await purgeExpired(t.db, { id: meeting.networkId, timeZone: "Europe/London", retention: "{}" }, t.clock.now());
    expect(await t.db.postedCard.count()).toBe(0);
  });
});
