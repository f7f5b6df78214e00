import { beforeEach, describe, expect, it } from "vitest";
import type { Message } from "../../src/core/message.js";
import { databases } from "../support/db.js";
import { alice } from "../support/gather.js";
import { gatherPerTest } from "../support/per-test.js";

const NOW = "2026-09-01T09:00:00Z";
const actions = (m: Message | undefined) => (m?.actions ?? []).map((a) => a.id);

/** A meeting's card in a channel speaks the network's two languages, as every other card does. */
describe.each(databases)("meeting cards in a bilingual network on $provider", (database) => {
  const t = gatherPerTest(database, { now: NOW });

  beforeEach(async () => {
    await t.command(alice, "meeting", "list");
    await t.db.member.updateMany({ where: { displayName: "Alice" }, data: { role: "coordinator" } });
  });

  async function saved(): Promise<Message> {
    const echo = (await t.command(alice, "meeting", "add Steering group | 30 September 2pm-4pm | Town hall")).only();
    const save = echo.kind === "private" ? actions(echo.message)[0] : undefined;
    const card = (await t.press(alice, save ?? "")).sent.find((s) => s.kind === "public");
    if (card?.kind !== "public") throw new Error("no card posted");
    return card.message;
  }

  it("posts the card in English and Welsh when the network has Welsh as its second language", async () => {
    await t.db.network.updateMany({ data: { secondLocale: "cy" } });
    const card = await saved();
    expect(card.fields?.find((f) => f.value === "Town hall")?.label).toBe("Place / Lle");
    expect(card.actions?.map((a) => a.label)).toContain("Going / Dod");
  });

  it("posts it in one language otherwise", async () => {
    const card = await saved();
    expect(card.fields?.find((f) => f.value === "Town hall")?.label).toBe("Place");
  });
});
