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
const textOf = (sent: Sent | undefined) => plainText(messageOf(sent).text);
const fieldsOf = (m: Message) => (m.fields ?? []).map((f) => [f.label, plainText(f.value)]);

// Thursday 3 December 2026, 10:00 in London.
const NOW = "2026-12-03T10:00:00Z";
/** The end of Friday 4 December 2026 in London (no summer time in December). */
const END_OF_FRIDAY = "2026-12-04T23:59:59.999Z";

describe.each(databases)("/ask <paragraph> on $provider", (database) => {
  const t = gatherPerTest(database, { now: NOW });
  const rows = () => t.db.helpRequest.findMany({ orderBy: { number: "asc" } });

  it("takes the title from the text and the #tag out of it, posts the card and echoes the reading with Undo", async () => {
    const r = await t.command(alice, "ask", "Does anyone know a cheap hall in Margate for 40 people? #venues");
    expect(r.sent.map((s) => s.kind)).toEqual(["public", "private"]);
    expect(messageOf(r.sent[0]).title).toBe("Does anyone know a cheap hall in Margate for 40 people?");

    const [row] = await rows();
    expect(row).toMatchObject({
      what: "Does anyone know a cheap hall in Margate for 40 people?",
      details: null,
      tags: '["venues"]',
      urgency: "normal",
      deadline: null,
    });
    const echo = messageOf(r.sent[1]);
    expect(echo.title).toBe("Posted as ask #1. This is how I read it:");
    expect(fieldsOf(echo)).toEqual([
      ["What you need", "Does anyone know a cheap hall in Margate for 40 people?"],
      ["Tags", "#venues"],
      ["Urgency", "normal"],
    ]);
    expect(echo.actions?.map((a) => [a.label, a.id])).toEqual([["Undo", `help.undo:${row?.id}`]]);
  });

  it("reads a clearly marked urgency and needed-by day, and keeps the rest as details", async () => {
    await t.command(
      alice,
      "ask",
      "URGENT: need a lift to the hospital by Friday, from Llanelli. It's for my mum's appointment. #transport",
    );
    const [row] = await rows();
    expect(row).toMatchObject({
      what: "Need a lift to the hospital by Friday, from Llanelli",
      details: "It's for my mum's appointment.",
      tags: '["transport"]',
      urgency: "urgent",
    });
    expect(row?.deadline?.toISOString()).toBe(END_OF_FRIDAY);
  });

  it.each([
    ["Welsh", "cy", "Oes gan rywun fan i'w benthyg erbyn dydd Gwener? Mae brys. #symud", "urgent", "symud"],
    ["Dutch", "nl", "Wie heeft een aanhangwagen tegen vrijdag? Geen haast. #vervoer", "low", "vervoer"],
    ["Flemish spoed", "nl", "Zaal gezocht voor 40 mensen in Gent, uiterlijk vrijdag. #spoed #zalen", "urgent", "zalen"],
  ])("reads %s urgency words and needed-by days", async (_name, locale, text, urgency, tag) => {
    const r = await t.command({ ...alice, locale }, "ask", text);
    expect(r.sent.map((s) => s.kind)).toEqual(["public", "private"]);
    const [row] = await rows();
    expect(row).toMatchObject({ urgency, tags: JSON.stringify([tag]) });
    expect(row?.deadline?.toISOString()).toBe(END_OF_FRIDAY);
  });

  it("a closing sentence that only marks the urgency is not kept as details", async () => {
    await t.command(alice, "ask", "Who has a trailer we could borrow by Friday? Dringend! #vervoer");
    await t.command(alice, "ask", "Need a van to move a piano. It's for the choir. ASAP.");
    expect((await rows()).map((r) => [r.what, r.details, r.urgency, r.tags])).toEqual([
      ["Who has a trailer we could borrow by Friday?", null, "urgent", '["vervoer"]'],
      ["Need a van to move a piano", "It's for the choir.", "urgent", "[]"],
    ]);
  });

  it("does not take words for an urgency or a day unless clearly marked", async () => {
    await t.command(alice, "ask", "Lift to the hospital run by volunteers from the church, for 40 people. #transport");
    expect((await rows()).map((r) => [r.urgency, r.deadline])).toEqual([["normal", null]]);
  });

  it("reads not urgent as low, and a labelled urgency in any language", async () => {
    await t.command(alice, "ask", "Not urgent, but does anyone have a spare gazebo we could borrow?");
    await t.command(alice, "ask", "Gazebo gezocht voor de buurtfeesten. Urgentie: laag");
    await t.command(alice, "ask", "Angen cadeiriau i'r neuadd. Brys: uchel");
    expect((await rows()).map((r) => [r.what, r.urgency])).toEqual([
      ["Not urgent, but does anyone have a spare gazebo we could borrow?", "low"],
      ["Gazebo gezocht voor de buurtfeesten", "low"],
      ["Angen cadeiriau i'r neuadd", "urgent"],
    ]);
  });

  it("Undo takes the ask down for its asker only, and not once someone has offered", async () => {
    const first = await t.command(alice, "ask", "Need a gazebo for Saturday's fair. #equipment");
    const undoId = messageOf(first.sent[1]).actions?.[0]?.id ?? "";
    expect(textOf((await t.press(bob, undoId)).only())).toBe("Only the member who posted ask #1 can undo it.");

    const undone = await t.press(alice, undoId);
    expect(undone.sent[0]).toEqual({
      kind: "update",
      message: { text: "Undone: ask #1 “Need a gazebo for Saturday's fair” is taken down." },
    });
    expect(await t.db.helpRequest.count()).toBe(0);
    expect(await t.db.job.count({ where: { status: "pending" } })).toBe(0);
    expect(await t.db.auditEntry.count({ where: { action: "help.undone" } })).toBe(1);

    const second = await t.command(alice, "ask", "Need a gazebo for Sunday's fair.");
    const card = messageOf(second.sent[0]);
    await t.press(bob, card.actions?.[0]?.id ?? "");
    const kept = await t.press(alice, messageOf(second.sent[1]).actions?.[0]?.id ?? "");
    expect(textOf(kept.only())).toBe(
      "Someone has already offered help on ask #2, so it stays. Close it instead: /ask close 2",
    );
    expect(await t.db.helpRequest.count()).toBe(1);
  });

  it("reads details given with no title as a paragraph on Discord; what is given beside it wins", async () => {
    const r = await t.options(alice, "ask", "post", {
      details: "Urgent: need a van to move furniture by Friday.",
      urgency: "laag",
    });
    expect(r.sent.map((s) => s.kind)).toEqual(["public", "private"]);
    expect((await rows()).map((a) => [a.what, a.urgency])).toEqual([["Need a van to move furniture by Friday", "low"]]);
  });

  it("the | form works as before, with urgency words in every language", async () => {
    const r = await t.command(alice, "ask", "Lift | Tuesday, from Llanelli | #transport dringend");
    expect(r.only().kind).toBe("public");
    expect((await rows()).map((a) => [a.what, a.details, a.urgency])).toEqual([
      ["Lift", "Tuesday, from Llanelli", "urgent"],
    ]);
  });

  describe("refusals store nothing", () => {
    it.each([
      [
        "a needed-by day that cannot be read",
        "Need a van by Friday the 13th of Smarch.",
        /^I read “Friday the 13th of Smarch” as the day you need it by, but:/,
      ],
      ["a needed-by day gone by", "Need a van by 1/12/2026.", /^That date has passed/],
      ["urgent and not urgent", "Urgent: a van. Not urgent really.", /urgent and not urgent/],
      ["an unknown labelled urgency", "A van. Priority: sideways", /^I couldn't read “sideways” as an urgency/],
      ["only tags", "#transport #vans", /^Write a sentence about what you need/],
      ["an empty title before a |", " | Tuesday | #transport", /^Please fill in What you need, or leave out the \|/],
    ])("%s", async (_name, text, expected) => {
      const r = await t.command(alice, "ask", text, { canOpenForms: false });
      expect(textOf(r.only())).toMatch(expected);
      expect(await t.db.helpRequest.count()).toBe(0);
    });

    it("a Welsh refusal names the part in Welsh", async () => {
      const r = await t.command({ ...alice, locale: "cy" }, "ask", "Angen fan erbyn dydd Gwenner.");
      expect(textOf(r.only())).toMatch(/^Darllenais “dydd Gwenner” fel y diwrnod olaf y mae ei angen arnoch, ond:/);
    });
  });
});
