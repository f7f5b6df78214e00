import { ErrorCode, GatherError } from "../errors.js";
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
 * it instead of trying again. `platformCode` is the platform's own code for it
 * (an error name or number), safe to log.
 */
export class MessageGoneError extends GatherError {
  declare readonly code: typeof ErrorCode.MessageGone;
  readonly platformCode: string;

  constructor(platformCode: string) {
    super(ErrorCode.MessageGone, `the message is gone (${platformCode})`, { platformCode });
    this.name = "MessageGoneError";
    this.platformCode = platformCode;
  }
}

/**
 * A meeting as a platform's own calendar shows it (a space's list of events): plain text and times,
 * nothing platform-specific. The adapter shortens what is longer than its platform allows.
 */
export interface MirroredEvent {
  readonly name: string;
  readonly description: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  /** The meeting's place, or the network's word for "tbc". */
  readonly location: string;
}

/** A platform space, for what belongs to the space as a whole (its events). */
export interface SpaceTarget {
  readonly spaceExternalId: string;
}

/**
 * The event to change is not there any more (deleted by someone in the space): thrown by
 * {@link EventMirror} so the caller forgets it (and may create a new one). `platformCode` is the
 * platform's own code for it, safe to log.
 */
export class EventGoneError extends GatherError {
  declare readonly code: typeof ErrorCode.EventGone;
  readonly platformCode: string;

  constructor(platformCode: string) {
    super(ErrorCode.EventGone, `the event is gone (${platformCode})`, { platformCode });
    this.name = "EventGoneError";
    this.platformCode = platformCode;
  }
}

/**
 * The bot may not manage events in this space (it lacks the permission). The adapter has already
 * said so in its log; the caller simply carries on.
 */
export class EventsNotAllowedError extends GatherError {
  declare readonly code: typeof ErrorCode.EventsNotAllowed;
  readonly platformCode: string;

  constructor(platformCode: string) {
    super(ErrorCode.EventsNotAllowed, `events are not allowed (${platformCode})`, { platformCode });
    this.name = "EventsNotAllowedError";
    this.platformCode = platformCode;
  }
}

/**
 * A space's own list of events, kept in step with Gather's meetings. Rejections:
 * {@link EventGoneError}, {@link EventsNotAllowedError}, or any other error for a platform failure.
 */
export interface EventMirror {
  /** Creates the event; resolves to the platform's id for it. */
  create(space: SpaceTarget, event: MirroredEvent): Promise<string>;
  /** Replaces what the event says (its time, place, name and description). */
  update(space: SpaceTarget, externalId: string, event: MirroredEvent): Promise<void>;
  /** Removes the event. */
  cancel(space: SpaceTarget, externalId: string): Promise<void>;
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
  /**
   * The space's events (its own calendar), where the platform has them. Optional:
   * without it, meetings are simply not mirrored.
   */
  readonly events?: EventMirror;
}

/**
 * A platform adapter as main.ts sees it: started and stopped, nothing more.
 * Adapters turn platform events into Invocations for the Dispatcher and
 * render Messages and Forms back; they hold no business rules.
 */
export interface PlatformAdapter {
  readonly platform: Platform;
  /** A line for the start-up banner, e.g. "console (type /help)". */
  readonly description: string;
  readonly messenger?: Messenger;
  start(): Promise<void>;
  stop(): Promise<void>;
}
