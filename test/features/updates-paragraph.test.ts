import { describe, expect, it } from "vitest";
import { plainText, type Message } from "../../src/core/message.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice, bob } from "../support/gather.js";
import type { Sent } from "../support/responder.js";

const messageOf = (sent: Sent | undefined): Message => {
  if (!sent || sent.kind === "form") throw new Error(`expected a message, got ${sent?.kind}`);
  return sent.message;
};
const fieldsOf = (m: Message) => (m.fields ?? []).map((f) => [f.label, plainText(f.value)]);

const CHOIR =
  "Community choir for people living with dementia: weekly sessions in Thanington, looking for two volunteer drivers. https://example.org/choir";

describe.each(databases)("/update <paragraph> on $provider", (database) => {
  const t = gatherPerTest(database, { now: "2026-12-03T10:00:00Z" });
  const rows = () => t.db.projectUpdate.findMany({ orderBy: { number: "asc" } });

  it("takes the title before the colon and the link out of the text, posts the card and echoes the reading", async () => {
    const r = await t.command(alice, "update", CHOIR, { canOpenForms: false });
    expect(r.sent.map((s) => s.kind)).toEqual(["public", "private"]);

    const card = messageOf(r.sent[0]);
    expect(card.title).toBe("Community choir for people living with dementia");
    expect(card.text).toBe("Weekly sessions in Thanington, looking for two volunteer drivers.");
    expect(card.links).toEqual([{ url: "https://example.org/choir" }]);

    const [row] = await rows();
    expect(row).toMatchObject({
      number: 1,
      title: "Community choir for people living with dementia",
      summary: "Weekly sessions in Thanington, looking for two volunteer drivers.",
      links: JSON.stringify(["https://example.org/choir"]),
      tags: "[]",
    });

    const echo = messageOf(r.sent[1]);
    expect(echo.title).toBe("Posted as update #1. This is how I read it:");
    expect(fieldsOf(echo)).toEqual([
      ["Title", "Community choir for people living with dementia"],
      ["Summary", "Weekly sessions in Thanington, looking for two volunteer drivers."],
      ["Links", "https://example.org/choir"],
    ]);
    expect(echo.actions?.map((a) => [a.label, a.id])).toEqual([
      ["Edit", `update.refresh:${row?.id}`],
      ["Undo", `update.undo:${row?.id}`],
    ]);
  });

  it("posts a sentence that starts with a subcommand's name, and still refuses a command-like line", async () => {
    const r = await t.command(alice, "update", "Show and tell at the library: bring a project you are proud of.", {
      canOpenForms: false,
    });
    expect(messageOf(r.sent[0]).title).toBe("Show and tell at the library");
    expect(await rows()).toHaveLength(1);

    const typo = await t.command(alice, "update", "show 12 please");
    expect(typo.sent.map((s) => s.kind)).toEqual(["private"]);
    expect(await rows()).toHaveLength(1);
  });

  it("takes the first sentence as the title when there is no colon, and trailing #tags out of the text", async () => {
    const r = await t.command(
      alice,
      "update",
      "Repair café opens in Canterbury. Every first Saturday at St. Mary's hall, bring broken things. #repair #Canterbury",
    );
    const card = messageOf(r.sent[0]);
    expect(card.title).toBe("Repair café opens in Canterbury");
    expect(card.text).toBe("Every first Saturday at St. Mary's hall, bring broken things.");
    expect(fieldsOf(card)).toEqual([["Tags", "#repair #canterbury"]]);
    expect(fieldsOf(messageOf(r.sent[1])).at(-1)).toEqual(["Tags", "#repair #canterbury"]);
  });

  it("keeps a #tag inside a sentence as its word, and a one-sentence update as its own summary", async () => {
    await t.command(alice, "update", "We are looking for #venues in Margate for the choir");
    expect((await rows()).map((u) => [u.title, u.summary, u.tags])).toEqual([
      [
        "We are looking for venues in Margate for the choir",
        "We are looking for venues in Margate for the choir",
        '["venues"]',
      ],
    ]);
  });

  it("cuts a long first sentence at a word boundary and keeps every word in the summary", async () => {
    const long = `Our allotment group ${"grows vegetables for the food bank and ".repeat(4)}welcomes anyone who wants to learn`;
    await t.command(alice, "update", long);
    const [row] = await rows();
    expect(row?.title.length).toBeLessThanOrEqual(100);
    expect(row?.title).toMatch(/^Our allotment group grows vegetables .* [a-z]+…$/);
    expect(row?.summary).toBe(long);
  });

  it("reads Welsh and Dutch paragraphs by the same rules", async () => {
    const cy = await t.command(
      { ...alice, locale: "cy" },
      "update",
      "Côr cymunedol i bobl sy'n byw gyda dementia: sesiynau wythnosol yn Llanelli, e.e. bob dydd Mawrth. #cerddoriaeth",
    );
    expect(messageOf(cy.sent[1]).title).toBe("Wedi'i bostio fel diweddariad #1. Dyma sut darllenais i ef:");
    const nl = await t.command(
      { ...bob, locale: "nl" },
      "update",
      "Zangkoor in Gent. We zoeken o.a. chauffeurs voor dinsdag. https://example.be/koor #muziek",
    );
    expect(messageOf(nl.sent[1]).actions?.map((a) => a.label)).toEqual(["Bewerken", "Ongedaan maken"]);
    expect((await rows()).map((u) => [u.title, u.summary, u.links, u.tags])).toEqual([
      [
        "Côr cymunedol i bobl sy'n byw gyda dementia",
        "Sesiynau wythnosol yn Llanelli, e.e. bob dydd Mawrth.",
        "[]",
        '["cerddoriaeth"]',
      ],
      ["Zangkoor in Gent", "We zoeken o.a. chauffeurs voor dinsdag.", '["https://example.be/koor"]', '["muziek"]'],
    ]);
  });

  it("Undo takes the new entry down for its author, and no one else", async () => {
    const r = await t.command(alice, "update", CHOIR);
    const undoId = messageOf(r.sent[1]).actions?.[1]?.id ?? "";

    const refused = await t.press(bob, undoId);
    expect(plainText(messageOf(refused.only()).text)).toBe("Only the member who posted update #1 can undo it.");
    expect(await t.db.projectUpdate.count()).toBe(1);

    const undone = await t.press(alice, undoId);
    expect(undone.sent[0]).toEqual({
      kind: "update",
      message: { text: "Undone: update #1 “Community choir for people living with dementia” is taken down." },
    });
    expect(await t.db.projectUpdate.count()).toBe(0);
    expect(await t.db.auditEntry.count({ where: { action: "update.deleted" } })).toBe(1);
  });

  it("Undo pressed twice at once takes the entry down once, and answers both presses kindly", async () => {
    const r = await t.command(alice, "update", CHOIR);
    const undoId = messageOf(r.sent[1]).actions?.[1]?.id ?? "";
    const presses = await Promise.all([t.press(alice, undoId), t.press(alice, undoId)]);
    const texts = presses.map((p) => plainText(messageOf(p.sent[0]).text));
    expect(texts.filter((x) => x.startsWith("Undone: update #1"))).toHaveLength(1);
    // The later press finds the entry gone, before or after it read it: either way a refusal, not an error.
    const [other = ""] = texts.filter((x) => !x.startsWith("Undone:"));
    expect([
      "Update #1 is already taken down.",
      "That button no longer works. Please run the command again.",
    ]).toContain(other);
    expect(await t.db.projectUpdate.count()).toBe(0);
    expect(await t.db.auditEntry.count({ where: { action: "update.deleted" } })).toBe(1);
  });

  it("Edit opens the edit form with what was read", async () => {
    const r = await t.command(alice, "update", CHOIR);
    const edit = await t.press(alice, messageOf(r.sent[1]).actions?.[0]?.id ?? "");
    const form = edit.only();
    expect(form.kind).toBe("form");
    if (form.kind !== "form") return;
    expect(form.form.id).toBe("update.edit:1");
    expect(form.form.fields.find((f) => f.id === "title")?.value).toBe(
      "Community choir for people living with dementia",
    );
  });

  it("posting the same project again revises it: the echo offers Edit, not Undo", async () => {
    await t.command(alice, "update", CHOIR);
    const again = await t.command(
      alice,
      "update",
      "Community choir for people living with dementia: now in Canterbury too.",
    );
    const echo = messageOf(again.sent.find((s) => s.kind === "private" && s.message.title?.includes("#1")));
    expect(echo.title).toBe("This brought your update #1 up to date. This is how I read it:");
    expect(echo.actions?.map((a) => a.label)).toEqual(["Edit"]);
    expect((await rows()).map((u) => u.summary)).toEqual(["Now in Canterbury too."]);
  });

  it("reads a summary given with no title as a paragraph, on Discord and in the form", async () => {
    const discord = await t.options(alice, "update", "post", { summary: CHOIR, tags: "#music" });
    expect(discord.sent.map((s) => s.kind)).toEqual(["public", "private"]);
    const form = await t.form(bob, "update.post", {
      title: "",
      summary: "Seed library at Llanelli library. Swap seeds every Saturday.",
    });
    expect(messageOf(form.sent[0]).title).toBe("Seed library at Llanelli library");
    expect((await rows()).map((u) => [u.title, u.tags])).toEqual([
      ["Community choir for people living with dementia", '["music"]'],
      ["Seed library at Llanelli library", "[]"],
    ]);
  });

  it("the form says the title may be left empty", async () => {
    const form = (await t.command(alice, "update", "")).only();
    if (form.kind !== "form") throw new Error("expected a form");
    expect(form.form.fields[0]).toMatchObject({
      id: "title",
      required: false,
      placeholder: "Leave empty to use your first sentence",
    });
  });

  it("the | form works as before, with no echo", async () => {
    const r = await t.command(alice, "update", "Seeds | Swap seeds: every Saturday. | https://example.org #seeds");
    expect(r.only().kind).toBe("public");
    expect((await rows()).map((u) => [u.title, u.summary])).toEqual([["Seeds", "Swap seeds: every Saturday."]]);
  });

  describe("refusals store nothing", () => {
    it.each([
      ["nothing but a link and a tag", "https://example.org #seeds", /^Write a sentence or two about the project/],
      ["an empty title before a |", " | Swap seeds every Saturday.", /^Please fill in Title, or leave out the \|/],
      ["two paragraphs", "Seeds. Swap them.\n\nAnd more.", /one paragraph/],
      [
        "six links",
        `Links galore. ${[1, 2, 3, 4, 5, 6].map((n) => `https://example.org/${n}`).join(" ")}`,
        /That's 6 links; please keep it to 5/,
      ],
    ])("%s", async (_name, text, expected) => {
      const r = await t.command(alice, "update", text, { canOpenForms: false });
      expect(plainText(messageOf(r.only()).text)).toMatch(expected);
      expect(await t.db.projectUpdate.count()).toBe(0);
    });
  });
});
