/**
 * The core and the features know no platform by name (a new adapter touches only its own folder,
 * config.ts, main.ts and the lint boundary). Comments may name platforms, to explain a quirk;
 * code and strings may not.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../src/", import.meta.url).pathname;
const PLATFORMS = /slack|discord/i;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The file's lines that are not comments. */
const codeLines = (text: string) =>
  text.split("\n").filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line) && !/^\s*$/.test(line));

describe("the core and the features", () => {
  it.each(["core", "features"])("src/%s names no platform outside comments", (folder) => {
    const files = sources(join(ROOT, folder));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) =>
      codeLines(readFileSync(file, "utf8"))
        .filter((line) => PLATFORMS.test(line))
        .map((line) => `${file.slice(ROOT.length)}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
