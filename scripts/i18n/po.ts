/**
 * gettext PO, the subset translators' tools write (Poedit, Weblate, Lokalize, Crowdin, OmegaT):
 * entries of `msgctxt`, `msgid`, `msgid_plural`, `msgstr`/`msgstr[n]`, with comments and flags,
 * strings in double quotes with C escapes, a long string split over several quoted lines.
 */

/** One entry: the key (msgctxt), the English (msgid, msgid_plural) and the translation. */
export interface PoEntry {
  readonly context?: string;
  readonly id: string;
  readonly idPlural?: string;
  /** msgstr, or msgstr[0], msgstr[1] …; a form the file leaves out is undefined. */
  readonly strs: readonly (string | undefined)[];
  /** Comment lines as written, without the newline ("#: src/…", "#. …"). */
  readonly comments: readonly string[];
  /** Flags of `#,` lines: "fuzzy" marks a translation the translator or tool is not sure of. */
  readonly flags: readonly string[];
  /** The line the entry starts on (1-based), for messages. */
  readonly line: number;
}

export interface PoFile {
  /** The header entry's fields: "Language", "Plural-Forms" … */
  readonly headers: Readonly<Record<string, string>>;
  readonly entries: readonly PoEntry[];
}

const ESCAPES: Readonly<Record<string, string>> = {
  n: "\n",
  t: "\t",
  r: "\r",
  '"': '"',
  "\\": "\\",
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
};

/** A PO string's quoted text, unescaped. */
function unquote(quoted: string, line: number): string {
  if (!/^".*"$/.test(quoted)) throw new Error(`line ${line}: expected a "quoted string", found ${quoted}`);
  return quoted.slice(1, -1).replace(/\\(.)/g, (whole, char: string) => {
    const value = ESCAPES[char];
    if (value === undefined) throw new Error(`line ${line}: unknown escape ${whole}`);
    return value;
  });
}

const escape = (text: string) =>
  text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\t/g, "\\t").replace(/\r/g, "\\r").replace(/\n/g, "\\n");

/** `keyword "text"`, split after each newline the way gettext writes it. */
function field(keyword: string, text: string): string {
  const lines = text.split(/(?<=\n)/);
  if (lines.length <= 1) return `${keyword} "${escape(text)}"`;
  return [`${keyword} ""`, ...lines.map((line) => `"${escape(line)}"`)].join("\n");
}

/** One entry as PO text. */
export function formatEntry(entry: Omit<PoEntry, "line" | "flags"> & { flags?: readonly string[] }): string {
  const out = [...entry.comments];
  if (entry.flags?.length) out.push(`#, ${entry.flags.join(", ")}`);
  if (entry.context !== undefined) out.push(field("msgctxt", entry.context));
  out.push(field("msgid", entry.id));
  if (entry.idPlural !== undefined) {
    out.push(field("msgid_plural", entry.idPlural));
    entry.strs.forEach((str, i) => out.push(field(`msgstr[${i}]`, str ?? "")));
  } else {
    out.push(field("msgstr", entry.strs[0] ?? ""));
  }
  return out.join("\n");
}

/** A whole file: the header's fields, then the entries. */
export function formatPo(
  headerComments: readonly string[],
  headers: Record<string, string>,
  entries: PoEntry[],
): string {
  const header = formatEntry({
    comments: headerComments,
    id: "",
    strs: [
      Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\n`)
        .join(""),
    ],
  });
  return [header, ...entries.map(formatEntry)].join("\n\n") + "\n";
}

type Keyword = "msgctxt" | "msgid" | "msgid_plural" | "msgstr";

/** Reads a PO file. Obsolete entries (`#~`) are skipped; a syntax error names its line. */
export function parsePo(text: string): PoFile {
  const entries: PoEntry[] = [];
  let headers: Record<string, string> = {};
  type Draft = {
    context?: string;
    id?: string;
    idPlural?: string;
    strs: (string | undefined)[];
    comments: string[];
    flags: string[];
    line: number;
  };
  let draft: Draft | undefined;
  /** Where continuation lines go: a keyword, and the plural index for msgstr[n]. */
  let target: { keyword: Keyword; index: number } | undefined;

  const finish = () => {
    if (!draft) return;
    if (draft.id === undefined) throw new Error(`line ${draft.line}: an entry without msgid`);
    if (draft.id === "" && draft.context === undefined) {
      headers = Object.fromEntries(
        (draft.strs[0] ?? "")
          .split("\n")
          .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
          .filter((m): m is RegExpExecArray => m !== null)
          .map((m) => [m[1]?.trim() ?? "", m[2]?.trim() ?? ""]),
      );
    } else {
      entries.push({ ...draft, id: draft.id });
    }
    draft = undefined;
    target = undefined;
  };
  const open = (line: number) => (draft ??= { strs: [], comments: [], flags: [], line });
  const append = (keyword: Keyword, index: number, value: string) => {
    const d = open(0);
    if (keyword === "msgctxt") d.context = (d.context ?? "") + value;
    else if (keyword === "msgid") d.id = (d.id ?? "") + value;
    else if (keyword === "msgid_plural") d.idPlural = (d.idPlural ?? "") + value;
    else d.strs[index] = (d.strs[index] ?? "") + value;
  };

  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#~")) {
      if (trimmed === "" && draft?.strs.length) finish();
      return;
    }
    if (trimmed.startsWith("#")) {
      if (draft?.strs.length) finish();
      const d = open(line);
      if (trimmed.startsWith("#,"))
        d.flags.push(
          ...trimmed
            .slice(2)
            .split(",")
            .map((f) => f.trim())
            .filter(Boolean),
        );
      else d.comments.push(trimmed);
      return;
    }
    if (trimmed.startsWith('"')) {
      if (!target) throw new Error(`line ${line}: a quoted string outside an entry`);
      append(target.keyword, target.index, unquote(trimmed, line));
      return;
    }
    const match = /^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+(".*")$/.exec(trimmed);
    if (!match) throw new Error(`line ${line}: cannot read “${trimmed.slice(0, 40)}”`);
    const keyword = match[1] as Keyword;
    // A new msgctxt or msgid after a msgstr starts the next entry.
    if ((keyword === "msgctxt" || keyword === "msgid") && draft?.strs.length) finish();
    const d = open(line);
    if (d.line === 0) d.line = line;
    if (keyword === "msgctxt" || keyword === "msgid") {
      if (d[keyword === "msgctxt" ? "context" : "id"] !== undefined)
        throw new Error(`line ${line}: a second ${keyword} in one entry`);
    }
    target = { keyword, index: Number(match[2] ?? 0) };
    append(keyword, target.index, unquote(match[3] ?? "", line));
  });
  finish();
  return { headers, entries };
}
