import type { Form, Message, PostedRef } from "./message.js";

export const PLATFORMS = ["slack", "discord", "console"] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * Who is acting, as the platform knows them. Adapters fill this from the
 * request; the core turns it into a network, a space and a member.
 */
export interface Actor {
  readonly platform: Platform;
  /**
   * Slack team id, Discord guild id, "local" for the console; "" for a direct
   * message that carries none (the core then finds the member by their account).
   */
  readonly spaceExternalId: string;
  readonly spaceName: string;
  readonly userExternalId: string;
  readonly displayName: string;
  /** The platform's locale for this user, if it tells ("en-GB", "nl"). */
  readonly locale?: string | undefined;
  /** A workspace admin or a Discord member with Manage Server: may bootstrap roles. */
  readonly platformAdmin?: boolean;
}

/**
 * How the core answers. Each adapter implements it over its platform
 * (Bolt's respond/say/views.open, an interaction's reply/followUp/showModal,
 * the terminal).
 */
export interface Responder {
  /** Whether `openForm` can work here (the console cannot). */
  readonly canOpenForms: boolean;
  /** Posts in the channel for everyone; returns where, so it can be edited later. */
  reply(message: Message): Promise<PostedRef | undefined>;
  /** Shows only to the member who acted (Slack ephemeral, Discord ephemeral). */
  replyPrivately(message: Message): Promise<void>;
  /** Opens a modal form. Only valid as the first answer to a command or button. */
  openForm(form: Form): Promise<void>;
  /** Replaces the message the pressed button was on. */
  update(message: Message): Promise<void>;
}

/** What the member gave with a command: free text, or the platform's typed options. */
export type CommandInput =
  | { readonly kind: "text"; readonly text: string }
  | {
      readonly kind: "options";
      readonly subcommand?: string | undefined;
      readonly values: Readonly<Record<string, unknown>>;
    };

interface InvocationBase {
  readonly actor: Actor;
  readonly channelId: string;
  readonly responder: Responder;
}

export interface CommandInvocation extends InvocationBase {
  readonly kind: "command";
  /** The command's name without the slash: "update". */
  readonly command: string;
  readonly input: CommandInput;
}

export interface ActionInvocation extends InvocationBase {
  readonly kind: "action";
  readonly customId: string;
  /** The message the button was on (a Slack ts, a Discord message id), when the platform says. */
  readonly messageId?: string | undefined;
}

export interface FormInvocation extends InvocationBase {
  readonly kind: "form";
  readonly formId: string;
  readonly values: Readonly<Record<string, string>>;
}

/** Everything an adapter hands the core. */
export type Invocation = CommandInvocation | ActionInvocation | FormInvocation;
