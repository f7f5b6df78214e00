import { describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/invocation.js";
import { plainText, type Message } from "../../src/core/message.js";
import { Prisma } from "../../src/db/index.js";
import { EXPORT_TABLES, type ExportTable, type MemberExport } from "../../src/features/admin/privacy-export.js";
import { voterKeyOf } from "../../src/features/polls/store.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice, bob, mallory, type TestGather } from "../support/gather.js";
import type { Sent } from "../support/responder.js";

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const NOW = "2026-03-23T10:00:00Z";

const messageOf = (sent: Sent | undefined): Message => {
  if (!sent || sent.kind === "form") throw new Error(`expected a message, got ${sent?.kind}`);
  return sent.message;
};

type Ids = Record<ExportTable, string[]>;
const emptyIds = (): Ids => Object.fromEntries(EXPORT_TABLES.map((t) => [t, []])) as unknown as Ids;

/** Every model's rows as one string, to search for what must be gone. */
async function everything(db: TestGather["db"]): Promise<string> {
  const parts: string[] = [];
  for (const model of Object.values(Prisma.ModelName)) {
    const delegate = (db as unknown as Record<string, { findMany(): Promise<unknown[]> }>)[
      model.charAt(0).toLowerCase() + model.slice(1)
    ];
    parts.push(`${model}: ${JSON.stringify(await delegate!.findMany())}`);
  }
  return parts.join("\n");
}

describe.each(databases)("my data and forget me on $provider", (database) => {
  const t = gatherPerTest(database, { now: NOW });
  const now = new Date(NOW);

  const memberOf = async (actor: Actor) => {
    await t.command(actor, "gather", "help");
    const identity = await t.db.identity.findFirstOrThrow({
      where: { externalId: actor.userExternalId, space: { externalId: actor.spaceExternalId } },
      include: { member: true, space: true },
    });
    return { id: identity.memberId, networkId: identity.member.networkId, spaceId: identity.spaceId };
  };

  /**
   * One row (or a few) in every table for `me`, with `other` (same network) as the counterpart.
   * Returns the ids that belong to `me`, and those that belong to `other`; rows they share are in both.
   * Every text `me` wrote holds `secret`.
   */
  async function seed(
    me: { id: string; networkId: string; spaceId: string },
    other: { id: string },
    secret: string,
    base: number,
  ): Promise<{ mine: Ids; theirs: Ids }> {
    const mine = emptyIds();
    const theirs = emptyIds();
    const both = (table: ExportTable, id: string) => {
      mine[table].push(id);
      theirs[table].push(id);
    };
    const db = t.db;
    const networkId = me.networkId;
    const past = new Date(now.getTime() - 10 * DAY);
    const future = new Date(now.getTime() + 10 * DAY);

    mine.Member.push(me.id);
    await db.identity.create({
      data: { memberId: me.id, spaceId: me.spaceId, externalId: `${secret}-second-account` },
    });
    mine.Identity.push(...(await db.identity.findMany({ where: { memberId: me.id } })).map((i) => i.id));

    const myUpdate = await db.projectUpdate.create({
      data: {
        networkId,
        number: base + 1,
        authorId: me.id,
        title: `${secret} garden project`,
        projectKey: `${secret} garden project`.toLowerCase(),
        summary: `${secret} summary of the work`,
        links: JSON.stringify([`https://example.org/${secret}`]),
        tags: JSON.stringify([`${secret}-tag`.toLowerCase()]),
        area: `${secret}ville`,
      },
    });
    mine.ProjectUpdate.push(myUpdate.id);
    const theirUpdate = await db.projectUpdate.create({
      data: { networkId, number: base + 2, authorId: other.id, title: "Choir", projectKey: "choir", summary: "Sings" },
    });
    theirs.ProjectUpdate.push(theirUpdate.id);
    const revision = (updateId: string, editorId: string, text: string) =>
      db.updateRevision.create({
        data: { updateId, editorId, title: text, summary: text, links: "[]", tags: "[]", area: null, at: past },
      });
    mine.UpdateRevision.push((await revision(myUpdate.id, me.id, `${secret} old title`)).id);
    both("UpdateRevision", (await revision(myUpdate.id, other.id, `${secret} older title`)).id);
    both("UpdateRevision", (await revision(theirUpdate.id, me.id, "Choir, old")).id);
    theirs.UpdateRevision.push((await revision(theirUpdate.id, other.id, "Choir, older")).id);

    const myAsk = await db.helpRequest.create({
      data: {
        networkId,
        number: base + 1,
        requesterId: me.id,
        what: `${secret} needs a lift`,
        details: `${secret} details of the lift`,
        whatHelped: `${secret} what helped`,
        tags: JSON.stringify(["transport"]),
        status: "open",
      },
    });
    mine.HelpRequest.push(myAsk.id);
    const theirAsk = await db.helpRequest.create({
      data: { networkId, number: base + 2, requesterId: other.id, what: "Borrow a ladder", details: "By Friday" },
    });
    theirs.HelpRequest.push(theirAsk.id);
    mine.HelpOffer.push((await db.helpOffer.create({ data: { requestId: theirAsk.id, helperId: me.id } })).id);
    theirs.HelpOffer.push((await db.helpOffer.create({ data: { requestId: myAsk.id, helperId: other.id } })).id);
    mine.StandingOffer.push(
      (
        await db.standingOffer.create({
          data: { networkId, memberId: me.id, tags: '["gardening"]', availability: `${secret} weekends` },
        })
      ).id,
    );
    mine.HelpPing.push(
      (
        await db.helpPing.create({
          data: { memberId: me.id, requestId: theirAsk.id, day: "2026-03-20", slot: 1, at: past },
        })
      ).id,
    );

    const entry = (actorId: string | null, subjectType: string, subjectId: string) =>
      db.auditEntry.create({ data: { networkId, actorId, action: "test.action", subjectType, subjectId, at: past } });
    mine.AuditEntry.push((await entry(me.id, "update", myUpdate.id)).id);
    both("AuditEntry", (await entry(other.id, "member", me.id)).id);
    theirs.AuditEntry.push((await entry(other.id, "member", other.id)).id);
    await entry(null, "ask", myAsk.id); // the bot's: nobody's

    mine.MemberActivity.push(
      (await db.memberActivity.create({ data: { networkId, memberId: me.id, day: "2026-03-01" } })).id,
    );
    mine.RateWindow.push(
      (
        await db.rateWindow.create({
          data: { memberId: me.id, bucket: "ping", windowStart: new Date(now.getTime() - HOUR), count: 2 },
        })
      ).id,
    );
    mine.LinkCode.push(
      (
        await db.linkCode.create({
          data: { networkId, codeHash: `hash-${secret}`, kind: "identity", memberId: me.id, expiresAt: future },
        })
      ).id,
    );

    const myMeeting = await db.meeting.create({
      data: {
        networkId,
        number: base + 1,
        title: "Network meeting",
        startsAt: future,
        timeZone: "Europe/London",
        hostId: me.id,
        hostName: `${secret} Host`,
        createdById: me.id,
      },
    });
    mine.Meeting.push(myMeeting.id);
    const theirMeeting = await db.meeting.create({
      data: {
        networkId,
        number: base + 2,
        title: "Open day",
        startsAt: past,
        timeZone: "Europe/London",
        createdById: other.id,
      },
    });
    theirs.Meeting.push(theirMeeting.id);
    mine.MeetingRsvp.push(
      (
        await db.meetingRsvp.create({
          data: { meetingId: theirMeeting.id, memberId: me.id, occurrence: "once", answer: "going" },
        })
      ).id,
    );
    mine.MeetingRsvp.push(
      (
        await db.meetingRsvp.create({
          data: { meetingId: myMeeting.id, memberId: me.id, occurrence: "once", answer: "going" },
        })
      ).id,
    );
    theirs.MeetingRsvp.push(
      (
        await db.meetingRsvp.create({
          data: { meetingId: myMeeting.id, memberId: other.id, occurrence: "once", answer: "maybe" },
        })
      ).id,
    );

    const shift = (number: number, createdById: string, startsAt: Date) =>
      db.shift.create({
        data: {
          networkId,
          number,
          role: "Front desk",
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3 * HOUR),
          capacity: 2,
          createdById,
        },
      });
    const myShift = await shift(base + 1, me.id, future);
    mine.Shift.push(myShift.id);
    const pastShift = await shift(base + 2, other.id, past);
    const futureShift = await shift(base + 3, other.id, future);
    theirs.Shift.push(pastShift.id, futureShift.id);
    const pastPlace = await db.shiftAssignment.create({ data: { shiftId: pastShift.id, memberId: me.id, slot: 1 } });
    const futurePlace = await db.shiftAssignment.create({
      data: { shiftId: futureShift.id, memberId: me.id, slot: 1 },
    });
    const theirPlace = await db.shiftAssignment.create({ data: { shiftId: myShift.id, memberId: other.id, slot: 1 } });
    mine.ShiftAssignment.push(pastPlace.id, futurePlace.id);
    theirs.ShiftAssignment.push(theirPlace.id);
    both(
      "CoverRequest",
      (
        await db.coverRequest.create({
          data: {
            shiftId: futureShift.id,
            assignmentId: futurePlace.id,
            requesterId: me.id,
            reason: `${secret} has a hospital appointment`,
            status: "pending_approval",
            claimantId: other.id,
            claimedAt: past,
          },
        })
      ).id,
    );
    both(
      "ShiftSwap",
      (
        await db.shiftSwap.create({
          data: {
            networkId,
            fromAssignmentId: futurePlace.id,
            toAssignmentId: theirPlace.id,
            proposerId: me.id,
            otherId: other.id,
          },
        })
      ).id,
    );
    mine.MemberCheck.push(
      (
        await db.memberCheck.create({
          data: { networkId, memberId: me.id, kind: "dbs_enhanced", expiresAt: future, verifiedById: other.id },
        })
      ).id,
    );

    const job = (payload: Record<string, unknown>, key: string, status = "pending") =>
      db.job.create({
        data: { kind: "test.job", payload: JSON.stringify(payload), dueAt: future, dedupeKey: key, networkId, status },
      });
    // Polls (sections added after the published ones): her poll, her named vote and her anonymous one.
    const poll = (number: number, authorId: string, question: string, anonymous = false) =>
      db.poll.create({
        data: { networkId, number, authorId, question, options: '["Tea","Coffee"]', salt: `salt-${number}`, anonymous },
      });
    const myPoll = await poll(base + 1, me.id, `${secret} question`);
    await db.pollVote.create({
      data: { pollId: myPoll.id, memberId: other.id, voterKey: other.id, slot: 0, choice: 0 },
    });
    const theirPoll = await poll(base + 2, other.id, `Poll ${base + 2}`);
    await db.pollVote.create({ data: { pollId: theirPoll.id, memberId: me.id, voterKey: me.id, slot: 0, choice: 1 } });
    const secretPoll = await poll(base + 3, other.id, `Poll ${base + 3}`, true);
    const hashed = voterKeyOf({ anonymous: true, salt: `salt-${base + 3}` }, me.id);
    await db.pollVote.create({ data: { pollId: secretPoll.id, voterKey: hashed, slot: 0, choice: 0 } });

    mine.Job.push((await job({ memberId: me.id }, `${base}-${me.id}-1`)).id);
    mine.Job.push((await job({ updateId: myUpdate.id }, `${base}-${me.id}-2`)).id);
    mine.Job.push((await job({ memberId: me.id }, `${base}-${me.id}-3`, "done")).id);
    theirs.Job.push((await job({ memberId: other.id }, `${base}-${me.id}-4`)).id);
    return { mine, theirs };
  }

  const exportOf = async (actor: Actor) => {
    const sent = messageOf((await t.command(actor, "gather", "my-data")).only());
    const file = sent.files?.[0];
    if (!file) throw new Error("no file");
    return { sent, file, data: JSON.parse(file.content) as MemberExport };
  };

  /** Alice, Bob (her network) and Mallory with Max (another network), each with a row in every table. */
  async function world() {
    const a = await memberOf(alice);
    const b = await memberOf(bob);
    const m = await memberOf(mallory);
    const max = await memberOf({ ...mallory, userExternalId: "U-max", displayName: "Max" });
    const seededA = await seed(a, b, "ALICESECRET", 0);
    const seededB = await seed(b, a, "BOBSECRET", 10);
    const seededM = await seed(m, max, "MALLORYSECRET", 0);
    return { a, b, m, seededA, seededB, seededM };
  }

  it("exports exactly the member's rows from every table, with local times, and nobody else's data", async () => {
    const { a, b, seededA, seededB } = await world();
    const { sent, file, data } = await exportOf(alice);
    expect(file).toMatchObject({ name: "gather-my-data-2026-03-23.json", contentType: "application/json" });
    expect(sent.title).toBe("Your data");
    expect(plainText(sent.text)).toMatch(/^Here is everything Gather keeps about you in this network: \d+ records/);
    expect(Object.keys(data.tables)).toEqual([...EXPORT_TABLES, "Poll", "PollVote"]);
    const polls = data.tables as unknown as Record<"Poll" | "PollVote", Record<string, unknown>[]>;
    expect(polls.Poll.map((p) => [p.number, p.question])).toEqual([
      [1, "ALICESECRET question"],
      [12, "Poll 12"],
      [13, "Poll 13"],
    ]);
    // Her named vote only: an anonymous one holds no member id to find it by.
    expect(polls.PollVote.map((v) => [v.poll, v.option])).toEqual([
      [{ number: 2, question: "Poll 2" }, "Coffee"],
      // A poll she voted on: its number and question, like an ask she offered help on.
      [{ number: 11, question: "BOBSECRET question" }, "Tea"],
    ]);

    // The dispatcher itself counts commands and active days: those rows are hers too.
    const recorded = {
      RateWindow: (await t.db.rateWindow.findMany({ where: { memberId: a.id } })).map((r) => r.id),
      MemberActivity: (await t.db.memberActivity.findMany({ where: { memberId: a.id } })).map((r) => r.id),
    };
    for (const table of EXPORT_TABLES) {
      const exported = data.tables[table].map((row) => (row as { id: string }).id).sort();
      const expected = [
        ...new Set([...seededA.mine[table], ...seededB.theirs[table], ...((recorded as Partial<Ids>)[table] ?? [])]),
      ].sort();
      expect(exported, table).toEqual(expected);
    }

    const text = file.content;
    expect(text).toContain("ALICESECRET summary of the work");
    expect(text).toContain("ALICESECRET has a hospital appointment");
    // An ask she offered help on: its number and title, not who asked or the details.
    expect(data.tables.HelpOffer).toEqual([
      expect.objectContaining({ ask: { number: 2, title: "Borrow a ladder", status: "open" } }),
      expect.objectContaining({ ask: { number: 11, title: "BOBSECRET needs a lift", status: "open" } }),
    ]);
    const rest = JSON.stringify({ ...data.tables, HelpOffer: [], PollVote: [] });
    for (const foreign of ["BOBSECRET", "MALLORYSECRET", b.id, "U-bob", "Bob"]) expect(rest).not.toContain(foreign);
    expect(text).not.toContain("BOBSECRET details");
    expect(data.tables.Member[0]).toMatchObject({ id: a.id, displayName: "Alice", role: "member" });
    expect(data.tables.Member[0]).toHaveProperty("createdAtLocal");
    expect(data.tables.MeetingRsvp.find((r) => (r as { answer: string }).answer === "going")).toBeDefined();
    expect(data.tables.ShiftAssignment[0]).toMatchObject({
      shift: { startsAt: "2026-03-13T10:00:00.000Z", startsAtLocal: "2026-03-13T10:00:00+00:00" },
    });
    expect(data.tables.CoverRequest[0]).toMatchObject({ yourPart: "requester" });
    expect(JSON.stringify(data.tables.LinkCode)).not.toContain("hash-");
    expect(await t.db.auditEntry.count({ where: { action: "privacy.exported", actorId: a.id } })).toBe(1);

    // Bob's export holds the cover request as the claimant, without Alice's reason.
    const bobs = (await exportOf(bob)).data;
    expect(bobs.tables.CoverRequest).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ yourPart: "claimant", reason: null }),
        expect.objectContaining({ yourPart: "requester", reason: "BOBSECRET has a hospital appointment" }),
      ]),
    );
    expect(JSON.stringify(bobs)).not.toContain("ALICESECRET has a hospital");
  });

  it("keeps another network's rows out of the export", async () => {
    const { m, seededM } = await world();
    const { data } = await exportOf(mallory);
    expect(JSON.stringify(data)).not.toMatch(/ALICESECRET|BOBSECRET|Arts & Wellbeing/);
    const recorded: Partial<Ids> = {
      RateWindow: (await t.db.rateWindow.findMany({ where: { memberId: m.id } })).map((r) => r.id),
      MemberActivity: (await t.db.memberActivity.findMany({ where: { memberId: m.id } })).map((r) => r.id),
    };
    for (const table of EXPORT_TABLES) {
      const exported = data.tables[table].map((row) => (row as { id: string }).id).sort();
      expect(exported, table).toEqual([...new Set([...seededM.mine[table], ...(recorded[table] ?? [])])].sort());
    }
    expect(data.network).toEqual({ id: m.networkId, name: "Another Network" });
  });

  it("asks before forgetting; “Keep my data” changes nothing", async () => {
    await world();
    const question = messageOf((await t.command(alice, "gather", "forget-me")).only());
    expect(question.title).toBe("Forget me?");
    expect(plainText(question.text)).toContain("/gather my-data");
    expect(question.actions?.map((a) => a.label)).toEqual(["Yes, forget me", "Keep my data"]);
    const before = await everything(t.db);
    const kept = (await t.press(alice, question.actions?.[1]?.id ?? "")).only();
    expect(kept).toEqual({ kind: "update", message: { text: "Nothing has changed: your data is kept." } });
    // Someone else pressing her button: refused.
    const other = (await t.press(bob, question.actions?.[0]?.id ?? "")).only();
    expect(plainText(messageOf(other).text)).toBe("That button was for someone else, or it has already been used.");
    const after = await everything(t.db);
    expect(after.replace(/"(updatedAt|count|windowStart|id)":[^,}]*/g, "")).toContain("ALICESECRET");
    expect(after.match(/ALICESECRET/g)?.length).toBe(before.match(/ALICESECRET/g)?.length);
  });

  it("forgets: no name or text of hers is left in any table, totals stay, and she starts afresh", async () => {
    const { a, b } = await world();
    await t.db.member.update({ where: { id: b.id }, data: { role: "coordinator" } });
    const countsBefore = {
      updates: await t.db.projectUpdate.count(),
      asks: await t.db.helpRequest.count(),
      offers: await t.db.helpOffer.count(),
      activity: await t.db.memberActivity.count({ where: { memberId: a.id } }),
    };
    const question = messageOf((await t.command(alice, "gather", "forget-me")).only());
    const done = (await t.press(alice, question.actions?.[0]?.id ?? "")).only();
    expect(done.kind).toBe("update");
    expect(plainText(messageOf(done).text)).toMatch(/^Done: Gather has forgotten you/);

    const all = await everything(t.db);
    for (const gone of ["ALICESECRET", "alicesecret", "U-alice", '"Alice"']) expect(all, gone).not.toContain(gone);
    expect(all).toContain("BOBSECRET summary of the work"); // Bob's words stay
    expect(all).toContain("MALLORYSECRET summary of the work"); // and the other network is untouched

    const member = await t.db.member.findUniqueOrThrow({ where: { id: a.id } });
    expect(member).toMatchObject({ displayName: "Former member", role: "member", locale: null });
    expect(member.forgottenAt?.toISOString()).toBe(NOW.replace("Z", ".000Z"));
    expect(await t.db.identity.count({ where: { memberId: a.id } })).toBe(0);
    for (const table of ["standingOffer", "memberCheck", "linkCode", "rateWindow", "helpPing"] as const) {
      const delegate = t.db[table] as unknown as { count(args: unknown): Promise<number> };
      expect(await delegate.count({ where: { memberId: a.id } }), table).toBe(0);
    }
    // Totals stay: rows remain, anonymous.
    expect(await t.db.projectUpdate.count()).toBe(countsBefore.updates);
    expect(await t.db.helpRequest.count()).toBe(countsBefore.asks);
    expect(await t.db.helpOffer.count()).toBe(countsBefore.offers);
    expect(await t.db.memberActivity.count({ where: { memberId: a.id } })).toBeGreaterThanOrEqual(
      countsBefore.activity,
    );
    expect(await t.db.projectUpdate.findFirst({ where: { authorId: a.id } })).toMatchObject({
      title: "[removed]",
      summary: "",
      status: "archived",
    });
    expect(await t.db.helpRequest.findFirst({ where: { requesterId: a.id } })).toMatchObject({ status: "closed" });
    // The past shift place stays for volunteer hours; the coming one is given up, its cover and swap withdrawn.
    const places = await t.db.shiftAssignment.findMany({ where: { memberId: a.id }, include: { shift: true } });
    expect(places.map((p) => p.shift.number)).toEqual([2]);
    expect(await t.db.coverRequest.findFirst({ where: { requesterId: a.id } })).toMatchObject({
      status: "withdrawn",
      reason: null,
    });
    expect(await t.db.shiftSwap.findFirst({ where: { proposerId: a.id } })).toMatchObject({ status: "withdrawn" });
    expect((await t.db.meetingRsvp.findMany({ where: { memberId: a.id } })).map((r) => r.answer)).toEqual(["going"]);
    expect(await t.db.meeting.count({ where: { OR: [{ hostId: a.id }, { createdById: a.id }] } })).toBe(0);
    // Pending jobs about her are cancelled; Bob's stays.
    expect(await t.db.job.count({ where: { kind: "test.job", status: "pending", networkId: a.networkId } })).toBe(3);
    expect(await t.db.job.count({ where: { kind: "test.job", payload: { contains: a.id } } })).toBe(0);

    const entry = await t.db.auditEntry.findFirstOrThrow({ where: { action: "privacy.forgotten" } });
    expect(entry).toMatchObject({ subjectType: "member", subjectId: a.id });
    expect(JSON.parse(entry.details)).toEqual({
      updates: 2,
      asks: 2,
      placesGivenUp: 2,
      polls: 3,
      votes: 3,
      jobsCancelled: 3,
    });
    // Her votes still count, with no name and no key that leads back to her.
    expect(await t.db.pollVote.count()).toBe(9);
    expect(await t.db.pollVote.count({ where: { OR: [{ memberId: a.id }, { voterKey: a.id }] } })).toBe(0);
    expect(await t.db.poll.findFirstOrThrow({ where: { authorId: a.id } })).toMatchObject({ question: "[removed]" });
    // Bob, a coordinator, hears which shift has a place free (without her name).
    const told = t.sent.slack.dms("U-bob").map((m) => plainText(m.text));
    expect(told).toEqual([
      "A member asked Gather to forget them: places are free again on shifts #3 and #11. You may want to find someone.",
    ]);

    // Using Gather again: a new member, nothing of the old one.
    await t.command(alice, "gather", "help");
    const fresh = await t.db.identity.findFirstOrThrow({ where: { externalId: "U-alice" } });
    expect(fresh.memberId).not.toBe(a.id);
    const again = (await exportOf(alice)).data;
    expect(again.tables.ProjectUpdate).toEqual([]);
    expect(again.tables.Member[0]).toMatchObject({ displayName: "Alice", forgottenAt: null });
  });
});
