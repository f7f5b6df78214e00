import { z } from "zod";
import { UserError } from "../../core/errors.js";
import { opt } from "../../core/options.js";
import { tagsSchema, wordList } from "../shared/words.js";
import { isWebLink } from "../shared/links.js";
import { UpdateLimits } from "./limits.js";

export { isWebLink } from "../shared/links.js";

export { tagsSchema } from "../shared/words.js";

/** A paragraph ends at a blank line; one update is one paragraph. */
const BLANK_LINE = /\n[ \t]*\n/;

const summarySchema = z.string().superRefine((text, ctx) => {
  if (BLANK_LINE.test(text)) ctx.addIssue({ code: "custom", message: "update.summary.one_paragraph" });
});

/** "https://a, https://b" → ["https://a", "https://b"]; only http(s), at most five. */
export const linksSchema = wordList({
  normalise: (word) => word,
  valid: isWebLink,
  max: UpdateLimits.links,
  invalid: "update.links.invalid",
  tooMany: "update.links.too_many",
  params: (word) => ({ link: word.slice(0, 80) }),
});

const titleSettings = {
  label: "update.opt.title",
  description: "update.opt.title.description",
  max: UpdateLimits.title,
} as const;

const summarySettings = {
  label: "update.opt.summary",
  description: "update.opt.summary.description",
  descriptionParams: { max: UpdateLimits.summary },
  placeholder: "update.opt.summary.placeholder",
  max: UpdateLimits.summary,
  style: "paragraph",
} as const;

const links = opt.parsedString(
  {
    label: "update.opt.links",
    description: "update.opt.links.description",
    descriptionParams: { max: UpdateLimits.links },
    placeholder: "update.opt.links.placeholder",
    max: UpdateLimits.linksText,
    required: false,
  },
  linksSchema,
);

const tags = opt.parsedString(
  {
    label: "update.opt.tags",
    description: "update.opt.tags.description",
    descriptionParams: { max: UpdateLimits.tags },
    placeholder: "update.opt.tags.placeholder",
    max: UpdateLimits.tagsText,
    required: false,
  },
  tagsSchema,
);

const area = opt.optionalString({
  label: "update.opt.area",
  description: "update.opt.area.description",
  placeholder: "update.opt.area.placeholder",
  max: UpdateLimits.area,
});

const number = opt.integer({
  label: "update.opt.number",
  description: "update.opt.number.description",
  min: 1,
  max: 1_000_000,
  required: true,
});

/**
 * `/update post`: the same options for Discord, forms and typed text. With no title, the title is
 * read from the summary (see paragraph.ts).
 */
export const postOptions = {
  title: opt.optionalString({ ...titleSettings, placeholder: "update.opt.title.placeholder" }),
  summary: opt.parsedString({ ...summarySettings, required: true }, summarySchema),
  links,
  tags,
  area,
};

/** `/update edit`: the number, then whatever changes (given fields replace, absent ones stay). */
export const editOptions = {
  number,
  title: opt.optionalString(titleSettings),
  summary: opt.parsedString({ ...summarySettings, required: false }, summarySchema.optional()),
  links,
  tags,
  area,
};

export const numberOptions = { number };

export const listOptions = {
  tag: opt.optionalString({
    label: "update.opt.tag",
    description: "update.opt.tag.description",
    max: UpdateLimits.tag + 1,
  }),
  author: opt.optionalString({ label: "update.opt.author", description: "update.opt.author.description", max: 80 }),
  area: opt.optionalString({
    label: "update.opt.area",
    description: "update.opt.area.description",
    max: UpdateLimits.area,
  }),
  page: opt.integer({
    label: "update.opt.page",
    description: "update.opt.page.description",
    min: 1,
    max: 10_000,
    required: false,
  }),
};

export const searchOptions = {
  words: opt.string({
    label: "update.opt.words",
    description: "update.opt.words.description",
    max: UpdateLimits.searchWords,
  }),
};

export const freshnessOptions = {
  weeks: opt.integer({
    label: "update.opt.weeks",
    description: "update.opt.weeks.description",
    min: 1,
    max: 104,
    required: true,
  }),
};

/**
 * The typed form of an update: "Title | one paragraph | https://link #tag | Area".
 * In the third part, words starting with # are tags and the rest are links.
 */
export function contentFromText(parts: readonly string[]): Record<string, string> {
  const [titleText = "", summaryText = "", extras = "", areaText = ""] = parts;
  const words = extras.split(/\s+/).filter((w) => w !== "");
  return {
    title: titleText,
    summary: summaryText,
    links: words.filter((w) => !w.startsWith("#")).join(" "),
    tags: words.filter((w) => w.startsWith("#")).join(" "),
    area: areaText,
  };
}

const split = (text: string) => text.split("|").map((p) => p.trim());

/**
 * `/update Title | Summary | …`, or one paragraph with no "|": then it is all the summary, and the
 * handler reads the title, links and tags from it.
 */
export function postFromText(text: string): Record<string, string> | undefined {
  const parts = split(text);
  if (parts.length < 2) return { summary: text.trim() };
  const content = contentFromText(parts);
  // The "|" form names its title first: an empty one is a slip, not a paragraph.
  if (content.title === "") throw new UserError("update.reading.title_empty");
  return content;
}

/** `/update edit 12` or `/update edit 12 | Title | Summary | …`. */
export function editFromText(text: string): Record<string, string> | undefined {
  const [head = "", ...rest] = split(text);
  const number = head.replace(/^#/, "");
  if (!/^\d+$/.test(number)) return undefined;
  return rest.length === 0 ? { number } : { number, ...contentFromText(rest) };
}

/** `/update show 12`, `/update delete #12`. */
export function numberFromText(text: string): Record<string, string> | undefined {
  const number = text.trim().replace(/^#/, "");
  return /^\d+$/.test(number) ? { number } : undefined;
}

/** `/update list tag:arts area:Cardiff by:Sam 2`. */
export function listFromText(text: string): Record<string, string> | undefined {
  const values: Record<string, string> = {};
  const rest: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const match = /^(tag|area|by|author|page):(.+)$/i.exec(word);
    if (match) values[match[1]?.toLowerCase() === "by" ? "author" : (match[1]?.toLowerCase() ?? "")] = match[2] ?? "";
    else if (/^\d+$/.test(word)) values.page = word;
    else if (word.startsWith("#")) values.tag = word.slice(1);
    else rest.push(word);
  }
  return rest.length ? undefined : values;
}
