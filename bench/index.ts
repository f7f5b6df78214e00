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
import { benchMemory } from "./memory.js";
import { benchFanOut } from "./fan-out.js";
import { benchSearch } from "./search.js";
import { benchSlackHttp, benchSlackScaling } from "./slack.js";

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
  /**
   * The ratio to show instead of p50 / baseline p50 (e.g. throughput against the baseline's), and
   * what it compares.
   */
  readonly ratio?: number;
  readonly ratioLabel?: string;
  /** Operations per second, where throughput is what is measured. */
  readonly throughputPerSec?: number;
  /** Work finished per second (behind an ack), where that differs. */
  readonly doneThroughputPerSec?: number;
  readonly notes?: string;
  /** Which bench (its name in BENCHES) measured this; filled in by the runner. */
  readonly bench?: string;
}

/** In the order they run; `npm run bench -- search memory` runs only those named. */
const BENCHES: ReadonlyArray<readonly [string, () => Promise<BenchResult[]>]> = [
  ["slack", benchSlackHttp],
  ["scaling", benchSlackScaling],
  ["fanout", benchFanOut],
  ["memory", benchMemory],
  ["search", benchSearch],
];

function table(results: readonly BenchResult[]): string {
  const rows = results.map((r) => [
    r.name,
    String(r.samples),
    Number.isFinite(r.p50Ms) ? r.p50Ms.toFixed(3) : "-",
    Number.isFinite(r.p99Ms) ? r.p99Ms.toFixed(3) : "-",
    r.ratio !== undefined
      ? `${r.ratio.toFixed(2)}× ${r.ratioLabel ?? ""}`.trim()
      : r.baseline
        ? `${(r.p50Ms / r.baseline.p50Ms).toFixed(1)}× p50`
        : "",
    r.notes ?? "",
  ]);
  const header = ["bench", "n", "p50 ms", "p99 ms", "vs baseline", "notes"];
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
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const unknown = wanted.filter((w) => !BENCHES.some(([name]) => name === w));
  if (unknown.length > 0) {
    console.error(`unknown bench ${unknown.join(", ")}; choose from ${BENCHES.map(([n]) => n).join(", ")}`);
    process.exit(2);
  }
  const results: BenchResult[] = [];
  for (const [name, bench] of BENCHES) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    console.log(`bench: ${name}…`);
    const t0 = Date.now();
    results.push(...(await bench()).map((r) => ({ ...r, bench: name })));
    console.log(`bench: ${name} took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  console.log(`\n${table(results)}\n\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "results.json");
  const machine = {
    node: process.version,
    platform: process.platform,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
  };
  // A subset run replaces only its own benches' rows; the others stay as the last full run left them.
  let kept: BenchResult[] = [];
  if (wanted.length > 0 && fs.existsSync(file)) {
    try {
      const previous = JSON.parse(fs.readFileSync(file, "utf8")) as { results?: BenchResult[] };
      kept = (previous.results ?? []).filter((r) => r.bench !== undefined && !wanted.includes(r.bench));
    } catch {
      kept = [];
    }
  }
  const all = [...kept, ...results].sort(
    (a, b) => BENCHES.findIndex(([n]) => n === a.bench) - BENCHES.findIndex(([n]) => n === b.bench),
  );
  fs.writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), machine, results: all }, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

await main();
