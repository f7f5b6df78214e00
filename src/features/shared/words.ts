import { z } from "zod";

/** Tags: at most this many, each at most this long. */
export const TagLimits = { tags: 8, tag: 30, text: 300 } as const;

/**
 * A list typed as words separated by spaces or commas: each word normalised,
 * duplicates dropped, every word checked, at most `max` of them. Problems are
 * raised as translation keys with their parameters.
 */
export function wordList(settings: {
  normalise: (word: string) => string;
  valid: (word: string) => boolean;
  max: number;
  invalid: "update.links.invalid" | "tags.invalid";
  tooMany: "update.links.too_many" | "tags.too_many";
  params: (word: string) => Record<string, string | number>;
}) {
  return z
    .string()
    .optional()
    .transform((text, ctx) => {
      const words = [
        ...new Set(
          (text ?? "")
            .split(/[\s,]+/)
            .map(settings.normalise)
            .filter((w) => w !== ""),
        ),
      ];
      const bad = words.find((word) => !settings.valid(word));
      if (bad !== undefined) {
        ctx.addIssue({ code: "custom", message: settings.invalid, params: settings.params(bad) });
        return z.NEVER;
      }
      if (words.length > settings.max) {
        ctx.addIssue({ code: "custom", message: settings.tooMany, params: { count: words.length, max: settings.max } });
        return z.NEVER;
      }
      return words;
    });
}

const TAG = /^[\p{L}\p{N}][\p{L}\p{N}-]*$/u;

/** "#Arts, wellbeing" → ["arts", "wellbeing"]: lower-case words, at most eight. */
export const tagsSchema = wordList({
  normalise: (word) => word.replace(/^#/, "").toLowerCase(),
  valid: (tag) => TAG.test(tag) && tag.length <= TagLimits.tag,
  max: TagLimits.tags,
  invalid: "tags.invalid",
  tooMany: "tags.too_many",
  params: (word) => ({ tag: word.slice(0, 40), max: TagLimits.tag }),
});
