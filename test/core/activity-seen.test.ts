import { describe, expect, it } from "vitest";
import { ActivitySeen } from "../../src/core/rate-limits.js";

describe("ActivitySeen", () => {
  it("remembers each member's latest recorded day, and forgets everyone once it holds `max` members", () => {
    const seen = new ActivitySeen(2);
    seen.add("m1", "2026-03-23");
    expect(seen.has("m1", "2026-03-23")).toBe(true);
    expect(seen.has("m1", "2026-03-24")).toBe(false); // a new day is recorded again

    seen.add("m1", "2026-03-24"); // the same member: no growth
    seen.add("m2", "2026-03-24");
    expect([seen.has("m1", "2026-03-24"), seen.has("m2", "2026-03-24")]).toEqual([true, true]);

    seen.add("m3", "2026-03-24"); // a third member: the memory starts again
    expect([seen.has("m1", "2026-03-24"), seen.has("m2", "2026-03-24"), seen.has("m3", "2026-03-24")]).toEqual([
      false,
      false,
      true,
    ]);
  });
});
