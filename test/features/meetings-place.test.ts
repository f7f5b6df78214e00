import { beforeEach, describe, expect, it } from "vitest";
import { plainText, type Message } from "../../src/core/message.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice } from "../support/gather.js";
import type { Sent } from "../support/responder.js";

const messageOf = (sent: Sent | undefined): Message => {
  if (!sent || sent.kind === "form") throw new Error(`expected a message, got ${sent?.kind}`);
  return sent.message;
};
const place = (m: Message) => plainText(m.fields?.[0]?.value ?? "");

/** Tuesday 1 September 2026, 11:00 in London. */
const NOW = "2026-09-01T10:00:00Z";

describe.each(databases)("a meeting's place not set yet on $provider", (database) => {
  const t = gatherPerTest(database, { now: NOW });

  beforeEach(async () => {
    await t.command(alice, "meeting", "list");
    await t.db.member.updateMany({ where: { displayName: "Alice" }, data: { role: "coordinator" } });
  });

  /** Adds and saves a meeting at `where`; the echo's Place field and the stored place. */
  async function added(where: string, locale = "en") {
    const echo = messageOf(
      (await t.command({ ...alice, locale }, "meeting", `add Steering group | 30 September 2pm-4pm | ${where}`)).only(),
    );
    await t.press(alice, echo.actions?.[0]?.id ?? "");
    const row = await t.db.meeting.findFirstOrThrow({ orderBy: { number: "desc" } });
    return [place(echo), row.place, row.onlineUrl];
  }

  it("“location tbc”, “i'w gadarnhau'n fuan”, “nog te bepalen” and the like mean no place yet, in every language", async () => {
    expect(await added("location tbc")).toEqual(["tbc", null, null]);
    expect(await added("To be confirmed")).toEqual(["tbc", null, null]);
    expect(await added("i'w gadarnhau'n fuan", "cy")).toEqual(["i'w gadarnhau", null, null]);
    expect(await added("Lleoliad i'w gadarnhau", "cy")).toEqual(["i'w gadarnhau", null, null]);
    expect(await added("nog te bepalen", "nl")).toEqual(["nog niet bekend", null, null]);
    expect(await added("n.t.b.", "nl")).toEqual(["nog niet bekend", null, null]);
    expect(await added("locatie nnb", "nl")).toEqual(["nog niet bekend", null, null]);
  });

  it("a place with an online link beside it; tbc beside a link is still no place", async () => {
    expect(await added("venue tbc + https://meet.example.org/steering")).toEqual([
      "tbc",
      null,
      "https://meet.example.org/steering",
    ]);
    expect(await added("Town hall")).toEqual(["Town hall", "Town hall", null]);
  });
});
