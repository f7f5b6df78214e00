/**
 * How SQLite statements share the event loop (src/db/sqlite-adapter.ts): however many commands run
 * at once, their statements together keep the loop for one slice before it turns and reads pending
 * requests. A fake clock stands in for time: each "statement" costs exactly what the test says.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { StatementTurns } from "../../src/db/sqlite-adapter.js";

/** Runs `commands` chains of `statements` fake statements costing `costMs` each; statements run per loop turn. */
async function statementsPerTurn(
  sliceMs: number,
  { commands, statements, costMs }: { commands: number; statements: number; costMs: number },
): Promise<number[]> {
  let now = 0;
  const turns = new StatementTurns(sliceMs, () => now);
  const perTurn: number[] = [0];
  let running = true;
  // Marks each turn of the loop: setImmediate callbacks run once per turn, in the order queued.
  const ticking = (async () => {
    while (running) {
      await nextTurn();
      perTurn.push(0);
    }
  })();
  const command = async () => {
    for (let i = 0; i < statements; i++) {
      await turns.run(() => {
        now += costMs; // the statement runs
        perTurn[perTurn.length - 1]!++;
      });
    }
  };
  await Promise.all(Array.from({ length: commands }, command));
  running = false;
  await ticking;
  return perTurn.filter((n) => n > 0);
}

describe("statement turns", () => {
  it("gives one slice per turn to all commands together, not one to each", async () => {
    // Eight commands of 20 statements at 0.25 ms: a 1 ms slice holds four statements. Were each
    // waiting command to start a slice of its own on resuming, a turn would run 8 × 4 = 32.
    const perTurn = await statementsPerTurn(1, { commands: 8, statements: 20, costMs: 0.25 });
    expect(perTurn.reduce((a, b) => a + b, 0)).toBe(160);
    expect(Math.max(...perTurn)).toBe(4);
  });

  it("lets the loop turn even when a single statement outlasts the slice", async () => {
    const perTurn = await statementsPerTurn(1, { commands: 3, statements: 5, costMs: 5 });
    expect(perTurn).toEqual(Array(15).fill(1));
  });

  it("shares the slices fairly: no command waits while another runs all its statements", async () => {
    let now = 0;
    const turns = new StatementTurns(1, () => now);
    const order: string[] = [];
    const command = async (name: string) => {
      for (let i = 0; i < 4; i++) {
        await turns.run(() => {
          now += 0.5;
          order.push(name);
        });
      }
    };
    await Promise.all([command("a"), command("b")]);
    // Two statements per 1 ms slice, taken in the order the commands queued for the turn.
    expect(order.join("")).toBe("ababab" + "ab");
  });
});
