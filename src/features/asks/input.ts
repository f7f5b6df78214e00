import { z } from "zod";
import { UserError } from "../../core/errors.js";
import { opt } from "../../core/options.js";
import { urgencyOf } from "../../reading/keywords.js";
import { TagLimits, tagsSchema } from "../shared/words.js";

export const AskLimits = {
  what: 150,
  details: 1000,
  story: 280,
  urgency: 10,
  deadline: 40,
  availability: 150,
  pageSize: 10,
} as const;

export { URGENCIES, type Urgency } from "../../reading/keywords.js";

/** "urgent", "brys", "dringend", "laag"…: absent when not given (a paragraph may still say it). */
const urgencySchema = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (text === undefined) return undefined;
    const value = urgencyOf(text);
    if (value) return value;
    ctx.addIssue({ code: "custom", message: "asks.urgency.invalid" });
    return z.NEVER;
  });

/** "2026-12-01", "15/12/2026", "Friday", "vrijdag": read by the shared date reader in the handler. */
const deadlineSchema = z.string().optional();

/** A deadline word in the short form's third part: a day written as numbers ("2026-12-01", "15/12/2026"). */
const DEADLINE_WORD = /^(\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/;

const tags = opt.parsedString(
  {
    label: "update.opt.tags",
    description: "asks.opt.tags.description",
    placeholder: "update.opt.tags.placeholder",
    max: TagLimits.text,
    required: false,
  },
  tagsSchema,
);

/**
 * What is needed: asked for by the form (and so the form opens when nothing is given), but typed
 * text and Discord may leave it out: the title is then read from the details (see paragraph.ts).
 */
const whatOption = (() => {
  const option = opt.optionalString({
    label: "asks.opt.what",
    description: "asks.opt.what.description",
    max: AskLimits.what,
  });
  return { ...option, meta: { ...option.meta, required: true } };
})();

export const askOptions = {
  what: whatOption,
  details: opt.optionalString({
    label: "asks.opt.details",
    description: "asks.opt.details.description",
    max: AskLimits.details,
    style: "paragraph",
  }),
  tags,
  urgency: opt.parsedString(
    {
      label: "asks.opt.urgency",
      description: "asks.opt.urgency.description",
      placeholder: "asks.opt.urgency.placeholder",
      max: AskLimits.urgency,
      required: false,
    },
    urgencySchema,
  ),
  deadline: opt.parsedString(
    {
      label: "asks.opt.deadline",
      description: "asks.opt.deadline.description",
      placeholder: "asks.opt.deadline.placeholder",
      max: AskLimits.deadline,
      required: false,
    },
    deadlineSchema,
  ),
};

const number = opt.integer({
  label: "update.opt.number",
  description: "asks.opt.number.description",
  min: 1,
  max: 1_000_000,
  required: true,
});

export const numberOptions = { number };

export const storyOptions = {
  number,
  story: opt.string({
    label: "asks.opt.story",
    description: "asks.opt.story.description",
    max: AskLimits.story,
    style: "paragraph",
  }),
};

export const listOptions = {
  tag: opt.optionalString({
    label: "update.opt.tag",
    description: "update.opt.tag.description",
    max: TagLimits.tag + 1,
  }),
};

export const offerOptions = {
  tags: opt.parsedString(
    {
      label: "update.opt.tags",
      description: "asks.opt.offer_tags.description",
      placeholder: "update.opt.tags.placeholder",
      max: TagLimits.text,
      required: true,
    },
    tagsSchema,
  ),
  availability: opt.optionalString({
    label: "asks.opt.availability",
    description: "asks.opt.availability.description",
    max: AskLimits.availability,
  }),
};

/**
 * "Need a lift to the hospital | Tuesday mornings, Llanelli | #transport urgent 2026-12-01":
 * in the third part, #words are tags, an urgency word (in any language) the urgency, a date the
 * deadline. With no "|", the text is one paragraph: all of it goes in the details, and the handler
 * reads the rest from it.
 */
export function askFromText(text: string): Record<string, string> {
  if (!text.includes("|")) return { details: text.trim() };
  const [what = "", details = "", extras = ""] = text.split("|").map((p) => p.trim());
  // The "|" form names what is needed first: an empty one is a slip, not a paragraph.
  if (what === "") throw new UserError("asks.reading.what_empty");
  const words = extras.split(/\s+/).filter((w) => w !== "");
  const values: Record<string, string> = { what, details, tags: words.filter((w) => w.startsWith("#")).join(" ") };
  const urgency = words.find((w) => !w.startsWith("#") && urgencyOf(w) !== undefined);
  const deadline = words.find((w) => DEADLINE_WORD.test(w));
  if (urgency) values.urgency = urgency;
  if (deadline) values.deadline = deadline;
  const unknown = words.find((w) => !w.startsWith("#") && w !== urgency && w !== deadline);
  if (unknown) throw new UserError("asks.extras.invalid", { word: unknown.slice(0, 40) });
  return values;
}

export function numberFromText(text: string): Record<string, string> | undefined {
  const number = text.trim().replace(/^#/, "");
  return /^\d+$/.test(number) ? { number } : undefined;
}

/** "3 | The lift and a friendly driver." */
export function storyFromText(text: string): Record<string, string> | undefined {
  const [head = "", ...rest] = text.split("|").map((p) => p.trim());
  const number = head.replace(/^#/, "");
  return /^\d+$/.test(number) ? { number, story: rest.join(" | ") } : undefined;
}

/** "#transport #shopping | weekday mornings" */
export function offerFromText(text: string): Record<string, string> {
  const [tagsText = "", availability = ""] = text.split("|").map((p) => p.trim());
  return { tags: tagsText, availability };
}

export const settingsOptions = {
  bump: opt.integer({
    label: "asks.opt.bump",
    description: "asks.opt.bump.description",
    min: 1,
    max: 720,
    required: false,
  }),
  pings: opt.integer({
    label: "asks.opt.pings",
    description: "asks.opt.pings.description",
    min: 0,
    max: 50,
    required: false,
  }),
};

/** "bump:24 pings:5", in any order. */
export function settingsFromText(text: string): Record<string, string> | undefined {
  const values: Record<string, string> = {};
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const match = /^(bump|pings):(\d+)$/i.exec(word);
    if (!match) return undefined;
    values[(match[1] ?? "").toLowerCase()] = match[2] ?? "";
  }
  return values;
}
