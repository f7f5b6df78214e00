import { describe, expect, it } from "vitest";
import { plainText, type Message } from "../../src/core/message.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice, bob, mallory } from "../support/gather.js";
import type { Sent } from "../support/responder.js";

const HOUR = 3600 * 1000;
const messageOf = (sent: Sent | undefined): Message => {
  if (!sent || sent.kind === "form") throw new Error(`expected a message, got ${sent?.kind}`);
  return sent.message;
};
const textOf = (sent: Sent | undefined) => plainText(messageOf(sent).text);
const ids = (m: Message | undefined) => (m?.actions ?? []).map((a) => a.id);

describe.each(databases)("help requests on $provider", (database) => {
  const t = gatherPerTest(database, { now: "2026-03-23T10:00:00Z" });
  const carol = { ...alice, userExternalId: "U-carol", displayName: "Carol" };

  const ask = (
    actor = alice,
    text = "Need a lift to the hospital | Tuesday 10am, from Llanelli | #transport urgent 2026-03-31",
  ) => t.command(actor, "ask", text);
  const row = () => t.db.helpRequest.findFirstOrThrow({ include: { offers: true } });

  it("posts an ask as a card with help, resolve and close buttons, and stores it", async () => {
    const card = messageOf((await ask()).only());
    expect(card.title).toBe("Need a lift to the hospital");
    expect(card.text).toBe("Tuesday 10am, from Llanelli");
    expect(card.fields?.map((f) => [f.label, plainText(f.value)])).toEqual([
      ["Tags", "#transport"],
      ["Urgency", "urgent"],
      ["Needed by", "2026-03-31T22:59:59.999Z"],
    ]);
    const stored = await row();
    expect(stored).toMatchObject({
      number: 1,
      urgency: "urgent",
      status: "open",
      tags: '["transport"]',
      channelId: "C-test",
    });
    // The end of 31 March in London, which is on summer time by then.
    expect(stored.deadline?.toISOString()).toBe("2026-03-31T22:59:59.999Z");
    expect(ids(card)).toEqual([`help.offer:${stored.id}`, `help.resolve:${stored.id}`, `help.close:${stored.id}`]);
    expect(await t.db.auditEntry.count({ where: { action: "help.asked" } })).toBe(1);
  });

  it("opens a form when given nothing, with five fields", async () => {
    const sent = (await t.command(alice, "ask", "")).only();
    expect(sent.kind).toBe("form");
    if (sent.kind === "form")
      expect(sent.form.fields.map((f) => f.id)).toEqual(["what", "details", "tags", "urgency", "deadline"]);
  });

  it("makes helping visible: the offer is announced, the asker told privately with a Choose button", async () => {
    const card = messageOf((await ask()).only());
    const offered = await t.press(bob, ids(card)[0] as string);
    expect(offered.sent.map((s) => s.kind)).toEqual(["public", "private"]);
    expect(textOf(offered.sent[0])).toBe("Bob offered to help with ask #1 “Need a lift to the hospital”.");
    expect(textOf(offered.sent[1])).toBe("Thank you! The asker of #1 has been told and can choose you.");
    const [dm] = t.sent.slack.dms("U-alice");
    expect(plainText(dm?.text)).toBe("Someone can help with ask #1 “Need a lift to the hospital”: Bob");
    expect(dm?.actions?.[0]?.label).toBe("Choose Bob");
    expect(await row()).toMatchObject({ status: "offered", offers: [expect.objectContaining({ chosen: false })] });

    expect(textOf((await t.press(bob, ids(card)[0] as string)).only())).toMatch(/already offered to help with #1/);
    expect(textOf((await t.press(alice, ids(card)[0] as string)).only())).toBe("That's your own ask.");
    // Several people may offer.
    await t.press(carol, ids(card)[0] as string);
    expect((await row()).offers).toHaveLength(2);

    expect(textOf((await t.press(bob, dm?.actions?.[0]?.id as string)).only())).toMatch(
      /^Only whoever asked #1, or a coordinator/,
    );
    const chosen = (await t.press(alice, dm?.actions?.[0]?.id as string)).only();
    expect(chosen).toMatchObject({ kind: "update" });
    expect(plainText(t.sent.slack.dms("U-bob")[0]?.text)).toBe(
      "You were chosen to help with ask #1 “Need a lift to the hospital”. Please get in touch: Alice",
    );
    expect((await row()).offers.filter((o) => o.chosen)).toHaveLength(1);
  });

  it("writes each private message in its reader's language: the offer in the asker's, the choice in the helper's", async () => {
    const card = messageOf((await ask()).only());
    await t.command(bob, "ask", "list");
    await t.db.member.updateMany({ where: { displayName: "Alice" }, data: { locale: "cy" } });
    await t.db.member.updateMany({ where: { displayName: "Bob" }, data: { locale: "nl" } });
    const offered = await t.press(bob, ids(card)[0] as string);
    expect(textOf(offered.sent[1])).toBe("Dank je! De vrager van #1 weet het en kan jou kiezen.");
    const [dm] = t.sent.slack.dms("U-alice");
    expect(plainText(dm?.text)).toBe("Gall rhywun helpu gyda chais #1 “Need a lift to the hospital”: Bob");
    expect(dm?.actions?.[0]?.label).toBe("Dewis Bob");
    await t.press(alice, dm?.actions?.[0]?.id as string);
    expect(plainText(t.sent.slack.dms("U-bob")[0]?.text)).toBe(
      "Je bent gekozen om te helpen met vraag #1 “Need a lift to the hospital”. Neem contact op: Alice",
    );
  });

  it("resolves with a one-line story of what helped, or closes; only the asker or a coordinator", async () => {
    const card = messageOf((await ask()).only());
    expect(textOf((await t.press(bob, ids(card)[1] as string)).only())).toMatch(/^Only whoever asked #1/);
    const form = (await t.press(alice, ids(card)[1] as string)).only();
    expect(form).toMatchObject({ kind: "form", form: { id: "ask.story:1", fields: [{ id: "story" }] } });
    await t.form(alice, "ask.story:1", { story: "A neighbour drove me, and stayed for tea." });
    expect(await row()).toMatchObject({ status: "resolved", whatHelped: "A neighbour drove me, and stayed for tea." });
    expect(textOf((await t.press(alice, ids(card)[2] as string)).only())).toBe("Ask #1 is already resolved or closed.");

    await ask(bob, "Advice on a small grant | For our choir | #funding");
    expect(textOf((await t.command(bob, "ask", "close 2")).only())).toBe("Ask #2 is closed.");
    // Where forms cannot open, the story is typed.
    await ask(bob, "Printer | Anyone have one? | #kit");
    expect(textOf((await t.command(bob, "ask", "resolve 3", { canOpenForms: false })).only())).toBe(
      "Ask #3 is resolved. What helped? Tell the network in one line: /ask story 3 | …",
    );
    expect(textOf((await t.command(bob, "ask", "story 3 | The library lent us theirs.")).only())).toMatch(/^Thank you/);
  });

  it("lists open asks, and shows members their own counts only to them", async () => {
    await ask();
    await ask(bob, "Advice on a small grant | For our choir | #funding");
    const card = messageOf((await ask(alice, "Printer | Anyone? | #kit")).only());
    await t.press(bob, ids(card)[0] as string);
    await t.command(alice, "ask", "close 3");
    const list = textOf((await t.command(carol, "ask", "list")).only()).split("\n");
    expect(list.map((l) => l.split(" — ")[0])).toEqual([
      "#2 Advice on a small grant",
      "#1 Need a lift to the hospital",
    ]);
    expect(textOf((await t.command(carol, "ask", "list #funding")).only())).toMatch(
      /^#2 Advice on a small grant — Bob · #funding · waiting for an offer$/,
    );
    const mine = messageOf((await t.command(bob, "ask", "mine")).only());
    expect(plainText(mine.context)).toBe(
      "Only you see this: 1 asked · 1 offers of help given · 0 of your asks resolved",
    );
  });

  it("pings matching standing offers privately, at most the daily limit, never the asker", async () => {
    expect(textOf((await t.command(bob, "offer", "#transport #listening | weekday mornings")).only())).toMatch(
      /^Thanks! New asks tagged #transport #listening/,
    );
    await t.command(alice, "offer", "#transport");
    await t.command(carol, "offer", "#gardening");
    expect(textOf((await t.command(bob, "ask", "settings pings:2")).only())).toMatch(/^Only a network coordinator/);
    await t.command(carol, "gather", "help");
    await t.db.member.updateMany({ where: { displayName: "Carol" }, data: { role: "coordinator" } });
    expect(textOf((await t.command(carol, "ask", "settings pings:2 bump:24")).only())).toBe(
      "Asks with no offer are bumped after 24 hours (coordinators told after as long again); members get at most 2 matching asks a day.",
    );
    expect(textOf((await t.command(carol, "ask", "settings pings:99")).only())).toBe(
      "Pings a day must be a whole number from 0 to 50.",
    );
    for (let i = 1; i <= 3; i++) await ask(alice, `Lift ${i} | To the clinic | #transport`);
    await t.tick();
    // Three matching jobs ran side by side; two of them won Bob's two slots for today.
    const titles = t.sent.slack.dms("U-bob").map((m) => m.title);
    expect(titles).toHaveLength(2);
    for (const title of titles) expect(title).toMatch(/^A new ask matches what you offered: Lift [123]$/);
    // A possible helper gets the helper's button only, not the asker's Resolved and Close.
    expect(t.sent.slack.dms("U-bob")[0]?.actions?.map((a) => a.label)).toEqual(["I can help"]);
    expect(t.sent.slack.dms("U-alice")).toEqual([]);
    expect(t.sent.slack.dms("U-carol")).toEqual([]);
    // The next day the limit has room again.
    t.clock.advance(24 * HOUR);
    await ask(alice, "Lift 4 | To the clinic | #transport");
    await t.tick();
    expect(t.sent.slack.dms("U-bob")).toHaveLength(3);
    await t.command(bob, "offer", "stop");
    expect(await t.db.auditEntry.count({ where: { action: { startsWith: "help.standing_offer" } } })).toBe(4);
    await ask(alice, "Lift 5 | To the clinic | #transport");
    await t.tick();
    expect(t.sent.slack.dms("U-bob")).toHaveLength(3);
  });

  it("bumps an ask with no offer once in its channel, then tells the coordinators", async () => {
    await t.command(carol, "gather", "help");
    await t.db.member.updateMany({ where: { displayName: "Carol" }, data: { role: "coordinator" } });
    await ask();
    await ask(bob, "Grant advice | For our choir | #funding");
    const offered = messageOf((await t.command(bob, "ask", "show 2")).only());
    await t.press(alice, ids(offered)[0] as string);
    await t.tick(); // the matching pings: nobody has a standing offer
    t.clock.advance(48 * HOUR);
    await t.tick();
    expect(t.sent.slack.posts("C-test").map((m) => m.title)).toEqual([
      "Still looking for help: Need a lift to the hospital",
    ]);
    expect(t.sent.slack.dms("U-carol")).toEqual([]);
    t.clock.advance(48 * HOUR);
    await t.tick();
    expect(t.sent.slack.dms("U-carol").map((m) => m.title)).toEqual([
      "Ask #1 has had no offer of help yet: Need a lift to the hospital",
    ]);
    t.clock.advance(48 * HOUR);
    await t.tick();
    expect(t.sent.slack.posts("C-test")).toHaveLength(1);
  });

  describe("bad input gets a short private reply and changes nothing", () => {
    it.each([
      [
        "an unreadable word",
        "Lift | details | #transport urgent sideways",
        /^I couldn't read “sideways”. In the third part, use #tags/,
      ],
      ["a past deadline", "Lift | details | 2026-03-01", /^That date has passed/],
      ["a bad tag", "Lift | details | #no!", /can't be a tag/],
      ["an over-long what", `${"x".repeat(151)} | details`, /too long: keep it to 150 characters/],
    ])("%s", async (_name, text, expected) => {
      const sent = (await t.command(alice, "ask", text, { canOpenForms: false })).only();
      expect(sent.kind).toBe("private");
      expect(textOf(sent)).toMatch(expected);
      expect(await t.db.helpRequest.count()).toBe(0);
    });

    it("an unreadable urgency given as an option (Discord, forms)", async () => {
      const sent = (await t.options(alice, "ask", "post", { what: "Lift", urgency: "sideways" })).only();
      expect(textOf(sent)).toBe("Urgency is low, normal or urgent.");
      expect(await t.db.helpRequest.count()).toBe(0);
    });

    it("unknown numbers and other networks' asks", async () => {
      await ask();
      expect(textOf((await t.command(alice, "ask", "close 9")).only())).toBe(
        "There is no ask #9 in this network. See /ask list.",
      );
      expect(textOf((await t.command(mallory, "ask", "close 1")).only())).toBe(
        "There is no ask #1 in this network. See /ask list.",
      );
      expect((await row()).status).toBe("open");
    });
  });
});
