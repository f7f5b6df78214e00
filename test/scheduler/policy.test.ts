import { describe, expect, it } from "vitest";
import { z } from "zod";
import { backoffMs, describeError, isBeyondGrace, isLate } from "../../src/scheduler/policy.js";
import { defineJob, JobPayloadError, type JobContext } from "../../src/scheduler/index.js";
import { ErrorCode } from "../../src/errors.js";

describe("scheduler policy", () => {
  it("backs off 30 s, then doubling, capped at an hour", () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n) / 1000)).toEqual([30, 60, 120, 240, 480]);
    expect(backoffMs(20)).toBe(3_600_000);
    expect(backoffMs(0)).toBe(30_000);
  });

  it("calls a run late after a minute, and too late after the grace", () => {
    const due = new Date("2026-03-02T09:00:00Z");
    expect(isLate(due, new Date("2026-03-02T09:01:00Z"))).toBe(false);
    expect(isLate(due, new Date("2026-03-02T09:01:00.001Z"))).toBe(true);
    expect(isBeyondGrace(due, new Date("2026-03-02T15:00:00Z"), 6 * 3_600_000)).toBe(false);
    expect(isBeyondGrace(due, new Date("2026-03-02T15:00:00.001Z"), 6 * 3_600_000)).toBe(true);
  });

  it("keeps an error's message only, on one line and short", () => {
    expect(describeError(new Error("boom"))).toBe("boom");
    expect(describeError(new RangeError("bad\n  range"))).toBe("RangeError: bad range");
    expect(describeError("a string")).toBe("non-error thrown: string");
    expect(describeError(new Error(""))).toBe("error without a message");
    const long = describeError(new Error("y".repeat(600)));
    expect(long).toHaveLength(500);
    expect(long.endsWith("…")).toBe(true);
  });

  it("keeps neither the arguments nor the calling code of a Prisma message (they can hold names and text)", () => {
    // As Prisma 7 words a failed update (the code frame quotes the line that called it).
    const prisma = Object.assign(
      new Error(
        "\nInvalid `tx.member.update()` invocation in\n/srv/gather/src/features/x.ts:6:30\n\n" +
          '  5   const name = "Secret Person";\n→ 6   await tx.member.update({ data: { displayName: "Secret Person" } })\n' +
          "An operation failed because it depends on one or more records that were required but not found.",
      ),
      { name: "PrismaClientKnownRequestError" },
    );
    const stored = describeError(prisma);
    expect(stored).not.toContain("Secret Person");
    expect(stored).toBe(
      "PrismaClientKnownRequestError: Invalid `tx.member.update()` invocation: An operation failed because it " +
        "depends on one or more records that were required but not found. (query arguments not logged)",
    );
  });
});

describe("defineJob", () => {
  const ctx = {} as JobContext; // the handler below does not touch it

  it("hands the handler a payload parsed by its schema", async () => {
    const seen: unknown[] = [];
    const job = defineJob({
      kind: "test.typed",
      payload: z.object({ id: z.string(), at: z.iso.datetime() }),
      run: async (_ctx, payload) => {
        seen.push(payload);
      },
    });
    await job.execute(ctx, { id: "u1", at: "2026-03-02T09:00:00Z", extra: "dropped" });
    expect(seen).toEqual([{ id: "u1", at: "2026-03-02T09:00:00Z" }]);
  });

  it("refuses a payload that does not match, naming fields but not values", async () => {
    const job = defineJob({ kind: "test.typed", payload: z.object({ id: z.string() }), run: async () => {} });
    const failure = job.execute(ctx, { id: 12345678 });
    await expect(failure).rejects.toBeInstanceOf(JobPayloadError);
    await expect(failure).rejects.toMatchObject({
      code: ErrorCode.JobBadPayload,
      message: expect.stringMatching(/^payload does not match test\.typed: id: /),
    });
    await expect(failure).rejects.not.toMatchObject({ message: expect.stringContaining("12345678") });
  });

  it("refuses a nonsensical maxAttempts at definition time", () => {
    expect(() => defineJob({ kind: "test.bad", payload: z.object({}), maxAttempts: 0, run: async () => {} })).toThrow(
      "maxAttempts",
    );
  });
});
