import { describe, expect, it } from "vitest";
import { decodeCustomId, encodeCustomId } from "../../src/core/custom-id.js";

describe("custom ids", () => {
  it("round-trips feature.action:argument", () => {
    const id = encodeCustomId("shift.claim", "ckz1abc:2");
    expect(id).toBe("shift.claim:ckz1abc:2");
    expect(decodeCustomId(id)).toEqual({ name: "shift.claim", arg: "ckz1abc:2" });
    expect(decodeCustomId("update.help")).toEqual({ name: "update.help", arg: "" });
  });

  it("refuses ids over Discord's 100 characters before anything is sent", () => {
    expect(() => encodeCustomId("update.help", "x".repeat(90))).toThrow(/limit is 100/);
  });

  it("does not take other apps' ids for ours", () => {
    expect(decodeCustomId("some random id")).toBeUndefined();
    expect(decodeCustomId("")).toBeUndefined();
    expect(() => encodeCustomId("Not Valid")).toThrow(/feature.action/);
  });
});
