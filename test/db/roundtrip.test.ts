import { describe, expect, it } from "vitest";
import { type Db, type Tx, isUniqueViolation } from "../../src/db/index.js";
import { databases } from "../support/db.js";

/** Creates a network with one space (Slack team `team`), one member and the member's identity there. */
async function seed(db: Tx, team = "T0001") {
  const network = await db.network.create({ data: { name: "Riverside Mutual Aid", timeZone: "Europe/London" } });
  const space = await db.space.create({
    data: { networkId: network.id, platform: "slack", externalId: team, name: "Riverside" },
  });
  const member = await db.member.create({ data: { networkId: network.id, displayName: "Ceri" } });
  const identity = await db.identity.create({
    data: { memberId: member.id, spaceId: space.id, externalId: "U0001" },
  });
  return { network, space, member, identity };
}

describe.each(databases)("Prisma client on $provider", ({ provider, open }) => {
  it("opens with the right provider", async () => {
    const database = await open();
    expect(database.provider).toBe(provider);
  });

  it("round-trips Network → Space → Member → Identity → ProjectUpdate", async () => {
    const { prisma } = await open();
    const { network, member } = await seed(prisma);
    const update = await prisma.projectUpdate.create({
      data: {
        networkId: network.id,
        number: 1,
        authorId: member.id,
        title: "Community fridge",
        projectKey: "community fridge",
        summary: "We opened a fridge at the library; volunteers check it twice a day.",
        tags: JSON.stringify(["food", "library"]),
      },
    });

    const loaded = await prisma.network.findUniqueOrThrow({
      where: { id: network.id },
      include: {
        spaces: { include: { identities: true } },
        members: { include: { identities: true, updates: true } },
        updates: { include: { author: true } },
      },
    });
    expect(loaded.locale).toBe("en"); // @default
    expect(loaded.createdAt).toBeInstanceOf(Date);
    expect(loaded.spaces[0]?.identities[0]?.externalId).toBe("U0001");
    expect(loaded.members[0]?.identities[0]?.spaceId).toBe(loaded.spaces[0]?.id);
    expect(loaded.members[0]?.updates[0]?.id).toBe(update.id);
    expect(loaded.members[0]?.role).toBe("member");
    expect(loaded.members[0]?.locale).toBeNull();
    const [stored] = loaded.updates;
    expect(stored?.author.displayName).toBe("Ceri");
    expect(stored?.links).toBe("[]");
    expect(JSON.parse(stored?.tags ?? "")).toEqual(["food", "library"]);
    expect(stored?.updatedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    // Milliseconds survive on both databases (SQLite stores ISO text, PostgreSQL timestamp(3)).
    expect(stored?.createdAt.getTime()).toBe(update.createdAt.getTime());
  });

  it("orders updates by time within a network (the index the directory uses)", async () => {
    const { prisma } = await open();
    const { network, member } = await seed(prisma);
    for (const [i, title] of ["first", "second", "third"].entries()) {
      await prisma.projectUpdate.create({
        data: {
          networkId: network.id,
          number: i + 1,
          authorId: member.id,
          title,
          projectKey: title,
          summary: "…",
          createdAt: new Date(2026, 0, i + 1),
        },
      });
    }
    const titles = await prisma.projectUpdate.findMany({
      where: { networkId: network.id },
      orderBy: { createdAt: "desc" },
      select: { title: true },
    });
    expect(titles.map((t) => t.title)).toEqual(["third", "second", "first"]);
  });

  it("reports unique violations the same way", async () => {
    const { prisma } = await open();
    const { network } = await seed(prisma);
    const duplicate = await prisma.space
      .create({ data: { networkId: network.id, platform: "slack", externalId: "T0001", name: "Again" } })
      .catch((e: unknown) => e);
    expect(isUniqueViolation(duplicate)).toBe(true);
    expect(isUniqueViolation(new Error("other"))).toBe(false);
  });

  it("enforces foreign keys and cascades deletes", async () => {
    const { prisma } = await open();
    const { network } = await seed(prisma);
    await expect(
      prisma.member.create({ data: { networkId: "no-such-network", displayName: "Nobody" } }),
    ).rejects.toThrow();
    await prisma.network.delete({ where: { id: network.id } });
    expect(await prisma.space.count()).toBe(0);
    expect(await prisma.member.count()).toBe(0);
    expect(await prisma.identity.count()).toBe(0);
  });

  it("commits and rolls back interactive transactions; Db and tx both fit Tx", async () => {
    const { prisma } = await open();
    const db: Db = prisma;
    await db.$transaction(async (tx) => {
      await seed(tx);
    });
    expect(await db.network.count()).toBe(1);
    await expect(
      db.$transaction(async (tx) => {
        await seed(tx, "T0002");
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await db.network.count()).toBe(1);
  });

  it("lets only one of two racing claims win (conditional update)", async () => {
    const { prisma } = await open();
    const { network } = await seed(prisma);
    const entry = await prisma.auditEntry.create({
      data: { networkId: network.id, action: "job.due", subjectType: "job", subjectId: "1" },
    });
    // Stand-in for a job lease: claim only if still unclaimed.
    const claim = (by: string) =>
      prisma.auditEntry.updateMany({ where: { id: entry.id, actorId: null }, data: { actorId: by } });
    const [a, b] = await Promise.all([claim("replica-a"), claim("replica-b")]);
    expect(a.count + b.count).toBe(1);
  });
});
