import { describe, expect, it } from "vitest";
import { InFlight } from "../../src/core/in-flight.js";

/** A promise the test settles by hand. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("InFlight", () => {
  it("runs at most `limit` handlers at once, in arrival order, and settles only when the queue is done", async () => {
    const inFlight = new InFlight(2);
    const gates = Array.from({ length: 5 }, deferred);
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const tracked = gates.map((gate, i) =>
      inFlight.track(async () => {
        started.push(i);
        running++;
        most = Math.max(most, running);
        try {
          await gate.promise;
        } finally {
          running--;
        }
      }),
    );
    let settled = false;
    void inFlight.settled().then(() => (settled = true));
    await turn();
    expect(started).toEqual([0, 1]);

    gates[1]?.resolve();
    await turn();
    expect(started).toEqual([0, 1, 2]);

    gates[0]?.reject(new Error("handler failed"));
    await expect(tracked[0]).rejects.toThrow("handler failed");
    await turn();
    expect(started).toEqual([0, 1, 2, 3]);

    for (const gate of gates.slice(2)) gate.resolve();
    await Promise.all(tracked.slice(1));
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
    // settled() was asked while three were still queued: it waited for them too.
    await turn();
    expect(settled).toBe(true);
  });

  it("refuses a limit that is not a positive whole number", () => {
    expect(() => new InFlight(0)).toThrow(RangeError);
    expect(() => new InFlight(1, -1)).toThrow(RangeError);
  });

  it("is full only when every slot is busy and `maxWaiting` wait; it empties as handlers finish", async () => {
    const inFlight = new InFlight(2, 1);
    const gates = Array.from({ length: 3 }, deferred);
    const states: boolean[] = [inFlight.full];
    const tracked = gates.map((gate) => {
      const t = inFlight.track(() => gate.promise);
      states.push(inFlight.full);
      return t;
    });
    // Two running, then one waiting: full.
    expect(states).toEqual([false, false, false, true]);

    gates[0]?.resolve();
    await tracked[0];
    await turn();
    expect(inFlight.full).toBe(false); // the waiting one took the free slot

    for (const gate of gates) gate.resolve();
    await Promise.all(tracked);
    expect(inFlight.full).toBe(false);
  });
});
