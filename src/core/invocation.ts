import type { Form, Message, PostedRef } from "./message.js";

/**
 * A platform's name, as its adapter declares it (on its Actors, Messenger and PlatformAdapter) and
 * as it is stored with each Space. The core compares and stores it, and knows no platform by name:
 * a new adapter brings a new name.
 */
export type Platform = string;

/**
 * Who is acting, as the platform knows them. Adapters fill this from the
 * request; the core turns it into a network, a space and a member.
 */
export interface Actor {
  readonly platform: Platform;
  /**
   * The platform's id for the space (a workspace, a server, "local" for the console); "" for a
   * direct message that carries none (the core then finds the member by their account).
   */
  readonly spaceExternalId: string;
  readonly spaceName: string;
  readonly userExternalId: string;
  readonly displayName: string;
  /** The platform's locale for this user, if it tells ("en-GB", "nl"). */
  readonly locale?: string | undefined;
  /** An admin of the space as the platform sees it (it may manage the space): may bootstrap roles. */
  readonly platformAdmin?: boolean;
}

/**
 * How the core answers. Each adapter implements it over its platform
 * (a response URL, an interaction's reply and follow-ups, the terminal).
 */
export interface Responder {
  /** Whether `openForm` can work here (the console cannot). */
  readonly canOpenForms: boolean;
  /** Posts in the channel for everyone; returns where, so it can be edited later. */
  reply(message: Message): Promise<PostedRef | undefined>;
  /** Shows only to the member who acted (an ephemeral message). */
  replyPrivately(message: Message): Promise<void>;
  /** Opens a modal form. Only valid as the first answer to a command or button. */
  openForm(form: Form): Promise<void>;
  /** Replaces the message the pressed button was on. */
  update(message: Message): Promise<void>;
}

/**
 * What the member gave with a command: free text, or the platform's typed options. The adapter has
 * already put mentions in the core's form (core/mentions.ts) in text and option values alike.
 */
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
  /** The platform's id for the message the button was on, when the platform says. */
  readonly messageId?: string | undefined;
}

export interface FormInvocation extends InvocationBase {
  readonly kind: "form";
  readonly formId: string;
  readonly values: Readonly<Record<string, string>>;
}

/** Everything an adapter hands the core. */
export type Invocation = CommandInvocation | ActionInvocation | FormInvocation;
