import type { Platform } from "./invocation.js";
import type { Message, PostedRef } from "./message.js";

/** A channel in a platform space. */
export interface ChannelTarget {
  readonly spaceExternalId: string;
  readonly channelId: string;
}

/** A message the bot posted in a channel of a platform space. */
export interface MessageTarget extends ChannelTarget {
  readonly messageId: string;
}

/**
 * The message to edit is not there any more (deleted, or its channel gone or
 * closed to the bot): thrown by {@link Messenger.edit} so the caller forgets
 * it instead of trying again. `code` is the platform's (Slack
 * `message_not_found`, Discord `10008`), safe to log.
 */
export class MessageGoneError extends Error {
  readonly code: string;

  constructor(code: string) {
    super(`the message is gone (${code})`);
    this.name = "MessageGoneError";
    this.code = code;
  }
}

/** A member's account in a platform space. */
export interface UserTarget {
  readonly spaceExternalId: string;
  readonly externalId: string;
}

/**
 * Proactive output (reminders, escalations, digests): what the core needs
 * from a platform when nobody has just typed a command.
 */
export interface Messenger {
  readonly platform: Platform;
  post(target: ChannelTarget, message: Message): Promise<PostedRef>;
  /** A direct message; rejects when the platform will not deliver it (DMs closed). */
  dm(target: UserTarget, message: Message): Promise<PostedRef>;
  /**
   * Replaces a message the bot posted (a card whose subject changed). Files
   * cannot be added to an existing message and are left out. Rejects with
   * {@link MessageGoneError} when the message or its channel is gone.
   * Optional, as platform capabilities are: without it, posted cards simply stay as they were.
   */
  edit?(target: MessageTarget, message: Message): Promise<void>;
}

/**
 * A platform adapter as main.ts sees it: started and stopped, nothing more.
 * Adapters turn platform events into Invocations for the Dispatcher and
 * render Messages and Forms back; they hold no business rules.
 */
export interface PlatformAdapter {
  readonly platform: Platform;
  /** A line for the start-up banner, e.g. "Slack (Socket Mode)". */
  readonly description: string;
  readonly messenger?: Messenger;
  start(): Promise<void>;
  stop(): Promise<void>;
}
