import { describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/invocation.js";
import { plainText, type Message } from "../../src/core/message.js";
import { nextRetentionAt, retentionDefaults, retentionOf } from "../../src/features/admin/retention.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice, bob, mallory } from "../support/gather.js";
import type { Sent } from "../support/responder.js";

const MINUTE = 60 * 1000;
const DAY = 24 * 3600 * 1000;
const messageOf = (sent: Sent | undefined): Message => {
  if (!sent || sent.kind === "form") throw new Error(`expected a message, got ${sent?.kind}`);
  return sent.message;
};

describe("retention settings", () => {
  it("takes a network's valid overrides and ignores the rest", () => {
    expect(retentionOf("{}")).toEqual(retentionDefaults());
    expect(retentionOf('{"audit":365,"activity":0,"rateWindows":1.5,"linkCodes":"7","unknown":3}')).toEqual({
      ...retentionDefaults(),
      audit: 365,
    });
    expect(retentionOf("not json")).toEqual(retentionDefaults());
    expect(retentionOf("[1]")).toEqual(retentionDefaults());
  });

  it("runs at 03:30 in the network's zone, across the clock change", () => {
    // 29 March 2026: London goes to summer time at 01:00 UTC.
    expect(nextRetentionAt(new Date("2026-03-29T00:30:00Z"), "Europe/London").toISOString()).toBe(
      "2026-03-29T02:30:00.000Z",
    );
    expect(nextRetentionAt(new Date("2026-03-29T02:30:00Z"), "Europe/London").toISOString()).toBe(
      "2026-03-30T02:30:00.000Z",
    );
    expect(nextRetentionAt(new Date("2026-03-28T12:00:00Z"), "Pacific/Auckland").toISOString()).toBe(
      "2026-03-28T14:30:00.000Z",
    );
  });
});

describe.each(databases)("privacy notice and retention on $provider", (database) => {
  const t = gatherPerTest(database, { now: "2026-03-29T00:30:00Z" });

  const notice = async (actor: Actor) => messageOf((await t.command(actor, "gather", "privacy")).only());
  const field = (message: Message, label: string) => plainText(message.fields?.find((f) => f.label === label)?.value);

  it("tells members in plain words what is kept, why, how long, their rights and whom to ask", async () => {
    const first = await notice(alice);
    expect(first.title).toBe("Privacy in Arts & Wellbeing Network");
    expect(first.fields?.map((f) => f.label)).toEqual([
      "What is kept",
      "Why",
      "How long",
      "Your rights",
      "Who to contact",
    ]);
    expect(field(first, "Your rights")).toContain("/gather my-data");
    expect(field(first, "Your rights")).toContain("/gather forget-me");
    expect(field(first, "Who to contact")).toBe(
      "Your network has no coordinator yet: ask whoever runs your workspace or server.",
    );
    expect(field(first, "How long")).toContain("• Log of changes: 730 days");

    await t.db.member.updateMany({ where: { displayName: "Bob" }, data: { role: "coordinator" } });
    await t.command(bob, "gather", "help");
    await t.db.member.updateMany({ where: { displayName: "Bob" }, data: { role: "coordinator" } });
    await t.db.network.updateMany({ data: { retention: '{"audit":365,"activity":90}' } });
    const again = await notice(alice);
    expect(field(again, "Who to contact")).toBe("Your network's coordinators: Bob.");
    expect(field(again, "How long")).toContain("• Log of changes: 365 days");
    expect(field(again, "How long")).toContain("• Days you used Gather: 90 days");
  });

  it("speaks Welsh and Dutch", async () => {
    const welsh = await notice({ ...alice, locale: "cy" });
    expect(welsh.title).toBe("Preifatrwydd: Arts & Wellbeing Network");
    expect(welsh.fields?.map((f) => f.label)).toEqual([
      "Beth sy'n cael ei gadw",
      "Pam",
      "Am ba hyd",
      "Eich hawliau",
      "Â phwy i gysylltu",
    ]);
    const dutch = await notice({ ...bob, locale: "nl" });
    expect(dutch.title).toBe("Privacy in Arts & Wellbeing Network");
    expect(field(dutch, "Je rechten")).toContain("/gather forget-me");
    expect(field(dutch, "Hoe lang")).toContain("• Logboek van wijzigingen: 730 dagen");
  });

  it("names the coordinators as a list in the reader's language: “a”/“ac” in Welsh, “en” in Dutch", async () => {
    const cai = { ...alice, userExternalId: "U-cai", displayName: "Cai" };
    for (const actor of [bob, cai, alice]) await notice(actor);
    await t.db.member.updateMany({ data: { role: "coordinator" } });
    const contact = async (locale: string) =>
      field(
        await notice({ ...alice, locale }),
        { en: "Who to contact", cy: "Â phwy i gysylltu", nl: "Contact" }[locale] ?? "",
      );
    expect(await contact("en")).toBe("Your network's coordinators: Bob, Cai and Alice.");
    expect(await contact("cy")).toBe("Cydlynwyr eich rhwydwaith: Bob, Cai ac Alice.");
    await t.db.member.updateMany({ where: { displayName: "Alice" }, data: { role: "member" } });
    expect(await contact("cy")).toBe("Cydlynwyr eich rhwydwaith: Bob a Cai.");
    expect(await contact("nl")).toBe("De coördinatoren van je netwerk: Bob en Cai.");
  });

  it("plans one daily clean-up per network, dedupe key per day", async () => {
    await notice(alice);
    await notice(bob);
    await t.command(alice, "gather", "my-data");
    const jobs = await t.db.job.findMany({ where: { kind: "privacy.retention" } });
    expect(jobs).toHaveLength(1);
    const network = await t.db.network.findFirstOrThrow();
    expect(jobs[0]).toMatchObject({
      dedupeKey: `privacy.retention:${network.id}:2026-03-29`,
      status: "pending",
      networkId: network.id,
    });
    expect(jobs[0]?.dueAt.toISOString()).toBe("2026-03-29T02:30:00.000Z");
  });

  it("deletes what is older than the network's retention, daily, and nothing of another network", async () => {
    await notice(alice);
    await t.command(mallory, "gather", "help");
    const [one, two] = await Promise.all(
      [alice, mallory].map(async (actor) => {
        const identity = await t.db.identity.findFirstOrThrow({
          where: { externalId: actor.userExternalId },
          include: { member: true },
        });
        return { networkId: identity.member.networkId, memberId: identity.memberId };
      }),
    );
    await t.db.network.update({ where: { id: one!.networkId }, data: { retention: '{"audit":30}' } });
    const runAt = new Date("2026-03-29T02:30:00Z");
    const ago = (days: number, extraMs = 0) => new Date(runAt.getTime() - days * DAY - extraMs);

    async function seed({ networkId, memberId }: { networkId: string; memberId: string }) {
      await t.db.auditEntry.createMany({
        data: [
          { networkId, action: "old", subjectType: "x", subjectId: "1", at: ago(31) },
          { networkId, action: "recent", subjectType: "x", subjectId: "2", at: ago(29) },
          { networkId, action: "ancient", subjectType: "x", subjectId: "3", at: ago(731) },
        ],
      });
      await t.db.memberActivity.createMany({
        data: [
          { networkId, memberId, day: "2025-02-20" }, // 402 days before
          { networkId, memberId, day: "2025-02-26" }, // 396 days before
        ],
      });
      const update = (number: number, status: string, archivedAt: Date | null) =>
        t.db.projectUpdate.create({
          data: {
            networkId,
            number,
            authorId: memberId,
            title: `U${number}`,
            projectKey: `u${number}`,
            summary: "s",
            status,
            archivedAt,
          },
        });
      await update(1, "archived", ago(731));
      await update(2, "archived", ago(729));
      const kept = await update(3, "active", null);
      await t.db.updateRevision.createMany({
        data: [
          { updateId: kept.id, title: "old", summary: "s", links: "[]", tags: "[]", at: ago(731) },
          { updateId: kept.id, title: "new", summary: "s", links: "[]", tags: "[]", at: ago(1) },
        ],
      });
      const ask = (number: number, status: string, resolvedAt: Date | null, createdAt: Date) =>
        t.db.helpRequest.create({
          data: { networkId, number, requesterId: memberId, what: "w", status, resolvedAt, createdAt },
        });
      const oldAsk = await ask(1, "resolved", ago(731), ago(800));
      await ask(2, "closed", ago(10), ago(800));
      const openAsk = await ask(3, "open", null, ago(1000));
      await t.db.helpOffer.create({ data: { requestId: oldAsk.id, helperId: memberId } });
      await t.db.helpPing.createMany({
        data: [
          { memberId, requestId: openAsk.id, day: "2026-02-20", slot: 1, at: ago(31) },
          { memberId, requestId: `${openAsk.id}-b`, day: "2026-03-20", slot: 1, at: ago(9) },
        ],
      });
      await t.db.job.createMany({
        data: [
          {
            kind: "x",
            dueAt: ago(40),
            dedupeKey: `${networkId}-done-old`,
            networkId,
            status: "done",
            finishedAt: ago(31),
          },
          {
            kind: "x",
            dueAt: ago(40),
            dedupeKey: `${networkId}-done-new`,
            networkId,
            status: "failed",
            finishedAt: ago(29),
          },
          { kind: "x", dueAt: ago(-10), dedupeKey: `${networkId}-pending`, networkId, status: "pending" },
        ],
      });
      await t.db.rateWindow.createMany({
        data: [
          { memberId, bucket: "ping", windowStart: ago(3) },
          { memberId, bucket: "ping", windowStart: ago(1) },
        ],
      });
      await t.db.linkCode.createMany({
        data: [
          { networkId, memberId, kind: "identity", codeHash: `${networkId}-used`, expiresAt: ago(-1), usedAt: ago(2) },
          { networkId, memberId, kind: "identity", codeHash: `${networkId}-expired`, expiresAt: ago(1, MINUTE) },
          { networkId, memberId, kind: "identity", codeHash: `${networkId}-live`, expiresAt: ago(-1) },
        ],
      });
      await t.db.shiftSwap.createMany({
        data: [
          {
            networkId,
            fromAssignmentId: "a",
            toAssignmentId: "b",
            proposerId: memberId,
            otherId: memberId,
            status: "accepted",
            decidedAt: ago(401),
          },
          {
            networkId,
            fromAssignmentId: "a",
            toAssignmentId: "b",
            proposerId: memberId,
            otherId: memberId,
            status: "proposed",
            createdAt: ago(900),
          },
        ],
      });
      await t.db.memberCheck.createMany({
        data: [
          { networkId, memberId, kind: "dbs_basic", expiresAt: ago(366) },
          { networkId, memberId, kind: "safeguarding", expiresAt: ago(-100) },
        ],
      });
    }
    await seed(one!);
    await seed(two!);

    const counts = async (networkId: string) => ({
      audit: (await t.db.auditEntry.findMany({ where: { networkId, action: { in: ["old", "recent", "ancient"] } } }))
        .map((a) => a.action)
        .sort(),
      activity: (await t.db.memberActivity.findMany({ where: { networkId, day: { lt: "2026-01-01" } } })).map(
        (a) => a.day,
      ),
      updates: (await t.db.projectUpdate.findMany({ where: { networkId } })).map((u) => u.number).sort(),
      revisions: (await t.db.updateRevision.findMany({ where: { update: { networkId } } })).map((r) => r.title),
      asks: (await t.db.helpRequest.findMany({ where: { networkId } })).map((a) => a.number).sort(),
      offers: await t.db.helpOffer.count({ where: { request: { networkId } } }),
      jobs: (await t.db.job.findMany({ where: { networkId, kind: "x" } })).map((j) => j.status).sort(),
      links: (await t.db.linkCode.findMany({ where: { networkId } })).map((l) => l.codeHash.split("-").pop()).sort(),
      swaps: (await t.db.shiftSwap.findMany({ where: { networkId } })).map((s) => s.status),
      checks: (await t.db.memberCheck.findMany({ where: { networkId } })).map((c) => c.kind),
    });
    const untouched = await counts(two!.networkId);
    const rates = (memberId: string) => t.db.rateWindow.count({ where: { memberId, bucket: "ping" } });
    const pings = (memberId: string) => t.db.helpPing.count({ where: { memberId } });

    // Not yet due: nothing happens.
    t.clock.set(new Date(runAt.getTime() - MINUTE));
    await t.tick();
    expect(await t.db.auditEntry.count({ where: { action: "ancient" } })).toBe(2);

    t.clock.set(new Date(runAt.getTime() + MINUTE));
    const tick = await t.tick();
    expect(tick.done).toBe(1);
    expect(await counts(one!.networkId)).toEqual({
      audit: ["recent"], // this network keeps its audit 30 days
      activity: ["2025-02-26"],
      updates: [2, 3],
      revisions: ["new"],
      asks: [2, 3],
      offers: 0,
      jobs: ["failed", "pending"],
      links: ["live"],
      swaps: ["proposed"],
      checks: ["safeguarding"],
    });
    expect(await rates(one!.memberId)).toBe(1);
    expect(await pings(one!.memberId)).toBe(1);
    // The other network's clean-up is its own: nothing of it was touched.
    expect(await counts(two!.networkId)).toEqual(untouched);
    expect(await rates(two!.memberId)).toBe(2);
    expect(await pings(two!.memberId)).toBe(2);

    const entry = await t.db.auditEntry.findFirstOrThrow({ where: { action: "privacy.retention" } });
    expect(entry).toMatchObject({ actorId: null, networkId: one!.networkId });
    expect(JSON.parse(entry.details)).toEqual({
      audit: 2,
      activity: 1,
      archivedUpdates: 1,
      revisions: 1,
      closedAsks: 1,
      helpPings: 1,
      finishedJobs: 1,
      rateWindows: 1,
      linkCodes: 2,
      decidedSwaps: 1,
      expiredChecks: 1,
    });

    // The next day's run is planned, once; a second tick the same night does nothing more.
    const pending = await t.db.job.findMany({ where: { kind: "privacy.retention", status: "pending" } });
    expect(pending.map((j) => [j.dedupeKey, j.dueAt.toISOString()])).toEqual([
      [`privacy.retention:${one!.networkId}:2026-03-30`, "2026-03-30T02:30:00.000Z"],
    ]);
    expect((await t.tick()).claimed).toBe(0);
    t.clock.set("2026-03-30T02:31:00Z");
    expect((await t.tick()).done).toBe(1);
    expect(
      (await t.db.job.findMany({ where: { kind: "privacy.retention", status: "pending" } })).map((j) => j.dedupeKey),
    ).toEqual([`privacy.retention:${one!.networkId}:2026-03-31`]);
  });

  it("keeps one chain when a second run was planned (a zone change), and survives downtime", async () => {
    await notice(alice);
    const network = await t.db.network.findFirstOrThrow();
    // The zone changes after the first run was planned; a command plans nothing new while one is pending.
    await t.db.network.update({ where: { id: network.id }, data: { timeZone: "Pacific/Auckland" } });
    await notice(alice);
    expect(await t.db.job.count({ where: { kind: "privacy.retention", status: "pending" } })).toBe(1);
    // Ten days of downtime: the late run still happens (within grace) and plans the next from now.
    t.clock.set("2026-04-08T05:00:00Z");
    expect((await t.tick()).done).toBe(1);
    const next = await t.db.job.findMany({ where: { kind: "privacy.retention", status: "pending" } });
    expect(next.map((j) => [j.dedupeKey, j.dueAt.toISOString()])).toEqual([
      // 03:30 on 9 April in Auckland (NZST, UTC+12) is 15:30 UTC on the 8th.
      [`privacy.retention:${network.id}:2026-04-09`, "2026-04-08T15:30:00.000Z"],
    ]);
  });
});
