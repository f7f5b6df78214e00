/**
 * Reminder fan-out with 1 and 3 instances: `benchReminderFanOut` from bench/reminders.ts (written
 * with the meetings feature). Until that file exists, one clearly marked TODO row.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchResult } from "./index.js";
import { ROOT } from "./support.js";

interface FanOutResult {
  readonly totalMs: number;
  readonly floorMs: number;
  readonly duplicates: number;
  readonly misses: number;
}

type FanOut = (options: { instances: number; postgres?: boolean }) => Promise<FanOutResult>;

export async function benchFanOut(): Promise<BenchResult[]> {
  const file = path.join(ROOT, "bench", "reminders.ts");
  if (!fs.existsSync(file)) {
    return [
      {
        name: "Reminder fan-out (TODO)",
        samples: 0,
        p50Ms: NaN,
        p99Ms: NaN,
        notes: "TODO: bench/reminders.ts (benchReminderFanOut) does not exist yet; nothing measured",
      },
    ];
  }
  const module = (await import(pathToFileURL(file).href)) as { benchReminderFanOut?: FanOut };
  const run = module.benchReminderFanOut;
  if (!run) throw new Error("bench/reminders.ts exports no benchReminderFanOut");
  const results: BenchResult[] = [];
  let one: BenchResult | undefined;
  // SQLite with one instance (the default set-up), then PostgreSQL with 1 and 3 (the comparison).
  const runs = [
    { engine: "SQLite", instances: 1, postgres: false },
    { engine: "PostgreSQL", instances: 1, postgres: true },
    { engine: "PostgreSQL", instances: 3, postgres: true },
  ];
  for (const { engine, instances, postgres } of runs) {
    const r = await run({ instances, postgres });
    const sqliteRow = !postgres;
    const row: BenchResult = {
      name: `Reminder fan-out, ${engine}, ${instances} instance${instances > 1 ? "s" : ""}`,
      samples: 1,
      p50Ms: r.totalMs,
      p99Ms: r.totalMs,
      ...(one && !sqliteRow
        ? { baseline: { name: one.name, p50Ms: one.p50Ms }, ratio: one.p50Ms / r.totalMs, ratioLabel: "speed-up vs 1" }
        : { ratio: r.floorMs / r.totalMs, ratioLabel: "floor / total" }),
      notes: `total ${r.totalMs.toFixed(0)} ms, floor ${r.floorMs.toFixed(0)} ms; duplicates ${r.duplicates}, misses ${r.misses}`,
    };
    if (postgres) one ??= row;
    results.push(row);
  }
  return results;
}
