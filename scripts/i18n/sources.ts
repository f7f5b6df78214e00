/**
 * The catalogues as source files: every `defineStrings({...})` under src/, read with the TypeScript
 * parser (not run), so each text is known with the exact place it is written. The import writes a
 * changed translation back into that place and formats the file with prettier; nothing else in
 * the file moves. Works on whatever string files exist: a file is one if it calls `defineStrings`.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import ts from "typescript";
import { PLURAL_CATEGORIES, type Locale } from "../../src/core/i18n/define.js";
import type { Text } from "./checks.js";

/** Where one language's text of a message is written: the node's span in its file. */
export interface Written {
  readonly text: Text;
  readonly start: number;
  readonly end: number;
}

/** One message as the source declares it. */
export interface SourceEntry {
  readonly key: string;
  /** Relative to the root, with forward slashes: "src/features/shifts/strings/rota.ts". */
  readonly file: string;
  readonly texts: Readonly<Partial<Record<Locale, Written>>>;
  /** Where a language the message lacks is added: before the closing brace of its object. */
  readonly insert: { readonly at: number; readonly comma: boolean };
}

/** The repository's root (the folder holding package.json and src/). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Every .ts file under `dir` that declares strings. */
function stringFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith(".ts"))
    .map((d) => join(d.parentPath, d.name))
    .filter((path) => readFileSync(path, "utf8").includes("defineStrings("))
    .sort();
}

/** The value of a string literal, or of literals joined with `+`; undefined for anything else. */
function literal(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return literal(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = literal(node.left);
    const right = literal(node.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  return undefined;
}

const nameOf = (name: ts.PropertyName): string | undefined =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : undefined;

/** A text as written: a literal, or an object of plural forms each a literal. */
function textOf(node: ts.Expression, where: () => string): Text {
  const plain = literal(node);
  if (plain !== undefined) return plain;
  if (ts.isObjectLiteralExpression(node)) {
    const forms: Record<string, string> = {};
    for (const property of node.properties) {
      const name = ts.isPropertyAssignment(property) ? nameOf(property.name) : undefined;
      const value = name !== undefined && ts.isPropertyAssignment(property) ? literal(property.initializer) : undefined;
      if (name === undefined || value === undefined) throw new Error(`${where()}: a plural form is not a plain string`);
      forms[name] = value;
    }
    return forms;
  }
  throw new Error(`${where()}: not a plain string or plural forms`);
}

/** The messages declared in one file. */
export function entriesOf(path: string, root = ROOT): SourceEntry[] {
  const code = readFileSync(path, "utf8");
  const file = relative(root, path).split("\\").join("/");
  const source = ts.createSourceFile(path, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const entries: SourceEntry[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "defineStrings" &&
      node.arguments[0] &&
      ts.isObjectLiteralExpression(node.arguments[0])
    ) {
      for (const message of node.arguments[0].properties) {
        const line = () => `${file}:${source.getLineAndCharacterOfPosition(message.getStart()).line + 1}`;
        const key = ts.isPropertyAssignment(message) ? nameOf(message.name) : undefined;
        if (
          key === undefined ||
          !ts.isPropertyAssignment(message) ||
          !ts.isObjectLiteralExpression(message.initializer)
        )
          throw new Error(`${line()}: a message that is not "key": { en: …, cy: …, nl: … }`);
        const texts: Partial<Record<Locale, Written>> = {};
        for (const property of message.initializer.properties) {
          const locale = ts.isPropertyAssignment(property) ? nameOf(property.name) : undefined;
          if (locale === undefined || !ts.isPropertyAssignment(property)) continue;
          const value = property.initializer;
          texts[locale as Locale] = {
            text: textOf(value, () => `${line()} ${key} ${locale}`),
            start: value.getStart(),
            end: value.getEnd(),
          };
        }
        const { properties } = message.initializer;
        entries.push({
          key,
          file,
          texts,
          insert: {
            at: message.initializer.getEnd() - 1,
            comma: properties.length > 0 && !properties.hasTrailingComma,
          },
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return entries;
}

/** Every message of every catalogue under `root`/src, in file and declaration order. */
export function readSources(root = ROOT): SourceEntry[] {
  return stringFiles(join(root, "src")).flatMap((path) => entriesOf(path, root));
}

/** A text as TypeScript: a string literal, or the plural forms in the language's order. */
function code(locale: Locale, text: Text): string {
  if (typeof text === "string") return JSON.stringify(text);
  const order = PLURAL_CATEGORIES[locale] as readonly string[];
  const names = Object.keys(text).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return `{ ${names.map((name) => `${name}: ${JSON.stringify(text[name])}`).join(", ")} }`;
}

/** A translation to write: the message's text in one language. */
export interface Change {
  readonly entry: SourceEntry;
  readonly locale: Locale;
  readonly text: Text;
}

/**
 * Writes each changed text into its place in its file, then formats the file with the
 * repository's prettier settings. Answers the files written (relative to `root`).
 */
export async function writeChanges(changes: readonly Change[], root = ROOT): Promise<string[]> {
  const byFile = new Map<string, Change[]>();
  for (const change of changes) byFile.set(change.entry.file, [...(byFile.get(change.entry.file) ?? []), change]);
  const options = (await prettier.resolveConfig(join(ROOT, "package.json"))) ?? {};
  for (const [file, list] of byFile) {
    const path = join(root, file);
    let text = readFileSync(path, "utf8");
    const spans = list
      .map((change) => {
        const at = change.entry.texts[change.locale];
        if (at) return { start: at.start, end: at.end, code: code(change.locale, change.text) };
        // A language the message does not have yet (a new one): added as the object's last property.
        const { insert } = change.entry;
        const added = `${insert.comma ? "," : ""} ${change.locale}: ${code(change.locale, change.text)},`;
        return { start: insert.at, end: insert.at, code: added };
      })
      .sort((a, b) => b.start - a.start);
    for (const span of spans) text = text.slice(0, span.start) + span.code + text.slice(span.end);
    writeFileSync(path, await prettier.format(text, { ...options, filepath: path }));
  }
  return [...byFile.keys()];
}
