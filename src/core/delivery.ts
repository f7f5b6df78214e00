import type { Platform } from "./invocation.js";
import type { Message, PostedRef } from "./message.js";
import type { MirroredEvent, Messenger } from "./ports.js";

/**
 * Where proactive output goes: the Messengers of the adapters running in this
 * process, registered when each adapter starts. Created before the adapters
 * (they need the core, the core needs their messengers), so it is filled in
 * afterwards.
 */
export class Messengers {
  readonly #byPlatform = new Map<Platform, Messenger>();

  register(messenger: Messenger): void {
    this.#byPlatform.set(messenger.platform, messenger);
  }

  get(platform: Platform): Messenger | undefined {
    return this.#byPlatform.get(platform);
  }
}

/** How a message to a member was delivered, so a coordinator can be told who was not reached. */
export type DeliveryResult =
  | { readonly via: "dm"; readonly ref: PostedRef }
  | { readonly via: "channel"; readonly ref: PostedRef }
  | { readonly via: "none"; readonly reason: string };

/**
 * Sends to members and channels by their stored records, whichever platform
 * they are on. A DM that fails falls back to a channel when one is given.
 */
export interface Delivery {
  /** A direct message to a member, on the first of their platform accounts that can take it. */
  toMember(
    memberId: string,
    message: Message,
    fallback?: { spaceId: string; channelId: string },
  ): Promise<DeliveryResult>;
  /** A post in a channel of a stored space. */
  toChannel(spaceId: string, channelId: string, message: Message): Promise<PostedRef>;
  /**
   * Replaces a message posted in a channel of a stored space. Rejects with
   * MessageGoneError (core/ports.ts) when the platform says it is not there any more.
   */
  edit(spaceId: string, ref: PostedRef, message: Message): Promise<void>;
  /**
   * The events of a stored space, when its platform keeps events and its adapter runs in this
   * process; undefined otherwise (a platform without events, an unknown space). Optional, so stand-ins
   * for Delivery need not offer it.
   */
  eventsIn?(spaceId: string): Promise<SpaceEvents | undefined>;
}

/** {@link EventMirror} (core/ports.ts) bound to one stored space; rejects as it does. */
export interface SpaceEvents {
  /** The space's platform, for logs. */
  readonly platform: Platform;
  create(event: MirroredEvent): Promise<string>;
  update(externalId: string, event: MirroredEvent): Promise<void>;
  cancel(externalId: string): Promise<void>;
}
