/**
 * `npm run db:copy`: every model's rows, ids and values arrive in the target unchanged (SQLite →
 * PostgreSQL, and back into a fresh SQLite file, whose search index is rebuilt); a target holding
 * any row is refused; an older source is refused with what to do.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it, onTestFinished } from "vitest";
import { copyDatabase, CopyRefused, MODELS } from "../../scripts/db/copy.js";
import { openDatabase, type Database, type Db } from "../../src/db/index.js";
import { indexUpdate, searchUpdates } from "../../src/features/updates/search.js";
import { databaseFor } from "../support/db.js";

const run = promisify(execFile);
const PER_MODEL = 12;
const BATCH = 5; // several batches per model

const sqlite = databaseFor("sqlite");
const postgres = databaseFor("postgresql");
/** SQLite → PostgreSQL needs both; without a PostgreSQL server (outside CI) there is nothing to run. */
const both = sqlite && postgres ? [{ sqlite, postgres }] : [];

/** PER_MODEL rows in every model, each field set (nulls, unicode, booleans, ms-precise dates). */
async function seed(db: Db): Promise<void> {
  const at = (i: number) => new Date(Date.UTC(2026, 2, 1, 9, 30, 15, 123) + i * 3_600_123);
  const range = Array.from({ length: PER_MODEL }, (_, i) => i);
  const id = (model: string, i: number) => `${model.toLowerCase()}-${String(i).padStart(3, "0")}`;
  await db.network.createMany({
    data: range.map((i) => ({
      id: id("net", i),
      name: `Rhwydwaith ${i} — Café “Ŵ”`,
      timeZone: i % 2 ? "Europe/London" : "Europe/Amsterdam",
      locale: ["en", "cy", "nl"][i % 3]!,
      secondLocale: i % 2 ? "cy" : null,
      coverApproval: i % 2 === 0,
      calendarToken: i % 3 ? `tok-${i}` : null,
      lastUpdateNumber: i,
      createdAt: at(i),
    })),
  });
  const net = (i: number) => id("net", i % 3);
  await db.space.createMany({
    data: range.map((i) => ({
      id: id("space", i),
      networkId: net(i),
      platform: i % 2 ? "slack" : "discord",
      externalId: `T${i}`,
      name: `Space ${i}`,
      digestChannelId: i % 2 ? `C${i}` : null,
      createdAt: at(i),
    })),
  });
  await db.member.createMany({
    data: range.map((i) => ({
      id: id("member", i),
      networkId: net(i),
      displayName: `Siân ${i}`,
      role: i === 0 ? "admin" : "member",
      forgottenAt: i === 5 ? at(i) : null,
      createdAt: at(i),
    })),
  });
  await db.identity.createMany({
    data: range.map((i) => ({
      id: id("ident", i),
      memberId: id("member", i),
      spaceId: id("space", i),
      externalId: `U${i}`,
    })),
  });
  await db.projectUpdate.createMany({
    data: range.map((i) => ({
      id: id("upd", i),
      networkId: net(i),
      number: i + 1,
      authorId: id("member", i),
      title: `Community garden ${i}`,
      projectKey: `community garden ${i}`,
      summary: `We grow food in Llanelli; volunteers needed ${i}. Croeso i bawb!`,
      links: JSON.stringify([`https://example.org/${i}`]),
      tags: JSON.stringify(["garden", "food"]),
      area: i % 2 ? "Llanelli" : null,
      status: i % 4 ? "active" : "archived",
      confirmedAt: at(i),
      archivedAt: i % 4 ? null : at(i + 1),
      createdAt: at(i),
      updatedAt: at(i + 2),
    })),
  });
  await db.updateRevision.createMany({
    data: range.map((i) => ({
      id: id("rev", i),
      updateId: id("upd", i),
      editorId: i % 2 ? id("member", i) : null,
      title: `Old title ${i}`,
      summary: "Before",
      links: "[]",
      tags: "[]",
      at: at(i),
    })),
  });
  await db.auditEntry.createMany({
    data: range.map((i) => ({
      id: id("audit", i),
      networkId: net(i),
      actorId: i % 2 ? id("member", i) : null,
      action: "update.edit",
      subjectType: "ProjectUpdate",
      subjectId: id("upd", i),
      details: JSON.stringify({ field: "title" }),
      at: at(i),
    })),
  });
  await db.job.createMany({
    data: range.map((i) => ({
      id: id("job", i),
      kind: "update.freshness",
      payload: JSON.stringify({ updateId: id("upd", i) }),
      dueAt: at(i),
      status: ["pending", "running", "done"][i % 3]!,
      dedupeKey: `update.freshness:${i}`,
      attempts: i % 3,
      leaseOwner: i % 3 === 1 ? "host:1" : null,
      leaseExpiresAt: i % 3 === 1 ? at(i + 1) : null,
      lastError: i % 5 === 0 ? "timeout" : null,
      networkId: net(i),
      createdAt: at(i),
      updatedAt: at(i),
      finishedAt: i % 3 === 2 ? at(i) : null,
    })),
  });
  await db.helpRequest.createMany({
    data: range.map((i) => ({
      id: id("ask", i),
      networkId: net(i),
      number: i + 1,
      requesterId: id("member", i),
      what: `A van for Saturday ${i}`,
      details: i % 2 ? "Two hours" : null,
      urgency: i % 2 ? "urgent" : "normal",
      deadline: i % 2 ? at(i + 5) : null,
      createdAt: at(i),
      updatedAt: at(i),
    })),
  });
  await db.helpOffer.createMany({
    data: range.map((i) => ({
      id: id("offer", i),
      requestId: id("ask", i),
      helperId: id("member", (i + 1) % PER_MODEL),
      chosen: i % 2 === 0,
      createdAt: at(i),
    })),
  });
  await db.standingOffer.createMany({
    data: range.map((i) => ({
      id: id("standing", i),
      networkId: net(i),
      memberId: id("member", i),
      availability: i % 2 ? "weekends" : null,
      createdAt: at(i),
      updatedAt: at(i),
    })),
  });
  await db.helpPing.createMany({
    data: range.map((i) => ({
      id: id("ping", i),
      memberId: id("member", i),
      requestId: id("ask", i),
      day: "2026-03-01",
      slot: i % 3,
      at: at(i),
    })),
  });
  await db.linkCode.createMany({
    data: range.map((i) => ({
      id: id("link", i),
      networkId: net(i),
      codeHash: `hash-${i}`,
      kind: "link",
      memberId: id("member", i),
      expiresAt: at(i + 1),
      usedAt: i % 2 ? at(i) : null,
      createdAt: at(i),
    })),
  });
  await db.memberActivity.createMany({
    data: range.map((i) => ({
      id: id("activity", i),
      networkId: net(i),
      memberId: id("member", i),
      day: `2026-03-${String((i % 28) + 1).padStart(2, "0")}`,
    })),
  });
  await db.rateWindow.createMany({
    data: range.map((i) => ({
      id: id("rate", i),
      memberId: id("member", i),
      bucket: "commands",
      windowStart: at(i),
      count: i,
    })),
  });
  await db.meeting.createMany({
    data: range.map((i) => ({
      id: id("meeting", i),
      networkId: net(i),
      number: i + 1,
      title: `Steering group ${i}`,
      startsAt: at(i + 24),
      timeZone: "Europe/London",
      rrule: i % 2 ? "FREQ=WEEKLY;BYDAY=TU" : null,
      hostName: "Huw",
      onlineUrl: i % 2 ? "https://meet.example.org/x" : null,
      sequence: i,
      createdAt: at(i),
      updatedAt: at(i),
      cancelledAt: i === 3 ? at(i) : null,
    })),
  });
  await db.meetingRsvp.createMany({
    data: range.map((i) => ({
      id: id("rsvp", i),
      meetingId: id("meeting", i),
      memberId: id("member", i),
      occurrence: at(i + 24).toISOString(),
      answer: i % 2 ? "yes" : "no",
      at: at(i),
    })),
  });
  await db.shift.createMany({
    data: range.map((i) => ({
      id: id("shift", i),
      networkId: net(i),
      number: i + 1,
      role: "Driver",
      startsAt: at(i + 48),
      endsAt: at(i + 50),
      capacity: (i % 3) + 1,
      requiredChecks: JSON.stringify(i % 2 ? ["dbs"] : []),
      notes: i % 2 ? "Bring a hi-vis" : null,
      createdAt: at(i),
      updatedAt: at(i),
    })),
  });
  await db.shiftAssignment.createMany({
    data: range.map((i) => ({
      id: id("assign", i),
      shiftId: id("shift", i),
      memberId: id("member", i),
      slot: 1,
      confirmedAt: i % 2 ? at(i) : null,
      createdAt: at(i),
      updatedAt: at(i),
    })),
  });
  await db.coverRequest.createMany({
    data: range.map((i) => ({
      id: id("cover", i),
      shiftId: id("shift", i),
      assignmentId: id("assign", i),
      requesterId: id("member", i),
      reason: i % 2 ? "Ill" : null,
      createdAt: at(i),
      updatedAt: at(i),
    })),
  });
  await db.shiftSwap.createMany({
    data: range.map((i) => ({
      id: id("swap", i),
      networkId: net(i),
      fromAssignmentId: id("assign", i),
      toAssignmentId: id("assign", (i + 1) % PER_MODEL),
      proposerId: id("member", i),
      otherId: id("member", (i + 1) % PER_MODEL),
      createdAt: at(i),
      decidedAt: i % 2 ? at(i + 1) : null,
    })),
  });
  await db.memberCheck.createMany({
    data: range.map((i) => ({
      id: id("check", i),
      networkId: net(i),
      memberId: id("member", i),
      kind: "dbs",
      expiresAt: i % 2 ? at(i + 1000) : null,
      createdAt: at(i),
      updatedAt: at(i),
    })),
  });
  await db.postedCard.createMany({
    data: range.map((i) => ({
      id: id("card", i),
      networkId: net(i),
      subjectType: i % 2 ? "cover" : "ask",
      subjectId: i % 2 ? id("cover", i) : id("ask", i),
      spaceId: id("space", i),
      channelId: "C1",
      messageId: `1700000000.${String(i).padStart(6, "0")}`,
      createdAt: at(i),
    })),
  });
  await db.seenRequest.createMany({
    data: range.map((i) => ({ id: `slack:v0=${String(i).padStart(64, "0")}`, expiresAt: at(i) })),
  });
  await db.meetingEvent.createMany({
    data: range.map((i) => ({
      id: id("mevent", i),
      meetingId: id("meeting", i),
      spaceId: id("space", i),
      externalId: `13000000000000000${i}`,
      occurrence: i % 2 ? "2026-09-30" : "once",
      createdAt: at(i),
      updatedAt: at(i + 1),
    })),
  });
  await db.jobDelivery.createMany({
    data: range.map((i) => ({
      id: id("jdel", i),
      jobId: id("job", i),
      runAt: at(i),
      recipient: `member:${id("member", i)}#1`,
      status: i % 2 ? "sent" : "sending",
      result: i % 2 ? JSON.stringify({ via: "dm", ref: { channelId: "D1", messageId: "1.2" } }) : null,
      createdAt: at(i),
      updatedAt: at(i + 1),
    })),
  });
  await db.poll.createMany({
    data: range.map((i) => ({
      id: id("poll", i),
      networkId: net(i),
      number: Math.floor(i / 3) + 1,
      authorId: id("member", i),
      question: `Ble? Waar? ${i} “Ŵ”`,
      options: JSON.stringify(["Llyfrgell", "Café"]),
      multiple: i % 2 === 0,
      anonymous: i % 3 === 0,
      salt: `salt-${i}`,
      closesAt: i % 2 ? at(i + 48) : null,
      closedAt: i % 4 === 0 ? at(i + 1) : null,
      spaceId: i % 2 ? id("space", i) : null,
      channelId: i % 2 ? `C${i}` : null,
      createdAt: at(i),
    })),
  });
  await db.pollVote.createMany({
    data: range.map((i) => ({
      id: id("pvote", i),
      pollId: id("poll", i),
      memberId: i % 3 === 0 ? null : id("member", i),
      voterKey: i % 3 === 0 ? `hash-${i}` : id("member", i),
      slot: i % 2,
      choice: i % 2,
      createdAt: at(i),
    })),
  });
}

