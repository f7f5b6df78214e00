import { describe, expect, it, vi } from "vitest";
import { readSentence } from "../../src/reading/sentence.js";
import { MAX_STRETCH } from "../../src/reading/when/locate.js";
import type * as Read from "../../src/reading/when/read.js";

const options = {
  now: new Date("2026-03-23T10:00:00Z"),
  zone: "Europe/London",
  locale: "en",
  kind: "meeting",
} as const;

/** The locator with every call of the date reader counted (each stretch tried is one call). */
async function countedLocator() {
  const calls = { count: 0 };
  vi.resetModules();
  vi.doMock("../../src/reading/when/read.js", async (importOriginal) => {
    const actual = await importOriginal<typeof Read>();
    const readWhen: typeof actual.readWhen = (...args) => {
      calls.count += 1;
      return actual.readWhen(...args);
    };
    return { ...actual, readWhen };
  });
  const { locateWhen } = await import("../../src/reading/when/locate.js");
  vi.doUnmock("../../src/reading/when/read.js");
  return { locateWhen, calls };
}

describe("finding the time in a sentence", () => {
  it("tries a bounded number of stretches, however many number words a sentence holds", async () => {
    const { locateWhen, calls } = await countedLocator();
    const numbers = Array.from({ length: 120 }, (_, i) => String((i % 9) + 1)).join(" ");
    locateWhen(`Stall ${numbers}`, options);
    // Unbounded, 120 words are 7,260 stretches, most of them long: a second of one core, for one command.
    expect(calls.count).toBeGreaterThan(0);
    expect(calls.count).toBeLessThanOrEqual(120 * MAX_STRETCH);
  });

  it("still reads a long date and time inside a sentence", () => {
    const read = readSentence("Open day Saturday 4 April 2026 from 10:00 to 13:00 at the hub", {
      ...options,
      sampleTitle: "Meeting",
    });
    expect(read).toMatchObject({ ok: true, title: "Open day", place: "the hub" });
    expect(read.ok && read.whenText).toBe("Saturday 4 April 2026 from 10:00 to 13:00");
  });
});
