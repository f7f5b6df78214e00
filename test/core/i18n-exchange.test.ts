/**
 * The translators' round trip: `npm run i18n:export` writes each language as a gettext PO file and
 * `npm run i18n:import` reads it back. Exporting and importing changes nothing; a changed
 * translation lands in its place in its strings file, formatted; a file with a broken placeholder,
 * a missing plural form or a word the glossary forbids is refused, naming the key, and nothing is
 * written.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as prettier from "prettier";
import { afterEach, describe, expect, it } from "vitest";
import { PLURAL_CATEGORIES } from "../../src/core/i18n/define.js";
import { catalogue, LOCALES } from "../../src/core/i18n/index.js";
import { runExport, runImport } from "../../scripts/i18n/commands.js";
import { exportPo, planImport } from "../../scripts/i18n/exchange.js";
import { parsePo, formatEntry } from "../../scripts/i18n/po.js";
import { readSources, ROOT, writeChanges, type SourceEntry } from "../../scripts/i18n/sources.js";

const sources = readSources();
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of every strings file in a temporary root, to write into. */
function copyOfStrings(): string {
  const root = mkdtempSync(join(tmpdir(), "gather-i18n-"));
  temps.push(root);
  for (const file of new Set(sources.map((s) => s.file))) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(ROOT, file), join(root, file));
  }
  return root;
}

/** A PO file with one entry's msgstr lines replaced. */
function edit(po: string, key: string, change: (entry: string) => string): string {
  const start = po.indexOf(`msgctxt "${key}"\n`);
  expect(start, key).toBeGreaterThan(0);
  const end = po.indexOf("\n\n", start);
  return po.slice(0, start) + change(po.slice(start, end)) + po.slice(end);
}

const byKey = (entries: readonly SourceEntry[]) => new Map(entries.map((e) => [e.key, e]));

