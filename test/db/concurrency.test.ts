/**
 * Many commands at once on one database: a write outside a transaction is never swept into
 * another request's transaction (SQLite has one connection: Prisma's client makes it wait), and a
 * command's queries leave the event loop free to read new requests, so acks are not held up
 * (src/db/sqlite-adapter.ts). Run against both databases.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { databases } from "../support/db.js";

describe.each(databases)("$provider", ({ open }) => {
  it("keeps a write made beside a transaction when that transaction rolls back", async () => {
    const { prisma } = await open();
    let inside!: () => void;
    const opened = new Promise<void>((resolve) => (inside = resolve));
    let finish!: () => void;
    const mayFinish = new Promise<void>((resolve) => (finish = resolve));

    const doomed = prisma.$transaction(async (tx) => {
      await tx.network.create({ data: { name: "Doomed", timeZone: "Europe/London", locale: "en" } });
      inside();
      await mayFinish;
      throw new Error("lost a race: roll back");
    });
    await opened;
    // Another member's request, at the same moment, outside any transaction (one plain statement).
    const beside = prisma.network.createMany({ data: [{ name: "Beside", timeZone: "Europe/London", locale: "en" }] });
    // Let it get as far as it can while the transaction is still open, then roll that back.
    for (let i = 0; i < 20; i++) await nextTurn();
    finish();
    await expect(doomed).rejects.toThrow(/roll back/);
    await beside;

    const names = (await prisma.network.findMany({ select: { name: true } })).map((n) => n.name);
    expect(names).toEqual(["Beside"]);
  });

  it("lets the event loop turn while a long run of queries goes on", async () => {
    const { prisma } = await open();
    const network = await prisma.network.create({ data: { name: "N", timeZone: "Europe/London", locale: "en" } });
    // Counts turns of the event loop's check phase while 300 queries run back to back: on a
    // synchronous driver that never yields they would all finish within one turn.
    let turns = 0;
    let running = true;
    const count = async () => {
      while (running) {
        await nextTurn();
        turns++;
      }
    };
    const counting = count();
    for (let i = 0; i < 300; i++) await prisma.network.findUnique({ where: { id: network.id } });
    running = false;
    await counting;
    expect(turns).toBeGreaterThan(2);
  });
});
