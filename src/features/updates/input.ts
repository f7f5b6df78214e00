import { z } from "zod";
import { opt } from "../../core/options.js";
import { UpdateLimits } from "./limits.js";

/** A paragraph ends at a blank line; one update is one paragraph. */
const BLANK_LINE = /\n[ \t]*\n/;

const summarySchema = z.string().superRefine((text, ctx) => {
  if (BLANK_LINE.test(text)) ctx.addIssue({ code: "custom", message: "update.summary.one_paragraph" });
});

/** "https://a, https://b" → ["https://a", "https://b"]; only http(s), at most five, no duplicates. */
export const linksSchema = z
  .string()
  .optional()
  .transform((text, ctx) => {
    const links = [...new Set((text ?? "").split(/[\s,]+/).filter((l) => l !== ""))];
    const bad = links.find((link) => !isWebLink(link));
    if (bad !== undefined) {
      ctx.addIssue({ code: "custom", message: "update.links.invalid", params: { link: bad.slice(0, 80) } });
      return z.NEVER;
    }
    if (links.length > UpdateLimits.links) {
      ctx.addIssue({ code: "custom", message: "update.links.too_many", params: { count: links.length, max: UpdateLimits.links } });
      return z.NEVER;
    }
    return links;
  });

export function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** The options of `/update post`: the same for Discord options, forms and typed text. */
export const postOptions = {
  title: opt.string({
    label: "update.opt.title",
    description: "update.opt.title.description",
    max: UpdateLimits.title,
  }),
  summary: opt.parsedString(
    {
      label: "update.opt.summary",
      description: "update.opt.summary.description",
      descriptionParams: { max: UpdateLimits.summary },
      placeholder: "update.opt.summary.placeholder",
      max: UpdateLimits.summary,
      style: "paragraph",
      required: true,
    },
    summarySchema,
  ),
  links: opt.parsedString(
    {
      label: "update.opt.links",
      description: "update.opt.links.description",
      descriptionParams: { max: UpdateLimits.links },
      placeholder: "update.opt.links.placeholder",
      max: UpdateLimits.linksText,
      required: false,
    },
    linksSchema,
  ),
};

/**
 * Typed text: "Title | one paragraph | https://link https://other".
 * Links may also stand in a third part only; the summary keeps its own text.
 */
export function postFromText(text: string): Record<string, string> | undefined {
  const parts = text.split("|").map((p) => p.trim());
  if (parts.length < 2) return undefined;
  const [title = "", summary = "", ...links] = parts;
  return { title, summary, links: links.join(" ") };
}
