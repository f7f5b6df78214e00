import { describe, expect, it } from "vitest";
import { plainText, type Message } from "../../src/core/message.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice } from "../support/gather.js";

const actions = (m: Message | undefined) => (m?.actions ?? []).map((a) => a.id);
const PARA = "We run weekly singing sessions for carers in Llanelli library, and would love a pianist.";

/** A project update's cards follow the entry: an edit brings the earlier card to the new text; a deletion says so. */
describe.each(databases)("update cards follow their entry on $provider", (database) => {
  const t = gatherPerTest(database, { now: "2026-03-23T10:00:00Z" });

  it("an edit edits the earlier card (not the new one); a deletion turns both into a line, then forgets them", async () => {
    const [first] = (await t.command(alice, "update", `Carers' choir | ${PARA}`)).posted;
    t.clock.advance(60_000);
    const [second] = (await t.command(alice, "update", "edit 1 | Carers' choir | Summer break until September."))
      .posted;
    if (!first || !second) throw new Error("no cards posted");
    const update = await t.db.projectUpdate.findFirstOrThrow();
    expect((await t.db.postedCard.findMany({ orderBy: { createdAt: "asc" } })).map((c) => c.messageId)).toEqual([
      first.messageId,
      second.messageId,
    ]);
    const [edited, ...more] = t.sent.slack.edits(first.messageId);
    expect(more).toEqual([]);
    expect(edited?.text).toBe("Summer break until September.");
    expect(plainText(edited?.context)).toMatch(/^#1 · Alice · Updated /);
    expect(actions(edited)).toEqual([`update.help:${update.id}`, `update.contact:${update.id}`]);
    expect(t.sent.slack.edits(second.messageId)).toEqual([]);

    const ask = (await t.command(alice, "update", "delete 1")).only();
    const yes = ask.kind === "private" ? actions(ask.message)[0] : undefined;
    await t.press(alice, yes ?? "");
    for (const ref of [first, second]) {
      const deleted = t.sent.slack.edits(ref.messageId).at(-1);
      expect(deleted).toEqual({ text: "This update was deleted by its author or a coordinator." });
    }
    expect(await t.db.postedCard.count()).toBe(0);
  });
});
