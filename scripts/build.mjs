// `npm run build`: compiles src/ and adapters/ (with the generated Prisma clients) to dist/, one
// JavaScript file per TypeScript file, so production runs plain `node` with no loader in memory.
//
// esbuild only strips types (fast: well under a second); `npm run typecheck` is what checks them.
// dist/.build-stamp holds a hash of every input, so `npm start` (scripts/start.mjs) can tell a
// current build from a stale one without rebuilding each time.
import { createHash } from "node:crypto";
import console from "node:console";
import fs from "node:fs";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = path.join(ROOT, "dist");
const STAMP = path.join(DIST, ".build-stamp");
/** Copied beside the compiled code, because code finds them next to itself. */
const ASSETS = ["adapters/slack/manifest.json"];
/** Their change changes the output too. */
const CONFIG = ["scripts/build.mjs", "package.json"];

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Every TypeScript file that is compiled, sorted: src/ (with src/generated) and adapters/. */
export function sources() {
  return [...walk(path.join(ROOT, "src")), ...walk(path.join(ROOT, "adapters"))].sort();
}

/** A hash of the inputs' names and contents; equal hashes, equal output. */
export function inputHash() {
  const hash = createHash("sha256");
  for (const file of [
    ...sources(),
    ...ASSETS.map((a) => path.join(ROOT, a)),
    ...CONFIG.map((c) => path.join(ROOT, c)),
  ]) {
    hash.update(path.relative(ROOT, file));
    hash.update("\0");
    hash.update(fs.readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** Whether dist/ was built from exactly the files there are now. */
export function buildIsCurrent() {
  return fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8").trim() === inputHash();
}

export async function build({ log = (msg) => console.log(msg) } = {}) {
  const started = Date.now();
  const { build: esbuild } = await import("esbuild");
  const hash = inputHash();
  const tmp = `${DIST}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const entryPoints = sources();
  await esbuild({
    entryPoints,
    outdir: tmp,
    outbase: ROOT,
    format: "esm",
    platform: "node",
    target: "node20.19",
    bundle: false,
    sourcemap: "linked",
    logLevel: "warning",
  });
  for (const asset of ASSETS) fs.cpSync(path.join(ROOT, asset), path.join(tmp, asset));
  fs.writeFileSync(path.join(tmp, "package.json"), `{ "type": "module" }\n`);
  fs.writeFileSync(path.join(tmp, ".build-stamp"), `${hash}\n`);
  // Swap in whole, so a running `npm start` elsewhere never sees half a build.
  fs.rmSync(DIST, { recursive: true, force: true });
  fs.renameSync(tmp, DIST);
  log(`gather build: ${entryPoints.length} files compiled to dist/ in ${Date.now() - started} ms`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await build();
}
