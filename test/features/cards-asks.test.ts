import { describe, expect, it } from "vitest";
import { plainText, type Message } from "../../src/core/message.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice, bob } from "../support/gather.js";

const HOUR = 3600 * 1000;
const actions = (m: Message | undefined) => (m?.actions ?? []).map((a) => a.id);

/**
 * An ask's card follows the ask: the card and its bump (posted by a job) are both recorded, and an
 * offer or the ask's end, from a button or a typed command, edits every copy.
 */
describe.each(databases)("ask cards follow their ask on $provider", (database) => {
  const t = gatherPerTest(database, { now: "2026-03-23T10:00:00Z" });

  it("the card and its bump are edited by an offer and by /ask resolve; a stale copy's buttons go", async () => {
    const [card] = (await t.command(alice, "ask", "Need a lift to the hospital | Tuesday 10am | #transport")).posted;
    if (!card) throw new Error("no card posted");
    const stored = await t.db.helpRequest.findFirstOrThrow();
    await t.tick(); // matching pings: nobody has a standing offer
    t.clock.advance(48 * HOUR);
    await t.tick(); // the bump: a second copy in the same channel, posted by the job
    const [bump] = t.sent.slack.sent.filter((s) => s.kind === "post");
    expect(bump?.message.title).toBe("Still looking for help: Need a lift to the hospital");
    const copies = await t.db.postedCard.findMany({ orderBy: { createdAt: "asc" } });
    expect(copies.map((c) => [c.subjectType, c.subjectId, c.messageId])).toEqual([
      ["ask", stored.id, card.messageId],
      ["ask", stored.id, "p1"],
    ]);

    // Bob offers from the bump: both copies now count the offer, and still offer help.
    await t.press(bob, `help.offer:${stored.id}`);
    for (const id of [card.messageId, "p1"]) {
      const [edited, ...more] = t.sent.slack.edits(id);
      expect(more).toEqual([]);
      expect(edited?.title).toBe("Need a lift to the hospital");
      expect(plainText(edited?.context)).toContain("1 offered help");
      expect(actions(edited)).toEqual([
        `help.offer:${stored.id}`,
        `help.resolve:${stored.id}`,
        `help.close:${stored.id}`,
      ]);
    }

    // Alice resolves it by typing: both copies say so, with no buttons left.
    await t.command(alice, "ask", "resolve 1", { canOpenForms: false });
    for (const id of [card.messageId, "p1"]) {
      const [, resolved] = t.sent.slack.edits(id);
      expect(plainText(resolved?.context)).toMatch(/ · resolved$/);
      expect(actions(resolved)).toEqual([]);
    }
  });

  it("a card deleted on the platform is forgotten; the close still goes through", async () => {
    const [card] = (await t.command(alice, "ask", "Grant advice | For our choir | #funding")).posted;
    t.sent.slack.deleted.add(card?.messageId ?? "");
    const closed = await t.command(alice, "ask", "close 1");
    expect(closed.sent.map((s) => s.kind)).toEqual(["private"]);
    expect(await t.db.helpRequest.findFirstOrThrow()).toMatchObject({ status: "closed" });
    expect(await t.db.postedCard.count()).toBe(0);
  });

  it("/gather forget-me edits the cards that showed her: her ask's card keeps neither her name nor her words", async () => {
    const [card] = (await t.command(alice, "ask", "Need a lift to the hospital | Tuesday 10am | #transport")).posted;
    const question = (await t.command(alice, "gather", "forget-me")).only();
    const forget = question.kind === "private" ? question.message.actions?.[0]?.id : undefined;
    await t.press(alice, forget ?? "");
    const [erased, ...more] = t.sent.slack.edits(card?.messageId ?? "");
    expect(more).toEqual([]);
    expect(erased?.title).toBe("[removed]");
    expect(erased?.text).toBeUndefined();
    expect(plainText(erased?.context)).toMatch(/^Ask #1 from Former member · .* · closed$/);
    expect(JSON.stringify(erased)).not.toMatch(/Alice|U-alice|hospital|transport/);
    expect(actions(erased)).toEqual([]);
  });
});
