/**
 * The two commands translators run, as functions (the scripts print what they answer and exit
 * with its code), so tests run them in-process:
 * - `npm run i18n:export [-- --out <dir>] [cy] [nl]`: each language as one PO file;
 * - `npm run i18n:import <file.po> [-- --check]`: the file read back, checked, written in place.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { LOCALES, type Locale } from "../../src/core/i18n/define.js";
import { exportPo, planImport } from "./exchange.js";
import { readSources, ROOT, writeChanges } from "./sources.js";

export interface Outcome {
  readonly code: 0 | 1;
  readonly out: readonly string[];
  readonly err: readonly string[];
}

type Target = Exclude<Locale, "en">;
const TARGETS = LOCALES.filter((l): l is Target => l !== "en");

/** Writes `<out>/<locale>.po` for each language asked for (all but English when none is). */
export function runExport(argv: readonly string[], root = ROOT): Outcome {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { out: { type: "string", default: join(root, "translations") } },
    allowPositionals: true,
  });
  const unknown = positionals.filter((p) => !(TARGETS as string[]).includes(p));
  if (unknown.length)
    return { code: 1, out: [], err: [`No such language: ${unknown.join(", ")}. Languages: ${TARGETS.join(", ")}.`] };
  const chosen = positionals.length ? TARGETS.filter((l) => positionals.includes(l)) : TARGETS;
  const sources = readSources(root);
  const dir = values.out ?? join(root, "translations");
  mkdirSync(dir, { recursive: true });
  const out = chosen.map((locale) => {
    const path = join(dir, `${locale}.po`);
    writeFileSync(path, exportPo(sources, locale));
    return `${relative(process.cwd(), path) || path}: ${sources.length} messages (${locale})`;
  });
  return { code: 0, out, err: [] };
}

/** Reads a translated PO file back: refused with every problem by key, or written into the strings files. */
export async function runImport(argv: readonly string[], root = ROOT): Promise<Outcome> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { check: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (positionals.length !== 1 || file === undefined)
    return { code: 1, out: [], err: ["Usage: npm run i18n:import <file.po> [-- --check]"] };
  const plan = planImport(readSources(root), readFileSync(file, "utf8"));
  const out = plan.notes.map((note) => `Note: ${note}`);
  if (plan.problems.length)
    return {
      code: 1,
      out,
      err: [
        `${file} is refused, nothing was written (${plan.problems.length} to fix):`,
        ...plan.problems.map((p) => `  ${p}`),
      ],
    };
  const listed = plan.changes.map((change) => `  ${change.entry.key} (${change.entry.file})`);
  if (plan.changes.length === 0) out.push(`${file} (${plan.locale}): no translation differs from the catalogues.`);
  else if (values.check) out.push(`${file} (${plan.locale}) would change ${plan.changes.length} messages:`, ...listed);
  else {
    const files = await writeChanges(plan.changes, root);
    out.push(
      `${file} (${plan.locale}): ${plan.changes.length} messages changed in ${files.length} files:`,
      ...listed,
      "Check them with: git diff; npx vitest run test/core/i18n.test.ts test/core/glossary.test.ts",
    );
  }
  return { code: 0, out, err: [] };
}

/** Prints an outcome and ends the process with its code. */
export function finish(outcome: Outcome): never {
  for (const line of outcome.out) console.log(line);
  for (const line of outcome.err) console.error(line);
  process.exit(outcome.code);
}