describe("i18n export and import", () => {
  it("reads every message of the running catalogues from the string files, exactly", () => {
    for (const locale of LOCALES) {
      const fromFiles = Object.fromEntries(sources.map((s) => [s.key, s.texts[locale]?.text]));
      expect(fromFiles).toEqual(catalogue(locale));
    }
  });

  it.each(["cy", "nl"] as const)("round-trips %s losslessly: export then import changes nothing", (locale) => {
    const po = exportPo(sources, locale);
    expect(po).toContain(`"Language: ${locale}\\n"`);
    expect(po).toContain('msgctxt "shift.opt.role"');
    const plan = planImport(sources, po);
    expect(plan).toEqual({ locale, changes: [], problems: [], notes: [] });
  });

  it("writes Welsh's six plural forms under gettext's Welsh Plural-Forms", () => {
    const po = parsePo(exportPo(sources, "cy"));
    expect(po.headers["Plural-Forms"]).toBe(
      "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n==3 ? 3 : n==6 ? 4 : 5);",
    );
    const counted = po.entries.find((e) => e.context === "shift.hours.mine");
    expect(counted?.idPlural).toBeDefined();
    expect(counted?.strs).toHaveLength(6);
    expect(parsePo(exportPo(sources, "nl")).headers["Plural-Forms"]).toBe("nplurals=2; plural=(n != 1);");
  });

  it("keeps quotes, backslashes, tabs and line breaks through the PO format, and reads wrapped lines", () => {
    const text = 'Say "hi"\\ then\ttab\nsecond line “curly”\n';
    const written = formatEntry({ context: "k", id: text, strs: [text], comments: [] });
    expect(parsePo(written).entries[0]).toMatchObject({ context: "k", id: text, strs: [text] });
    // How msgcat wraps a long line: the same text over several quoted strings.
    const wrapped = 'msgctxt "k"\nmsgid ""\n"Hello "\n"world"\nmsgstr "Helo "\n"byd"\n';
    expect(parsePo(wrapped).entries[0]).toMatchObject({ id: "Hello world", strs: ["Helo byd"] });
  });

  it("writes a changed translation into its place, formatted, and nothing else", async () => {
    const root = copyOfStrings();
    let po = exportPo(sources, "cy");
    po = edit(po, "shift.opt.role", (e) => e.replace(/msgstr ".*"/, 'msgstr "Rôl “y” gwirfoddolwr"'));
    // A message that counts: Welsh gets its "two" form changed; the others stay (a Welsh text written
    // once for every count becomes six forms).
    const counted = sources.find((s) => typeof s.texts.en?.text === "object");
    const key = counted?.key ?? "";
    const welsh = counted?.texts.cy?.text ?? "";
    const was: Record<string, string> =
      typeof welsh === "string" ? Object.fromEntries(PLURAL_CATEGORIES.cy.map((c) => [c, welsh])) : welsh;
    const two = `${was.two} Diolch yn fawr!`;
    po = edit(po, key, (e) => e.replace(/msgstr\[2\] ".*"/, `msgstr[2] ${JSON.stringify(two)}`));
    const plan = planImport(sources, po);
    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((c) => c.entry.key).sort()).toEqual([key, "shift.opt.role"].sort());

    const files = await writeChanges(plan.changes, root);
    const after = byKey(readSources(root));
    expect(after.get("shift.opt.role")?.texts.cy?.text).toBe("Rôl “y” gwirfoddolwr");
    const forms = after.get(key)?.texts.cy?.text as Record<string, string>;
    expect(Object.keys(forms)).toEqual(["zero", "one", "two", "few", "many", "other"]);
    expect(forms).toEqual({ ...was, two });
    // Every other text, in every language, is as it was.
    const before = byKey(sources);
    for (const [other, entry] of after) {
      for (const locale of LOCALES) {
        if (locale === "cy" && (other === "shift.opt.role" || other === key)) continue;
        expect(entry.texts[locale]?.text, `${other} ${locale}`).toEqual(before.get(other)?.texts[locale]?.text);
      }
    }
    const options = (await prettier.resolveConfig(join(ROOT, "package.json"))) ?? {};
    for (const file of files) {
      const path = join(root, file);
      expect(await prettier.check(readFileSync(path, "utf8"), { ...options, filepath: path }), file).toBe(true);
    }
    // Read back again, the file now matches: nothing more to change.
    expect(planImport(readSources(root), po).changes).toEqual([]);
  });

  it("adds a translation a message does not have yet (a new language), where the others are", async () => {
    const root = copyOfStrings();
    const file = "src/features/shifts/strings/rota.ts";
    const original = readFileSync(join(root, file), "utf8");
    const dutch = byKey(sources).get("shift.opt.role")?.texts.nl?.text as string;
    const line = JSON.stringify(dutch).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const without = original.replace(new RegExp(`("shift\\.opt\\.role": \\{\\n(?:.*\\n){2}) {4}nl: ${line},\\n`), "$1");
    expect(without).not.toBe(original);
    writeFileSync(join(root, file), without);
    const lacking = readSources(root);
    expect(byKey(lacking).get("shift.opt.role")?.texts.nl).toBeUndefined();
    const po = exportPo(lacking, "nl");
    expect(po).toContain('msgctxt "shift.opt.role"\nmsgid "Role"\nmsgstr ""');

    const plan = planImport(lacking, exportPo(sources, "nl"));
    expect(plan.changes.map((c) => [c.entry.key, c.text])).toEqual([["shift.opt.role", dutch]]);
    await writeChanges(plan.changes, root);
    expect(readFileSync(join(root, file), "utf8")).toBe(original);
  });

  it("refuses a broken placeholder, a missing plural form and a forbidden word, naming each key", () => {
    let po = exportPo(sources, "cy");
    po = edit(po, "error.internal", (e) => e.replace(/(msgstr ".*)\{ref\}/, "$1{cyfeirnod}"));
    po = edit(po, "shift.hours.mine", (e) => e.replace(/\nmsgstr\[4\] ".*"/, ""));
    po = edit(po, "shift.opt.number", (e) => e.replace(/msgstr ".*"/, 'msgstr "Sifft"'));
    const plan = planImport(sources, po);
    expect(plan.changes).toEqual([]);
    expect([...plan.problems].sort()).toEqual([
      "error.internal: placeholders differ from English (missing {ref}; not in English {cyfeirnod})",
      "shift.hours.mine: plural forms missing: many",
      "shift.opt.number: uses “sifft”, which the glossary says to avoid (shift)",
    ]);
  });

  it("refuses a Dutch faked plural, an unknown key and a file for no language it knows", () => {
    let po = exportPo(sources, "nl");
    po = edit(po, "shift.opt.role", (e) => e.replace(/msgstr ".*"/, 'msgstr "Taak(en)"'));
    po = po.replace('msgctxt "shift.opt.role"', 'msgctxt "shift.opt.roles"');
    expect(planImport(sources, po).problems).toEqual([
      "shift.opt.roles: no such message in the catalogues (a key is never changed)",
    ]);
    const faked = edit(exportPo(sources, "nl"), "shift.opt.role", (e) => e.replace(/msgstr ".*"/, 'msgstr "Taak(en)"'));
    expect(planImport(sources, faked).problems).toEqual([
      "shift.opt.role: fakes a plural with brackets, e.g. “(s)”: give plural forms or put the number after a label",
    ]);
    const french = exportPo(sources, "nl").replace('"Language: nl\\n"', '"Language: fr\\n"');
    expect(planImport(sources, french).problems).toEqual([
      "the file's Language header is “fr”: expected one of cy, nl",
    ]);
  });

  it("leaves fuzzy, untranslated and out-of-date messages as they are, and says so", () => {
    let po = exportPo(sources, "nl");
    po = edit(po, "shift.opt.role", (e) => `#, fuzzy\n${e.replace(/msgstr ".*"/, 'msgstr "Rol"')}`);
    po = edit(po, "shift.opt.place", (e) => e.replace(/msgstr ".*"/, 'msgstr ""'));
    po = edit(po, "shift.opt.when", (e) =>
      e.replace('msgid "When"', 'msgid "At"').replace(/msgstr ".*"/, 'msgstr "Om"'),
    );
    const plan = planImport(sources, po);
    expect(plan.problems).toEqual([]);
    expect(plan.changes).toEqual([]);
    expect(plan.notes).toEqual([
      "left as they are, the English changed since the file was made (export again): shift.opt.when",
      "left as they are, marked fuzzy (unsure): shift.opt.role",
      "left as they are, not translated in the file: shift.opt.place",
    ]);
  });

  it("runs as commands: export writes a file per language; import refuses with the keys, or writes", async () => {
    const root = copyOfStrings();
    const exported = runExport(["--out", join(root, "translations"), "cy"], root);
    expect(exported.code).toBe(0);
    const file = join(root, "translations", "cy.po");
    const po = readFileSync(file, "utf8");
    expect(po).toBe(exportPo(sources, "cy"));
    expect(runExport(["fr"], root)).toEqual({ code: 1, out: [], err: ["No such language: fr. Languages: cy, nl."] });

    writeFileSync(
      file,
      edit(po, "shift.opt.number", (e) => e.replace(/msgstr ".*"/, 'msgstr "Sifft"')),
    );
    const refused = await runImport([file], root);
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([
      `${file} is refused, nothing was written (1 to fix):`,
      "  shift.opt.number: uses “sifft”, which the glossary says to avoid (shift)",
    ]);
    expect(readSources(root)).toEqual(sources);

    writeFileSync(
      file,
      edit(po, "shift.opt.number", (e) => e.replace(/msgstr ".*"/, 'msgstr "Rhif y shifft"')),
    );
    expect((await runImport([file, "--check"], root)).out).toEqual([
      `${file} (cy) would change 1 messages:`,
      "  shift.opt.number (src/features/shifts/strings/rota.ts)",
    ]);
    expect(readSources(root)).toEqual(sources);
    expect((await runImport([file], root)).code).toBe(0);
    expect(byKey(readSources(root)).get("shift.opt.number")?.texts.cy?.text).toBe("Rhif y shifft");
  });
});
