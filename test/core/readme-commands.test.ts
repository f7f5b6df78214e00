import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createRegistry } from "../../src/features/index.js";
import { looksLikeUnknownSubcommand, takesNoText } from "../../src/core/words.js";

/**
 * The README and the registry name the same commands: every command and subcommand Gather has is in
 * the README's "What it does today", and every `/command subcommand` the README shows (in backticks,
 * anywhere) is one Gather has — or, for a command that posts text (`/update Title | …`), text the
 * dispatcher would post rather than refuse as an unknown subcommand.
 */
const README = new URL("../../README.md", import.meta.url);
const registry = createRegistry();

/** What the README shows as refused on purpose: each must be refused, or the README is wrong. */
const REFUSED_EXAMPLES = ["/ask choose 1 Sam", "/shift foo"];

/** Shortcuts of the terminal, not commands of the registry. */
const CONSOLE_ONLY = new Set(["help", "as", "quit", "exit"]);

/** Every `/command rest` inside backticks: the command's name and the words up to the next command. */
function mentions(markdown: string): { command: string; rest: string; span: string }[] {
  const spans = [...markdown.matchAll(/`([^`\n]+)`/g)].map((m) => (m[1] ?? "").replace(/\\\|/g, "|"));
  return spans.flatMap((span) => {
    // A name not followed by another "/" or letter: `/shift add`, not a path such as `/slack/events`.
    const found = [...span.matchAll(/(?:^|[\s(])\/([a-z][a-z-]*)(?![\w/-])/g)];
    return found.map((m, i) => ({
      command: m[1] ?? "",
      rest: span.slice((m.index ?? 0) + m[0].length, found[i + 1]?.index ?? span.length).trim(),
      span,
    }));
  });
}

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}`);
  const end = markdown.indexOf("\n## ", start + 1);
  if (start === -1) throw new Error(`README has no "## ${heading}"`);
  return markdown.slice(start, end === -1 ? undefined : end);
}

describe("README and registry", () => {
  const markdown = readFileSync(README, "utf8");

  it("every command the README shows exists, with a subcommand it has (or text it would post)", () => {
    const wrong: string[] = [];
    // The README's intro and its command tables and lists (other sections show HTTP paths: `/healthz`).
    const readme = markdown.slice(0, markdown.indexOf("\n## ", markdown.indexOf("## What it does today") + 1));
    for (const { command: name, rest, span } of mentions(readme)) {
      if (CONSOLE_ONLY.has(name)) continue;
      const command = registry.command(name);
      if (!command) {
        wrong.push(`/${name} (in \`${span}\`): no such command`);
        continue;
      }
      const first = (rest.split(/\s+/)[0] ?? "").toLowerCase();
      if (first === "" || command.subcommands.some((s) => s.name === first)) continue;
      const fallback = command.subcommands.find((s) => s.name === command.defaultSubcommand);
      const posts = fallback !== undefined && !takesNoText(fallback);
      if (!posts || looksLikeUnknownSubcommand(rest, registry.verbs))
        wrong.push(`/${name} ${first} (in \`${span}\`): no such subcommand`);
    }
    const refused = REFUSED_EXAMPLES.map((example) => wrong.find((w) => w.includes(`\`${example}\``)));
    expect(refused.every((w) => w !== undefined)).toBe(true);
    expect(wrong.filter((w) => !refused.includes(w))).toEqual([]);
  });

  it('"What it does today" names every command and subcommand', () => {
    const today = mentions(section(markdown, "What it does today"));
    const commands = new Set(today.map((m) => m.command));
    const shown = new Set(today.map(({ command, rest }) => `${command} ${(rest.split(/\s+/)[0] ?? "").toLowerCase()}`));
    const missing = registry.commands.flatMap((command) => [
      ...(commands.has(command.name) ? [] : [`/${command.name}`]),
      ...command.subcommands
        // Every command has `help` (the README says so once); the default subcommand is shown by its
        // text (`/update Title | …` is `/update post`).
        .filter((sub) => sub.name !== "help" || command.name === "gather")
        .filter((sub) => !(sub.name === command.defaultSubcommand && commands.has(command.name)))
        .filter((sub) => !shown.has(`${command.name} ${sub.name}`))
        .map((sub) => `/${command.name} ${sub.name}`),
    ]);
    expect(missing).toEqual([]);
  });
});
