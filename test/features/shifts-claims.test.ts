/**
 * The first claim on a cover request wins, exactly once: 50 claims at the same moment, in one
 * process and across two Gather instances sharing one PostgreSQL database, give one winner and
 * 49 polite refusals, and the place changes hands once.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/invocation.js";
import { plainText } from "../../src/core/message.js";
import type { Database } from "../../src/db/index.js";
import { databases } from "../support/db.js";
import { alice, testGather, type TestGather } from "../support/gather.js";
import type { RecordingResponder } from "../support/responder.js";
import { sharedDatabase } from "../scheduler/support.js";
import { sendAndSave } from "../support/shifts.js";

const CLAIMS = 50;
const TAKEN = "Thanks for offering! Someone has already taken shift #1.";
const carol: Actor = { ...alice, userExternalId: "U-carol", displayName: "Carol" };
const volunteers: Actor[] = Array.from({ length: CLAIMS }, (_, i) => ({
  ...alice,
  userExternalId: `U-volunteer-${i}`,
  displayName: `Volunteer ${i}`,
}));

/** A coordinator, a shift Alice holds and her open cover request; returns the Claim button's id. */
async function coverRequested(t: TestGather): Promise<string> {
  await t.command(carol, "shift", "list");
  await t.db.member.updateMany({ where: { displayName: "Carol" }, data: { role: "coordinator" } });
  await sendAndSave(t, carol, "add Front desk | 2026-04-04 10:00-13:00 | Town hall | 1");
  await t.command(alice, "shift", "signup 1");
  const asked = await t.command(alice, "shift", "cover 1 Unwell");
  const card = asked.sent[0];
  if (card?.kind !== "public") throw new Error("no cover card");
  const claim = card.message.actions?.[0]?.id;
  if (!claim?.startsWith("shift.claim:")) throw new Error("no Claim button");
  // Every volunteer already known, so the race is the claim alone.
  await Promise.all(volunteers.map((v) => t.command(v, "shift", "checks")));
  return claim;
}

async function expectOneWinner(t: TestGather, replies: readonly RecordingResponder[]): Promise<void> {
  const winners = replies.filter((r) => r.sent[0]?.kind === "update");
  const refused = replies.filter((r) => r.sent.length === 1 && r.sent[0]?.kind === "private");
  expect(winners).toHaveLength(1);
  expect(refused).toHaveLength(CLAIMS - 1);
  for (const r of refused) {
    const [only] = r.sent;
    expect(only?.kind === "private" && plainText(only.message.text)).toBe(TAKEN);
  }
  const winner = winners[0] as RecordingResponder;
  const [update] = winner.sent;
  const name = update?.kind === "update" ? plainText(update.message.text).split(" is covering")[0] : "";
  expect(name).toMatch(/^Volunteer \d+$/);
  const held = await t.db.shiftAssignment.findMany({ include: { shift: true } });
  expect(held).toHaveLength(1);
  const holder = await t.db.member.findUniqueOrThrow({ where: { id: held[0]?.memberId ?? "" } });
  expect(holder.displayName).toBe(name);
  expect(await t.db.coverRequest.findFirstOrThrow()).toMatchObject({ status: "covered", claimantId: holder.id });
  expect(await t.db.auditEntry.count({ where: { action: "shift.cover_covered" } })).toBe(1);
  expect(await t.db.auditEntry.count({ where: { action: "shift.handed_over" } })).toBe(1);
  // Exactly one reminder is pending, for the winner.
  const reminders = await t.db.job.findMany({ where: { kind: "shift.remind", status: "pending" } });
  expect(reminders.map((j) => (JSON.parse(j.payload) as { memberId: string }).memberId)).toEqual([holder.id]);
}

describe.each(databases)("simultaneous claims on $provider", (database) => {
  let db: Database;
  afterEach(async () => {
    await db.close();
  });

  it(`${CLAIMS} claims at once in one process: one winner, ${CLAIMS - 1} polite refusals`, async () => {
    db = await database.open();
    const t = testGather(db, { now: "2026-03-23T10:00:00Z" });
    const claim = await coverRequested(t);
    const replies = await Promise.all(volunteers.map((v) => t.press(v, claim)));
    await expectOneWinner(t, replies);
  }, 60_000);
});

// What replicas share in production; PostgreSQL is in `databases` whenever it is reachable (always in CI).
const postgres = databases.filter((d) => d.provider === "postgresql");

describe.each(postgres)("simultaneous claims on two Gather instances sharing $provider", (database) => {
  it(`${CLAIMS} claims split across two instances: one winner`, async () => {
    const [dbA, dbB] = await sharedDatabase(database, 2);
    if (!dbA || !dbB) throw new Error("two clients expected");
    const a = testGather(dbA, { now: "2026-03-23T10:00:00Z" });
    const b = testGather(dbB, { now: "2026-03-23T10:00:00Z" });
    const claim = await coverRequested(a);
    const replies = await Promise.all(volunteers.map((v, i) => (i % 2 === 0 ? a : b).press(v, claim)));
    await expectOneWinner(a, replies);
  }, 60_000);
});
