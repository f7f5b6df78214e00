/**
 * `npm run bench`: runs every bench, prints one table and writes bench/results.json (git-ignored).
 *
 * A bench is an `async () => BenchResult[]`; add yours to BENCHES. Each result carries its own
 * baseline, measured in the same run on the same machine, so the ratio means something where the
 * absolute numbers (a laptop, a 2-core CI box) do not.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchSearch } from "./search.js";

/** One measured operation. */
export interface BenchResult {
  /** What was measured, e.g. "SQLite: full-text search". */
  readonly name: string;
  /** How many timings the percentiles come from. */
  readonly samples: number;
  /** Median time, milliseconds. */
  readonly p50Ms: number;
  /** 99th percentile time, milliseconds. */
  readonly p99Ms: number;
  /** What this is compared with (measured in the same run), by median. */
  readonly baseline?: { readonly name: string; readonly p50Ms: number };
  readonly notes?: string;
}

const BENCHES: ReadonlyArray<readonly [string, () => Promise<BenchResult[]>]> = [["search", benchSearch]];

function table(results: readonly BenchResult[]): string {
  const rows = results.map((r) => [
    r.name,
    String(r.samples),
    r.p50Ms.toFixed(3),
    r.p99Ms.toFixed(3),
    r.baseline ? `${(r.p50Ms / r.baseline.p50Ms).toFixed(1)}×` : "",
    r.notes ?? "",
  ]);
  const header = ["bench", "n", "p50 ms", "p99 ms", "p50 / baseline", "notes"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

async function main(): Promise<void> {
  const started = Date.now();
  const results: BenchResult[] = [];
  for (const [name, bench] of BENCHES) {
    console.log(`bench: ${name}…`);
    results.push(...(await bench()));
  }
  console.log(`\n${table(results)}\n\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "results.json");
  const machine = {
    node: process.version,
    platform: process.platform,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
  };
  fs.writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), machine, results }, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

await main();
