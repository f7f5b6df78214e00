/**
 * Every feature reads dates and times with the one shared reader (src/reading/when): shifts (add,
 * edit, CSV import, check expiry), meetings, asks' deadline and report ranges, in English, Welsh
 * and Dutch. A time it cannot read is refused privately, naming the part, and nothing is stored.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/invocation.js";
import { plainText, type Message } from "../../src/core/message.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice, bob } from "../support/gather.js";
import type { Sent } from "../support/responder.js";
import { sendAndSave } from "../support/shifts.js";

const messageOf = (sent: Sent | undefined): Message => {
  if (!sent || sent.kind === "form") throw new Error(`expected a message, got ${sent?.kind}`);
  return sent.message;
};
const textOf = (sent: Sent | undefined) => plainText(messageOf(sent).text);

/** Thursday 3 December 2026, 07:16 in London. */
const NOW = "2026-12-03T07:16:00Z";

describe.each(databases)("one date reader for every feature on $provider", (database) => {
  const t = gatherPerTest(database, { now: NOW });
  const coordinator: Actor = { ...alice, platformAdmin: true };
  const welsh: Actor = { ...coordinator, locale: "cy" };
  const dutch: Actor = { ...coordinator, locale: "nl" };

  beforeEach(async () => {
    await t.command(coordinator, "shift", "list");
  });
  const inLanguage = (locale: "cy" | "nl") => t.db.network.updateMany({ data: { locale } });
  const span = async (number: number) => {
    const row = await t.db.shift.findFirstOrThrow({ where: { number } });
    return [row.startsAt.toISOString(), row.endsAt.toISOString()];
  };

  it("reads a Welsh network's shift, with its year in the reply", async () => {
    await inLanguage("cy");
    const echoed = (await t.command(welsh, "shift", "add Cegin | 12 Mehefin 2027 10:00-13:00")).only();
    expect(echoed.kind).toBe("private");
    expect(textOf(echoed)).toBe("Sad 12 Meh 2027, 10:00–13:00 (Europe/London)");
    const sent = await sendAndSave(t, welsh, "add Cegin | 12 Mehefin 2027 10:00-13:00");
    expect(textOf(sent)).toContain("2027");
    expect(await span(1)).toEqual(["2027-06-12T09:00:00.000Z", "2027-06-12T12:00:00.000Z"]);
  });

  it("reads a Dutch network's shift written the Flemish way", async () => {
    await inLanguage("nl");
    const sent = await sendAndSave(t, dutch, "add Keuken | zaterdag 12 juni 2027 10u-13u");
    expect(textOf(sent)).toContain("2027");
    expect(await span(1)).toEqual(["2027-06-12T09:00:00.000Z", "2027-06-12T12:00:00.000Z"]);
  });

  it("refuses a time it cannot read, naming the part, with two examples, and stores nothing", async () => {
    const sent = (await t.command(coordinator, "shift", "add Desk | Saturday 10-1 ish")).only();
    expect(sent.kind).toBe("private");
    expect(textOf(sent)).toMatch(/^I couldn't read “ish” as a date or time\. For example: .+ or .+\.$/);
    await inLanguage("cy");
    const cy = (await t.command(welsh, "shift", "add Cegin | 31 Mehefin 2027 10:00-13:00")).only();
    expect(textOf(cy)).toMatch(/^Does dim dyddiad neu amser o'r fath: .*Er enghraifft: /);
    expect(await t.db.shift.count()).toBe(0);
  });

  it("moves a shift with /shift edit by the same reader, and refuses an unreadable move", async () => {
    await sendAndSave(t, coordinator, "add Desk | 15/12/2026 10:00-13:00");
    expect(await span(1)).toEqual(["2026-12-15T10:00:00.000Z", "2026-12-15T13:00:00.000Z"]);
    const refused = (await t.command(coordinator, "shift", "edit 1 | someday")).only();
    expect(textOf(refused)).toMatch(/^I couldn't read “someday” as a date or time\./);
    await sendAndSave(t, coordinator, "edit 1 | when: 16/12/2026 9-5");
    expect(await span(1)).toEqual(["2026-12-16T09:00:00.000Z", "2026-12-16T17:00:00.000Z"]);
  });

  it("imports CSV rows with UK dates, and refuses a row whose date it cannot read", async () => {
    const bad = (await t.command(coordinator, "shift", "import Desk,15/12/2026,10:00,soon,,1,")).only();
    expect(plainText(messageOf(bad).text)).toMatch(/^Line 1: I couldn't read “soon” as a date or time\./);
    expect(await t.db.shift.count()).toBe(0);
    await t.command(coordinator, "shift", "import Night shelter,15/12/2026,22:00,07:00,,1,");
    expect(await span(1)).toEqual(["2026-12-15T22:00:00.000Z", "2026-12-16T07:00:00.000Z"]);
  });

  it("keeps a check valid through its expiry day, written the UK way", async () => {
    await t.command(bob, "shift", "list");
    const sent = (await t.command(coordinator, "shift", "check Bob dbs_basic 15/12/2027")).only();
    expect(sent.kind).toBe("private");
    const row = await t.db.memberCheck.findFirstOrThrow();
    expect(row.expiresAt?.toISOString()).toBe("2027-12-15T23:59:59.999Z");
  });

  it("reads a Welsh evening meeting: 'nos Fawrth … am 7' is 19:00", async () => {
    await inLanguage("cy");
    const sent = (await t.command(welsh, "meeting", "add Cyfarfod | nos Fawrth 20 Ebrill 2027 am 7 | Neuadd")).only();
    expect(messageOf(sent).text).toContain("2027");
    const draft = await t.db.meeting.findFirstOrThrow();
    expect(draft.startsAt.toISOString()).toBe("2027-04-20T18:00:00.000Z");
  });

  it("reads a meeting's time with its repeat written in it: the repeat words go to the rule", async () => {
    await t.command(coordinator, "meeting", "add Choir | every second Tuesday 7pm-9pm | Chapel");
    const draft = await t.db.meeting.findFirstOrThrow();
    expect(draft.startsAt.toISOString()).toBe("2026-12-08T19:00:00.000Z");
    expect(draft).toMatchObject({ durationMinutes: 120, rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU" });
  });

  it("reads an ask's deadline as a day, and refuses one it cannot read", async () => {
    await t.command(coordinator, "ask", "Lift to the hospital | Tuesday morning | 15/12/2026");
    const ask = await t.db.helpRequest.findFirstOrThrow();
    expect(ask.deadline?.toISOString()).toBe("2026-12-15T23:59:59.999Z");
    const refused = (
      await t.form(coordinator, "ask.post", { what: "Van", details: "", tags: "", urgency: "", deadline: "soonish" })
    ).only();
    expect(textOf(refused)).toMatch(/^I couldn't read “soonish” as a date or time\./);
    expect(await t.db.helpRequest.count()).toBe(1);
  });

  it("reads a report's range written the UK way", async () => {
    const sent = (await t.command(coordinator, "gather", "report 1/11/2026 30/11/2026")).only();
    expect(messageOf(sent).title).toContain("2026-11-01");
    expect(messageOf(sent).title).toContain("2026-11-30");
  });
});
