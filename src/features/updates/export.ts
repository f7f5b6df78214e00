import type { Context } from "../../core/context.js";
import type { Attachment } from "../../core/message.js";
import type { StoredUpdate } from "./domain.js";

/** RFC 4180: quote every field, double inner quotes; guard against spreadsheet formula injection. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function toCsv(updates: readonly StoredUpdate[]): string {
  const header = ["number", "title", "author", "area", "tags", "summary", "links", "status", "posted", "updated"];
  const rows = updates.map((u) =>
    [
      String(u.number),
      u.title,
      u.authorName,
      u.area ?? "",
      u.tags.join(" "),
      u.summary,
      u.links.join(" "),
      u.status,
      u.createdAt.toISOString(),
      u.updatedAt.toISOString(),
    ]
      .map(csvField)
      .join(","),
  );
  return `${[header.join(","), ...rows].join("\r\n")}\r\n`;
}

/** Escapes Markdown's active characters in member text. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]#<>|])/g, "\\$1");
}

export function toMarkdown(networkName: string, updates: readonly StoredUpdate[], generatedAt: Date): string {
  const lines = [
    `# ${md(networkName)}: project updates`,
    "",
    `Generated ${generatedAt.toISOString().slice(0, 10)}; ${updates.length} entries.`,
    "",
  ];
  for (const u of updates) {
    lines.push(`## #${u.number} ${md(u.title)}${u.status === "archived" ? " (archived)" : ""}`, "");
    const meta = [
      `By ${md(u.authorName)}`,
      u.area ? md(u.area) : "",
      u.tags.map((t) => `#${t}`).join(" "),
      `updated ${u.updatedAt.toISOString().slice(0, 10)}`,
    ];
    lines.push(meta.filter((m) => m !== "").join(" · "), "", md(u.summary), "");
    for (const link of u.links) lines.push(`- <${link}>`);
    if (u.links.length) lines.push("");
  }
  return lines.join("\n");
}

/** The directory as CSV (for spreadsheets) and Markdown (for reports to funders). */
export function exportFiles(ctx: Context, updates: readonly StoredUpdate[]): Attachment[] {
  const day = ctx.clock.now().toISOString().slice(0, 10);
  return [
    { name: `project-updates-${day}.csv`, contentType: "text/csv", content: toCsv(updates) },
    {
      name: `project-updates-${day}.md`,
      contentType: "text/markdown",
      content: toMarkdown(ctx.network.name, updates, ctx.clock.now()),
    },
  ];
}
