import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { databaseSeenRequests } from "../../src/db/seen-requests.js";
import { databases } from "../support/db.js";

describe.each(databases)("seen requests on $provider", (database) => {
  it("says true once per key, even to racing callers, and false to every later copy", async () => {
    const db = await database.open();
    try {
      const seen = databaseSeenRequests(db.prisma, silentLogger);
      const expires = new Date(Date.now() + 60_000);
      const race = await Promise.all(Array.from({ length: 8 }, () => seen.firstSeen("slack:v0=abc", expires)));
      expect(race.filter(Boolean)).toHaveLength(1);
      expect(await seen.firstSeen("slack:v0=abc", expires)).toBe(false);
      expect(await seen.firstSeen("slack:v0=def", expires)).toBe(true);
    } finally {
      await db.close();
    }
  });

  it("deletes expired rows as later requests arrive", async () => {
    const db = await database.open();
    try {
      let now = Date.parse("2026-12-03T12:00:00Z");
      const seen = databaseSeenRequests(db.prisma, silentLogger, () => now);
      await seen.firstSeen("old", new Date(now + 1_000));
      await seen.firstSeen("new", new Date(now + 10 * 60_000));
      now += 2 * 60_000;
      await seen.firstSeen("later", new Date(now + 10 * 60_000));
      // The sweep is not awaited by firstSeen; its query was issued before this read.
      await expect
        .poll(async () => (await db.prisma.seenRequest.findMany()).map((r) => r.id).sort())
        .toEqual(["later", "new"]);
    } finally {
      await db.close();
    }
  });
});
