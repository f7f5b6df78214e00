import { describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/invocation.js";
import { plainText, type Message } from "../../src/core/message.js";
import { occurrencesOf } from "../../src/features/meetings/figures.js";
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

describe("meeting occurrences", () => {
  it("keeps a series at the same local time across the clock change and keys it by local date", () => {
    // Second Tuesday, 19:00 London: 19:00 GMT in winter, 18:00 UTC in summer.
    const meeting = {
      startsAt: new Date("2026-01-13T19:00:00Z"),
      timeZone: "Europe/London",
      rrule: "FREQ=MONTHLY;BYDAY=2TU",
    };
    expect(occurrencesOf(meeting, new Date("2026-03-01T00:00:00Z"), new Date("2026-05-01T00:00:00Z"))).toEqual([
      "2026-03-10",
      "2026-04-14",
    ]);
    // An occurrence is counted only once it started within the window.
    expect(occurrencesOf(meeting, new Date("2026-04-14T18:00:00Z"), new Date("2026-04-14T18:00:01Z"))).toEqual([
      "2026-04-14",
    ]);
    expect(occurrencesOf(meeting, new Date("2026-04-14T18:00:01Z"), new Date("2026-04-15T00:00:00Z"))).toEqual([]);
    expect(occurrencesOf({ ...meeting, rrule: null }, new Date("2026-01-01"), new Date("2026-02-01"))).toEqual([
      "once",
    ]);
    expect(occurrencesOf({ ...meeting, rrule: "NOT A RULE" }, new Date("2026-01-01"), new Date("2026-02-01"))).toEqual(
      [],
    );
  });
});

describe.each(databases)("reports on $provider", (database) => {
  const t = gatherPerTest(database, { now: "2026-04-10T12:00:00Z" });
  const coordinator: Actor = { ...alice, platformAdmin: true };
  const otherCoordinator: Actor = { ...mallory, platformAdmin: true };

  const report = (actor: Actor, text: string) => t.command(actor, "gather", `report ${text}`);

  it("is for coordinators only", async () => {
    expect(textOf((await report(bob, "2026-01-01 2026-03-31")).only())).toBe(
      "Only a network coordinator can do that. Ask your coordinator if you need it done.",
    );
  });

  it("answers bad dates with a friendly reply", async () => {
    const reply = async (text: string) => textOf((await report(coordinator, text)).only());
    // The shared date reader: an impossible date is refused, a word it does not know is named.
    expect(await reply("2026-02-30 2026-03-31")).toBe(
      "There is no such date or time: 2026-02-30. For example: 1/11/2026 - 30/11/2026 or 1 November 2026 to 30 November 2026.",
    );
    expect(await reply("whenever 2026-03-31")).toMatch(/^I couldn't read “whenever” as a date or time\./);
    expect(await reply("2026-03-31 2026-01-01")).toBe(
      "The first date is after the last one. Put the earlier date first.",
    );
    expect(await reply("2020-01-01 2026-03-31")).toBe(
      "A report can cover at most 3 years. Please choose a shorter range.",
    );
    expect(await reply("whenever")).toMatch(/^I couldn't read “whenever” as a date or time\./);
    // Three years less a day is fine.
    expect((await report(coordinator, "2023-04-01 2026-03-31")).only().kind).toBe("private");
  });

  it.each([
    ["1 November 2025 to 30 November 2025", "2025-11-01-to-2025-11-30"],
    ["1 Tachwedd 2025 i 30 Tachwedd 2025", "2025-11-01-to-2025-11-30"],
    ["1 november 2025 tot 30 november 2025", "2025-11-01-to-2025-11-30"],
    ["1/11/2025 - 30/11/2025", "2025-11-01-to-2025-11-30"],
    ["2026-01-01 to 2026-03-31", "2026-01-01-to-2026-03-31"],
    ["last month", "2026-03-01-to-2026-03-31"],
    ["y mis diwethaf", "2026-03-01-to-2026-03-31"],
    ["vorige maand", "2026-03-01-to-2026-03-31"],
    ["March 2026", "2026-03-01-to-2026-03-31"],
    ["2026-01-01", "2026-01-01-to-2026-01-01"],
  ])("reads the typed range “%s” with the shared date reader", async (text, range) => {
    const sent = (await report(coordinator, text)).only();
    if (sent.kind !== "private") throw new Error(`expected a private reply, got ${sent.kind}`);
    expect(sent.message.files?.[0]?.name).toBe(`gather-report-${range}.csv`);
  });

  it("opens a form with both dates when given none", async () => {
    const sent = (await t.command(coordinator, "gather", "report")).only();
    expect(sent.kind).toBe("form");
    if (sent.kind === "form") expect(sent.form.fields.map((f) => f.id)).toEqual(["from", "to"]);
  });

  /** One network's activity over the first quarter, and some outside it (before, after, or another network). */
  async function seedNetwork(actor: Actor, fill: boolean) {
    await t.command(actor, "gather", "help");
    const identity = await t.db.identity.findFirstOrThrow({
      where: { externalId: actor.userExternalId, space: { externalId: actor.spaceExternalId } },
      include: { member: true },
    });
    const networkId = identity.member.networkId;
    const me = identity.memberId;
    const member = (name: string, createdAt: string) =>
      t.db.member.create({ data: { networkId, displayName: name, createdAt: new Date(createdAt) } });
    const carol = await member("Carol", "2026-01-15T10:00:00Z");
    const dan = await member("Dan", "2025-12-31T23:59:00Z"); // before the range
    await member("Erin", "2026-04-01T00:30:00Z"); // 01:30 BST on 1 April: after
    await t.db.member.update({ where: { id: me }, data: { createdAt: new Date("2025-06-01T00:00:00Z") } });

    for (const [memberId, day] of [
      [carol.id, "2026-01-02"],
      [carol.id, "2026-02-02"],
      [dan.id, "2026-03-31"],
      [me, "2025-12-31"],
      [me, "2026-04-01"],
    ] as const)
      await t.db.memberActivity.create({ data: { networkId, memberId, day } });

    const update = await t.db.projectUpdate.create({
      data: {
        networkId,
        number: 1,
        authorId: carol.id,
        title: '=HYPERLINK("x")',
        projectKey: "x",
        summary: "s",
        createdAt: new Date("2026-02-01T10:00:00Z"),
      },
    });
    await t.db.projectUpdate.create({
      data: {
        networkId,
        number: 2,
        authorId: carol.id,
        title: "Late",
        projectKey: "late",
        summary: "s",
        createdAt: new Date("2026-04-02T10:00:00Z"),
      },
    });
    for (const at of ["2026-02-02T10:00:00Z", "2026-03-02T10:00:00Z", "2026-04-02T10:00:00Z"])
      await t.db.updateRevision.create({
        data: {
          updateId: update.id,
          editorId: carol.id,
          title: "t",
          summary: "s",
          links: "[]",
          tags: "[]",
          at: new Date(at),
        },
      });

    const ask = (number: number, createdAt: string, status = "open", resolvedAt?: string) =>
      t.db.helpRequest.create({
        data: {
          networkId,
          number,
          requesterId: carol.id,
          what: "Lift",
          status,
          createdAt: new Date(createdAt),
          ...(resolvedAt ? { resolvedAt: new Date(resolvedAt) } : {}),
        },
      });
    const a1 = await ask(1, "2026-01-10T10:00:00Z", "resolved", "2026-01-12T10:00:00Z");
    await ask(2, "2026-03-10T10:00:00Z", "resolved", "2026-04-02T10:00:00Z");
    await ask(3, "2025-12-10T10:00:00Z", "closed");
    await t.db.helpOffer.create({
      data: { requestId: a1.id, helperId: dan.id, createdAt: new Date("2026-01-11T10:00:00Z") },
    });
    await t.db.helpOffer.create({
      data: { requestId: a1.id, helperId: me, createdAt: new Date("2026-01-11T11:00:00Z") },
    });

    const shift = (number: number, startsAt: string, hours: number, capacity: number, status = "open") =>
      t.db.shift.create({
        data: {
          networkId,
          number,
          role: "Desk",
          startsAt: new Date(startsAt),
          endsAt: new Date(new Date(startsAt).getTime() + hours * HOUR),
          capacity,
          status,
        },
      });
    const s1 = await shift(1, "2026-01-20T09:00:00Z", 3, 2); // filled: 2 × 3 h
    const s2 = await shift(2, "2026-03-31T20:00:00Z", 2.5, 2); // ends 22:30 UTC = 23:30 BST on 31 March: in
    const s3 = await shift(3, "2026-03-31T22:00:00Z", 2, 1); // ends 00:00 BST on 1 April: out
    const s4 = await shift(4, "2026-02-01T09:00:00Z", 4, 1, "cancelled");
    const place = (shiftId: string, memberId: string, slot: number) =>
      t.db.shiftAssignment.create({ data: { shiftId, memberId, slot } });
    const p1 = await place(s1.id, carol.id, 1);
    await place(s1.id, dan.id, 2);
    await place(s2.id, carol.id, 1);
    await place(s3.id, carol.id, 1);
    await place(s4.id, carol.id, 1);
    await t.db.coverRequest.create({
      data: {
        shiftId: s1.id,
        assignmentId: p1.id,
        requesterId: dan.id,
        claimantId: carol.id,
        status: "covered",
        claimedAt: new Date("2026-01-18T10:00:00Z"),
        createdAt: new Date("2026-01-17T10:00:00Z"),
      },
    });
    await t.db.coverRequest.create({
      data: {
        shiftId: s2.id,
        assignmentId: p1.id,
        requesterId: carol.id,
        status: "expired",
        createdAt: new Date("2026-03-30T10:00:00Z"),
      },
    });

    // A monthly meeting (Jan–Mar: 3 in range), a one-off in range, and one cancelled before the range.
    const monthly = await t.db.meeting.create({
      data: {
        networkId,
        number: 1,
        title: "Monthly",
        startsAt: new Date("2025-11-11T19:00:00Z"),
        timeZone: "Europe/London",
        rrule: "FREQ=MONTHLY;BYDAY=2TU",
      },
    });
    const oneOff = await t.db.meeting.create({
      data: {
        networkId,
        number: 2,
        title: "AGM",
        startsAt: new Date("2026-03-20T18:00:00Z"),
        timeZone: "Europe/London",
      },
    });
    await t.db.meeting.create({
      data: {
        networkId,
        number: 3,
        title: "Old",
        startsAt: new Date("2025-10-01T18:00:00Z"),
        timeZone: "Europe/London",
        rrule: "FREQ=WEEKLY",
        status: "cancelled",
        cancelledAt: new Date("2025-12-01T00:00:00Z"),
      },
    });
    const rsvp = (meetingId: string, memberId: string, occurrence: string, answer: string) =>
      t.db.meetingRsvp.create({ data: { meetingId, memberId, occurrence, answer } });
    await rsvp(monthly.id, carol.id, "2026-02-10", "going");
    await rsvp(monthly.id, dan.id, "2026-02-10", "going");
    await rsvp(monthly.id, me, "2026-02-10", "maybe");
    await rsvp(monthly.id, carol.id, "2025-12-09", "going"); // before the range
    await rsvp(oneOff.id, carol.id, "once", "going");
    if (fill) {
      // Another network's rows must never be counted: give it a lot.
      for (let i = 0; i < 3; i++) await member(`Extra ${i}`, "2026-02-01T10:00:00Z");
    }
    return networkId;
  }

  it("gives the totals funders ask for, as a summary and a CSV file, for its own network only", async () => {
    await seedNetwork(coordinator, false);
    await seedNetwork(otherCoordinator, true);
    await t.db.network.updateMany({
      where: { name: "Arts & Wellbeing Network" },
      data: { name: "=cmd|' /C calc'!A0" },
    });
    const sent = messageOf((await report(coordinator, "2026-01-01 to 2026-03-31")).only());
    expect(sent.title).toBe("Report: 2026-01-01 to 2026-03-31");
    expect(plainText(sent.text)).toBe(
      "2 members were active and gave 8.5 hours on shifts. Totals only: no names. The CSV file has every figure.",
    );
    const figures = Object.fromEntries((sent.fields ?? []).map((f) => [f.label, plainText(f.value)]));
    expect(figures).toEqual({
      "Active members": "2",
      "New members": "1",
      "Project updates posted": "1",
      "Project updates edited": "2",
      "Asks for help": "2",
      "Offers of help": "2",
      "Asks resolved": "1",
      "Shifts held": "2",
      "Shifts fully staffed": "1",
      "Shift places filled": "3",
      "Cover requests": "2",
      "Shifts covered": "1",
      "Volunteer hours": "8.5",
      "Meetings held": "4",
      "Meeting attendance (going)": "3",
      // Polls are counted in test/features/polls.test.ts.
      "Polls started": "0",
      "Votes cast": "0",
      "Poll responses (one per person per poll)": "0",
    });
    const [csv] = sent.files ?? [];
    expect(csv).toMatchObject({ name: "gather-report-2026-01-01-to-2026-03-31.csv", contentType: "text/csv" });
    const lines = csv?.content.split("\r\n") ?? [];
    expect(lines.slice(0, 4)).toEqual([
      '"figure","label","value"',
      `"network","Network","'=cmd|' /C calc'!A0"`,
      '"from","From","2026-01-01"',
      '"to","To (inclusive)","2026-03-31"',
    ]);
    expect(lines).toContain('"volunteerHours","Volunteer hours","8.5"');
    expect(lines).toContain('"meetingAttendance","Meeting attendance (going)","3"');
    expect(csv?.content).not.toMatch(/Carol|Dan|Erin|HYPERLINK/);
  });

  it("counts only what has happened by now, in the network's language", async () => {
    await seedNetwork(coordinator, false);
    await t.db.member.updateMany({ where: { displayName: "Alice" }, data: { locale: "nl" } });
    t.clock.set("2026-03-15T12:00:00Z"); // before shift 2 and before the AGM
    const sent = messageOf((await report(coordinator, "2026-01-01 2026-03-31")).only());
    expect(sent.title).toBe("Rapport: 2026-01-01 tot en met 2026-03-31");
    const figures = Object.fromEntries((sent.fields ?? []).map((f) => [f.label, plainText(f.value)]));
    expect(figures["Uitgevoerde diensten"]).toBe("1");
    expect(figures["Vrijwilligersuren"]).toBe("6");
    expect(figures["Gehouden vergaderingen"]).toBe("3");
    expect(figures["Aanwezigheid bij vergaderingen (aangemeld)"]).toBe("2");
  });
});
