import type { Platform } from "./invocation.js";
import type { Message, PostedRef } from "./message.js";

/** A channel in a platform space. */
export interface ChannelTarget {
  readonly spaceExternalId: string;
  readonly channelId: string;
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