type Delegate = { findMany(args: object): Promise<Record<string, unknown>[]>; count(): Promise<number> };
const delegate = (db: Db, model: string): Delegate =>
  (db as unknown as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)]!;

/** Every model's rows, by id, as plain values. */
async function everything(db: Db): Promise<Record<string, Record<string, unknown>[]>> {
  const all: Record<string, Record<string, unknown>[]> = {};
  for (const model of MODELS) all[model] = await delegate(db, model).findMany({ orderBy: { id: "asc" } });
  return all;
}

describe.each(both)("npm run db:copy", ({ sqlite, postgres }) => {
  it("copies every model SQLite → PostgreSQL → SQLite, in batches, ids and values unchanged", async () => {
    const sourceUrl = await sqlite.createEmpty();
    const source = await opened(sourceUrl);
    await seed(source.prisma);
    // Seeded in bulk, so index the updates as the app would have, one by one.
    for (const update of await source.prisma.projectUpdate.findMany())
      await source.prisma.$transaction((tx) => indexUpdate(tx, "sqlite", update));
    const before = await everything(source.prisma);
    for (const model of MODELS) expect(before[model], model).toHaveLength(PER_MODEL);

    const pgUrl = await postgres.createEmpty();
    const report = await copyDatabase({ from: sourceUrl, to: pgUrl, batchSize: BATCH });
    expect(report.map((r) => r.model).sort()).toEqual([...MODELS].sort());
    expect(report.every((r) => r.rows === PER_MODEL)).toBe(true);
    // Parents before children.
    const position = (m: string) => report.findIndex((r) => r.model === m);
    expect(position("Network")).toBeLessThan(position("Member"));
    expect(position("Member")).toBeLessThan(position("Identity"));
    expect(position("Space")).toBeLessThan(position("Identity"));
    expect(position("ProjectUpdate")).toBeLessThan(position("UpdateRevision"));
    expect(position("Shift")).toBeLessThan(position("ShiftAssignment"));

    const pg = await opened(pgUrl, false);
    const copied = await everything(pg.prisma);
    for (const model of MODELS) {
      expect(await delegate(pg.prisma, model).count(), model).toBe(PER_MODEL);
      expect(copied[model], model).toEqual(before[model]);
    }
    const query = { networkId: "net-001", words: "llanelli garden", limit: 10, offset: 0 };
    expect((await searchUpdates(pg.prisma, "postgresql", query)).total).toBeGreaterThan(0);

    // And back into a new SQLite file: same rows, and the FTS index rebuilt so search works.
    const backUrl = await sqlite.createEmpty();
    await copyDatabase({ from: pgUrl, to: backUrl, batchSize: BATCH });
    const back = await opened(backUrl, false);
    expect(await everything(back.prisma)).toEqual(before);
    const found = await searchUpdates(back.prisma, "sqlite", query);
    expect(found.total).toBeGreaterThan(0);
    expect(found).toEqual(await searchUpdates(source.prisma, "sqlite", query));
  }, 120_000);

  it("refuses a target that holds any row, and writes nothing (also through the npm script)", async () => {
    const sourceUrl = await sqlite.createEmpty();
    await seed((await opened(sourceUrl)).prisma);
    const targetUrl = await postgres.createEmpty();
    const target = await opened(targetUrl);
    await target.prisma.network.create({ data: { id: "already-here", name: "Existing", timeZone: "Europe/London" } });

    await expect(copyDatabase({ from: sourceUrl, to: targetUrl })).rejects.toThrow(CopyRefused);
    await expect(copyDatabase({ from: sourceUrl, to: targetUrl })).rejects.toThrow(
      /^the target already holds data \(1 Network rows\): copy only into an empty database/,
    );
    expect(await target.prisma.network.count()).toBe(1);
    expect(await target.prisma.member.count()).toBe(0);

    const cli = await run("npm", ["run", "--silent", "db:copy", "--", "--from", sourceUrl, "--to", targetUrl]).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain("db:copy: the target already holds data");
  }, 60_000);

  it("refuses a source without Gather's tables", async () => {
    const empty = await sqlite.createEmpty();
    const pgUrl = await postgres.createEmpty();
    await expect(copyDatabase({ from: empty, to: pgUrl })).rejects.toThrow(/^the source has no Gather tables/);
  });
});

/** Opens `url` (migrating unless told not to) and closes it after the test, before it is removed. */
async function opened(url: string, migrate = true): Promise<Database> {
  const database = await openDatabase({ url, migrate });
  onTestFinished(() => database.close());
  return database;
}
