import { z } from "zod";
import { UserError } from "../../core/errors.js";
import { opt } from "../../core/options.js";

export const PollLimits = {
  question: 200,
  option: 75,
  optionsText: 15 * 76,
  minOptions: 2,
  maxOptions: 15,
  flags: 40,
  closes: 60,
  pageSize: 10,
} as const;

/** Flag words, in every language: the poll's kind is read whatever the member's language. */
const MULTIPLE = new Set(["multiple", "lluosog", "meerdere"]);
const ANONYMOUS = new Set(["anonymous", "dienw", "anoniem"]);
/** "closes:Friday 5pm", "cau:dydd Gwener", "sluit:vrijdag". */
const CLOSES = /^(closes|cau|sluit):\s*(.*)$/i;

export interface PollFlags {
  readonly multiple: boolean;
  readonly anonymous: boolean;
}

/** "multiple anonymous", "dienw": the flags, or the first word that is none (to refuse by name). */
export function readFlags(text: string | undefined): PollFlags {
  const flags = { multiple: false, anonymous: false };
  for (const word of (text ?? "")
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((w) => w !== "")) {
    if (MULTIPLE.has(word)) flags.multiple = true;
    else if (ANONYMOUS.has(word)) flags.anonymous = true;
    else throw new UserError("polls.flag.unknown", { word: word.slice(0, 40) });
  }
  return flags;
}

const isFlagPart = (part: string) => {
  const words = part
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((w) => w !== "");
  return words.length > 0 && words.every((w) => MULTIPLE.has(w) || ANONYMOUS.has(w));
};

/** The options as typed in a form (one a line) or in text ("|" between them). */
export function splitOptions(text: string): string[] {
  return text
    .split(/[\n|]/)
    .map((o) => o.trim())
    .filter((o) => o !== "");
}

/**
 * "Where shall we meet? | Library | Café | multiple anonymous | closes: Friday 5pm": the first part is
 * the question; a part made only of flag words after the last option holds flags, a part starting
 * "closes:" (cau:, sluit:) the closing time; every other part is an option.
 */
export function pollFromText(text: string): Record<string, string> | undefined {
  const parts = text.split("|").map((p) => p.trim());
  const [question = "", ...rest] = parts;
  if (question === "" || rest.length === 0) return undefined;
  const options: string[] = [];
  const flags: string[] = [];
  let closes: string | undefined;
  // Flags come after the options: "| Anonymous | Named" is two options, not a flag and one option.
  const lastOption = rest.findLastIndex((part) => part !== "" && !CLOSES.test(part) && !isFlagPart(part));
  rest.forEach((part, index) => {
    const closing = CLOSES.exec(part);
    if (closing) closes = closing[2]?.trim() ?? "";
    else if (index > lastOption && isFlagPart(part)) flags.push(part);
    else if (part !== "") options.push(part);
  });
  return {
    question,
    options: options.join("\n"),
    flags: flags.join(" "),
    ...(closes !== undefined ? { closes } : {}),
  };
}

/** The options, checked: 2 to 15, none twice. */
export function optionsOf(text: string): string[] {
  const options = splitOptions(text);
  if (options.length < PollLimits.minOptions || options.length > PollLimits.maxOptions)
    throw new UserError("polls.options.count", { count: options.length });
  const long = options.find((o) => o.length > PollLimits.option);
  if (long) throw new UserError("polls.options.long", { max: PollLimits.option });
  const seen = new Set<string>();
  for (const option of options) {
    const key = option.toLowerCase();
    if (seen.has(key)) throw new UserError("polls.options.twice", { option });
    seen.add(key);
  }
  return options;
}

export const pollOptions = {
  question: opt.string({
    label: "polls.opt.question",
    description: "polls.opt.question.description",
    max: PollLimits.question,
  }),
  options: opt.string({
    label: "polls.opt.options",
    description: "polls.opt.options.description",
    placeholder: "polls.opt.options.placeholder",
    max: PollLimits.optionsText,
    style: "paragraph",
  }),
  flags: opt.optionalString({
    label: "polls.opt.flags",
    description: "polls.opt.flags.description",
    placeholder: "polls.opt.flags.placeholder",
    max: PollLimits.flags,
  }),
  closes: opt.optionalString({
    label: "polls.opt.closes",
    description: "polls.opt.closes.description",
    placeholder: "polls.opt.closes.placeholder",
    max: PollLimits.closes,
  }),
};

export const numberOptions = {
  number: opt.integer({
    label: "update.opt.number",
    description: "polls.opt.number.description",
    min: 1,
    max: 1_000_000,
    required: true,
  }),
};

export function numberFromText(text: string): Record<string, string> | undefined {
  const number = text.trim().replace(/^#/, "");
  return /^\d+$/.test(number) ? { number } : undefined;
}

/** A vote button's argument: the poll's id and the option's index. */
export const voteArg = z
  .string()
  .regex(/^[a-z0-9]+\.\d{1,2}$/)
  .transform((arg) => {
    const [pollId = "", index = "0"] = arg.split(".");
    return { pollId, index: Number(index) };
  });
