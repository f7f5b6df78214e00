import type { Context } from "./context.js";
import type { Role } from "./domain.js";
import type { MessageKey, Translate } from "./i18n/index.js";
import { CoreLimits } from "./limits.js";
import type { Form } from "./message.js";
import { schemaOf, type InputOf, type OptionShape } from "./options.js";
import type { Replies } from "./reply.js";
import type { z } from "zod";

/**
 * A subcommand: one declarative definition from which the core validates
 * input and every platform registration (Slack manifest, Discord command JSON,
 * forms) is generated.
 */
export interface SubcommandDefinition<S extends OptionShape = OptionShape> {
  readonly name: string;
  readonly descriptionKey: MessageKey;
  /** Least role that may run it; "member" when absent. */
  readonly role?: Role;
  /**
   * Least role help lists it for, when the handler checks the role itself (settings, whose first
   * admin is a platform admin): `role` when absent.
   */
  readonly shownTo?: Role;
  /**
   * "help" is one of its values (`/gather channel help` names the help channel), so `help` after it
   * runs it; "cymorth" and "hulp" still show its help. Every other subcommand shows its help.
   */
  readonly helpIsValue?: boolean;
  /** Options in the order platforms show them. */
  readonly options: S;
  /** A one-line usage example; `{command}` is filled with how the command is typed. */
  readonly usageKey?: MessageKey;
  /**
   * How a line of free text (Slack, the console) becomes option values.
   * Absent: a subcommand with one option takes the whole text as it.
   * Return undefined when the text cannot be read: the member is shown the usage.
   */
  readonly fromText?: (text: string) => Record<string, string> | undefined;
  /**
   * The subcommand's form: one field per option, except `argOption`, which
   * travels in the form's id (`update.edit:12`) — what the form is about.
   * Without an `argOption`, giving the subcommand nothing opens the form.
   */
  readonly form?: { readonly titleKey: MessageKey; readonly submitKey: MessageKey; readonly argOption?: string };
  readonly handle: (ctx: Context, input: InputOf<S>) => Promise<Replies>;
}

/** A subcommand with its input type erased, as the registry holds it. */
export interface AnySubcommand extends Omit<SubcommandDefinition, "handle"> {
  readonly schema: z.ZodType<unknown>;
  readonly handle: (ctx: Context, input: unknown) => Promise<Replies>;
}

export interface CommandDefinition {
  /** Lower-case, without the slash: "update". */
  readonly name: string;
  readonly descriptionKey: MessageKey;
  readonly subcommands: readonly AnySubcommand[];
  /** Run when the text does not start with a subcommand's name ("/update Title | …"). */
  readonly defaultSubcommand?: string;
}

/** Declares a subcommand, keeping its input type for the handler. */
export function defineSubcommand<S extends OptionShape>(definition: SubcommandDefinition<S>): AnySubcommand {
  return {
    ...definition,
    schema: schemaOf(definition.options) as z.ZodType<unknown>,
    handle: (ctx, input) => definition.handle(ctx, input as InputOf<S>),
  };
}

export function defineCommand(definition: CommandDefinition): CommandDefinition {
  const names = new Set(definition.subcommands.map((s) => s.name));
  if (names.size !== definition.subcommands.length)
    throw new Error(`/${definition.name} has two subcommands with one name`);
  if (definition.defaultSubcommand && !names.has(definition.defaultSubcommand)) {
    throw new Error(`/${definition.name}: default subcommand "${definition.defaultSubcommand}" is not defined`);
  }
  return definition;
}

/** A button handler, found by the `feature.action` part of a custom id. */
export interface ActionDefinition {
  readonly name: string;
  readonly role?: Role;
  readonly handle: (ctx: Context, arg: string) => Promise<Replies>;
}

export function defineAction(definition: ActionDefinition): ActionDefinition {
  return definition;
}

/** The form id of a subcommand (`update.edit:12`): submitting the form runs it. */
export const formIdOf = (command: string, subcommand: string, arg?: string) =>
  arg === undefined ? `${command}.${subcommand}` : `${command}.${subcommand}:${arg}`;

/** Reads a form id back into its command, subcommand and argument. */
export function parseFormId(formId: string): { command: string; subcommand: string; arg: string | undefined } {
  const colon = formId.indexOf(":");
  const head = colon === -1 ? formId : formId.slice(0, colon);
  const [command = "", subcommand = ""] = head.split(".");
  return { command, subcommand, arg: colon === -1 ? undefined : formId.slice(colon + 1) };
}

/** The form for a subcommand: one field per option but the form's argument (at most five, Discord's limit). */
export function formFor(
  t: Translate,
  prefix: string,
  command: CommandDefinition,
  sub: AnySubcommand,
  options: { arg?: string; values?: Readonly<Record<string, string>> } = {},
): Form {
  if (!sub.form) throw new Error(`${prefix}${command.name} ${sub.name} has no form`);
  const argOption = sub.form.argOption;
  const fields = Object.entries(sub.options)
    .filter(([id]) => id !== argOption)
    .map(([id, option]) => {
      const value = options.values?.[id];
      return {
        id,
        label: t(option.meta.labelKey),
        style: option.meta.style,
        required: option.meta.required,
        ...(option.meta.maxLength ? { maxLength: option.meta.maxLength } : {}),
        ...(option.meta.placeholderKey ? { placeholder: t(option.meta.placeholderKey) } : {}),
        ...(value !== undefined && value !== "" ? { value } : {}),
      };
    });
  if (fields.length > CoreLimits.formFields)
    throw new Error(`${prefix}${command.name} ${sub.name}: a form holds at most ${CoreLimits.formFields} fields`);
  return {
    id: formIdOf(command.name, sub.name, options.arg),
    title: t(sub.form.titleKey),
    submitLabel: t(sub.form.submitKey),
    fields,
  };
}
