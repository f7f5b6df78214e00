import { z } from "zod";
import type { MessageKey, MessageParams } from "./i18n/index.js";

/**
 * One declaration per option gives both the zod schema that validates it and
 * what platforms need to register it (typed command options, form fields,
 * usage hints). Nothing is written twice.
 */
export type OptionKind = "string" | "integer" | "boolean";

export interface OptionMeta {
  readonly kind: OptionKind;
  /** Short name, shown in forms and in error messages ("Summary"). */
  readonly labelKey: MessageKey;
  readonly descriptionKey: MessageKey;
  readonly descriptionParams?: MessageParams;
  readonly placeholderKey?: MessageKey;
  readonly required: boolean;
  readonly maxLength?: number;
  /** Integers: the allowed range. */
  readonly min?: number;
  readonly max?: number;
  /** Forms: a one-line or a multi-line input. */
  readonly style: "short" | "paragraph";
}

export interface Option<T> {
  readonly meta: OptionMeta;
  readonly schema: z.ZodType<T>;
}

export type OptionShape = Readonly<Record<string, Option<unknown>>>;

/** The input a handler receives for a shape of options. */
export type InputOf<S extends OptionShape> = { [K in keyof S]: S[K] extends Option<infer T> ? T : never };

interface StringOptionSettings {
  label: MessageKey;
  description: MessageKey;
  descriptionParams?: MessageParams;
  placeholder?: MessageKey;
  max: number;
  style?: "short" | "paragraph";
}

/**
 * C0 control characters other than tab, line feed and carriage return (a CR comes with CRLF line
 * endings), and DEL. NUL in particular: PostgreSQL refuses it in text, so it would fail deep in a
 * write instead of here.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Whether `text` can be stored as typed: no control characters ({@link CONTROL_CHARACTERS}) and no
 * lone surrogates (half of an emoji; not valid Unicode, refused by PostgreSQL's UTF-8 encoding).
 * Refused rather than stripped, so what is stored is always what the member sees they typed.
 */
export function isStorableText(text: string): boolean {
  return !CONTROL_CHARACTERS.test(text) && !LONE_SURROGATE.test(text);
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (UTF-16 code units). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every free-text option's first check: a short, named refusal for text that cannot be stored. */
const text = () =>
  z.string().refine(isStorableText, { message: "error.option_control_characters", abort: true }).trim();

/** Blank and whitespace-only input counts as "not given". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

function stringMeta(settings: StringOptionSettings, required: boolean): OptionMeta {
  return {
    kind: "string",
    labelKey: settings.label,
    descriptionKey: settings.description,
    ...(settings.descriptionParams ? { descriptionParams: settings.descriptionParams } : {}),
    ...(settings.placeholder ? { placeholderKey: settings.placeholder } : {}),
    required,
    maxLength: settings.max,
    style: settings.style ?? "short",
  };
}

export const opt = {
  /** A required text option, trimmed, at most `max` characters. */
  string(settings: StringOptionSettings): Option<string> {
    return {
      meta: stringMeta(settings, true),
      schema: z.preprocess(blankToUndefined, text().min(1).max(settings.max)),
    };
  },

  /** An optional text option; blank means absent. */
  optionalString(settings: StringOptionSettings): Option<string | undefined> {
    return {
      meta: stringMeta(settings, false),
      schema: z.preprocess(blankToUndefined, text().max(settings.max).optional()),
    };
  },

  /** A whole number; typed text is read as a number. */
  integer(settings: {
    label: MessageKey;
    description: MessageKey;
    descriptionParams?: MessageParams;
    min: number;
    max: number;
    required: boolean;
  }): Option<number | undefined> {
    const number = z.coerce.number().int().min(settings.min).max(settings.max);
    return {
      meta: {
        kind: "integer",
        labelKey: settings.label,
        descriptionKey: settings.description,
        ...(settings.descriptionParams ? { descriptionParams: settings.descriptionParams } : {}),
        required: settings.required,
        min: settings.min,
        max: settings.max,
        style: "short",
      },
      schema: z.preprocess(blankToUndefined, settings.required ? number : number.optional()) as z.ZodType<
        number | undefined
      >,
    };
  },

  /**
   * A text option parsed further by `schema` (for example a list of links),
   * still registered on platforms as plain text.
   */
  parsedString<T>(settings: StringOptionSettings & { required: boolean }, schema: z.ZodType<T>): Option<T> {
    const typed = settings.required ? text().min(1).max(settings.max) : text().max(settings.max).optional();
    return {
      meta: stringMeta(settings, settings.required),
      // The text schema above guarantees a (possibly absent) string reaches `schema`.
      schema: z.preprocess(blankToUndefined, typed).pipe(schema as z.ZodType<T, string | undefined>) as z.ZodType<T>,
    };
  },
};

/** The zod object for a shape of options. */
export function schemaOf<S extends OptionShape>(shape: S): z.ZodType<InputOf<S>> {
  const entries = Object.entries(shape).map(([name, option]) => [name, option.schema] as const);
  return z.object(Object.fromEntries(entries)) as unknown as z.ZodType<InputOf<S>>;
}
