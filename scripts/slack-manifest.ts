/**
 * Writes the Slack app manifest generated from the command registry.
 *
 *   npm run slack:manifest                          → adapters/slack/manifest.json (Socket Mode; committed)
 *   npm run slack:manifest -- --http https://x.org  → stdout: the HTTP variant (request URLs on /slack/events)
 *   npm run slack:manifest -- --out file.json       → that file instead
 *
 * Paste the result into https://api.slack.com/apps → "Create New App" → "From a manifest".
 */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { MANIFEST_PATH, manifestJson, slackManifest } from "../adapters/slack/manifest.js";
import { createRegistry } from "../src/features/index.js";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { http: { type: "string" }, out: { type: "string" } } });
  if (values.http !== undefined && !/^https:\/\/\S+$/.test(values.http)) {
    throw new Error(
      `--http needs the public https:// base URL Slack will post to, e.g. --http https://gather.example.org`,
    );
  }
  const json = manifestJson(slackManifest(createRegistry(), { publicBaseUrl: values.http }));
  const out = values.out ?? (values.http === undefined ? MANIFEST_PATH : undefined);
  if (out === undefined) {
    process.stdout.write(json);
    return;
  }
  await writeFile(out, json);
  process.stderr.write(`Wrote ${out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`slack:manifest failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
