import type { z } from "zod";
import { UserError } from "./errors.js";
import { isMessageKey, type MessageKey, type MessageParams, type Translate } from "./i18n/index.js";
import type { OptionShape } from "./options.js";

/**
 * Turns the first zod issue into a friendly UserError naming the option.
 * Schemas raise their own advice as custom issues whose message is a
 * translation key (with `params`), e.g. "update.links.invalid".
 */
export function userErrorFrom(
  error: z.ZodError,
  options: OptionShape,
  raw: Readonly<Record<string, unknown>>,
  t: Translate,
): UserError {
  // Hidden control characters first: the member cannot see them, so any other advice would puzzle them.
  const issue = error.issues.find((i) => i.message === CONTROL_CHARACTERS_KEY) ?? error.issues[0];
  if (!issue) return new UserError("error.option_invalid", { option: "?", hint: "" });
  return userErrorFromIssue(issue, options, raw, t);
}

/** The refusal options.ts gives text with control characters or lone surrogates in it. */
const CONTROL_CHARACTERS_KEY: MessageKey = "error.option_control_characters";

/** A submitted form's failing fields: field id → a short message to show under that field. */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * The same advice as {@link userErrorFrom}, one message per failing field
 * (its first issue), for showing under each field of a form. Undefined when
 * an issue concerns something that is not one of `fields` (the form's
 * argument, an option the form does not show): the member could not fix it
 * in the form, so the caller answers as for typed input instead.
 */
export function fieldErrorsFrom(
  error: z.ZodError,
  options: OptionShape,
  raw: Readonly<Record<string, unknown>>,
  t: Translate,
  fields: ReadonlySet<string>,
): FieldErrors | undefined {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? "");
    if (!fields.has(name)) return undefined;
    if (Object.hasOwn(errors, name)) continue;
    const refusal = userErrorFromIssue(issue, options, raw, t);
    errors[name] = t(refusal.key, refusal.params).trim();
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
}

function userErrorFromIssue(
  issue: z.ZodError["issues"][number],
  options: OptionShape,
  raw: Readonly<Record<string, unknown>>,
  t: Translate,
): UserError {
  const name = String(issue.path[0] ?? "");
  const option = options[name];
  const label = option ? t(option.meta.labelKey) : name;

  if (issue.code === "custom" && isMessageKey(issue.message)) {
    const params = (issue.params ?? {}) as MessageParams;
    return new UserError(issue.message, { option: label, ...params });
  }
  const given = raw[name];
  if (given === undefined || given === null || (typeof given === "string" && given.trim() === "")) {
    return new UserError("error.option_required", { option: label });
  }
  const meta = option?.meta;
  if (meta?.kind === "integer") {
    return new UserError("error.option_range", { option: label, min: meta.min ?? 0, max: meta.max ?? 0 });
  }
  if (issue.code === "too_big")
    return new UserError("error.option_too_long", { option: label, max: Number(issue.maximum) });
  if (issue.code === "too_small") {
    return Number(issue.minimum) <= 1
      ? new UserError("error.option_required", { option: label })
      : new UserError("error.option_too_short", { option: label, min: Number(issue.minimum) });
  }
  return new UserError("error.option_invalid", { option: label, hint: "" });
}
