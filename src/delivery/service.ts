/**
 * Delivery by stored records: a member id or a space id in, a platform send out, through the
 * Messenger of whichever adapter serves that platform in this process.
 */
import type { Db } from "../db/index.js";
import { ErrorCode, GatherError } from "../errors.js";
import type { Delivery, DeliveryResult, Messengers, SpaceEvents } from "../core/delivery.js";
import type { Logger } from "../core/logger.js";
import type { Inline, Message, PostedRef } from "../core/message.js";

export interface DeliveryDeps {
  readonly db: Db;
  /** Filled in as adapters start; looked up at each send, so late registration is fine. */
  readonly messengers: Messengers;
  readonly logger: Logger;
}

/** Why a message reached nobody: stable codes, safe to store and show a coordinator. */
export const NotDelivered = {
  /** The member is gone (erased) or never existed. */
  noMember: "no_member",
  /** None of the member's accounts is on a platform this process can send to. */
  noMessenger: "no_messenger",
  /** Every DM was refused (DMs closed, bot blocked) and no fallback channel was given. */
  dmFailed: "dm_failed",
  /** The DMs failed and so did the post to the fallback channel. */
  channelFailed: "channel_failed",
} as const;

/** Thrown by toChannel and edit when they cannot even try: an unknown space, or no adapter for its platform. */
export class DeliveryError extends GatherError {
  declare readonly code: typeof ErrorCode.DeliveryUnknownSpace | typeof ErrorCode.DeliveryNoMessenger;

  constructor(code: DeliveryError["code"], message: string, data: Record<string, unknown> = {}) {
    super(code, message, data);
    this.name = "DeliveryError";
  }
}

/**
 * Creates the {@link Delivery} the core and the jobs send through.
 *
 * `toMember` tries a DM on each of the member's accounts, oldest first, skipping platforms with no
 * messenger here; the first that takes it wins. When none does and a fallback channel is given,
 * the message is posted there, opening with a mention of the member: in a shared channel it must
 * say whom it is for. Logs carry ids and platforms only, never the text or a name.
 */
export function createDelivery(deps: DeliveryDeps): Delivery {
  const { db, messengers } = deps;
  const log = deps.logger.child({ component: "delivery" });

  async function spaceMessenger(spaceId: string) {
    const space = await db.space.findUnique({ where: { id: spaceId }, select: { platform: true, externalId: true } });
    if (!space) throw new DeliveryError(ErrorCode.DeliveryUnknownSpace, `no space ${spaceId}`, { spaceId });
    const messenger = messengers.get(space.platform);
    if (!messenger)
      throw new DeliveryError(ErrorCode.DeliveryNoMessenger, `no messenger for ${space.platform} in this process`, {
        platform: space.platform,
      });
    return { space, messenger };
  }

  async function toChannel(spaceId: string, channelId: string, message: Message): Promise<PostedRef> {
    const { space, messenger } = await spaceMessenger(spaceId);
    return messenger.post({ spaceExternalId: space.externalId, channelId }, message);
  }

  async function edit(spaceId: string, ref: PostedRef, message: Message): Promise<void> {
    const { space, messenger } = await spaceMessenger(spaceId);
    if (!messenger.edit)
      throw new DeliveryError(ErrorCode.DeliveryNoMessenger, `the ${space.platform} messenger cannot edit messages`, {
        platform: space.platform,
      });
    await messenger.edit(
      { spaceExternalId: space.externalId, channelId: ref.channelId, messageId: ref.messageId },
      message,
    );
  }

  async function eventsIn(spaceId: string): Promise<SpaceEvents | undefined> {
    const space = await db.space.findUnique({ where: { id: spaceId }, select: { platform: true, externalId: true } });
    const messenger = space ? messengers.get(space.platform) : undefined;
    const events = messenger?.events;
    if (!space || !messenger || !events) return undefined;
    const target = { spaceExternalId: space.externalId };
    return {
      platform: messenger.platform,
      create: (event) => events.create(target, event),
      update: (externalId, event) => events.update(target, externalId, event),
      cancel: (externalId) => events.cancel(target, externalId),
    };
  }

  async function toMember(
    memberId: string,
    message: Message,
    fallback?: { spaceId: string; channelId: string },
  ): Promise<DeliveryResult> {
    const member = await db.member.findUnique({
      where: { id: memberId },
      select: {
        displayName: true,
        identities: {
          select: { externalId: true, space: { select: { id: true, platform: true, externalId: true } } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        },
      },
    });
    if (!member) return { via: "none", reason: NotDelivered.noMember };

    let tried = 0;
    for (const identity of member.identities) {
      const messenger = messengers.get(identity.space.platform);
      if (!messenger) continue;
      tried++;
      try {
        const ref = await messenger.dm(
          { spaceExternalId: identity.space.externalId, externalId: identity.externalId },
          message,
        );
        return { via: "dm", ref };
      } catch (error) {
        // Expected now and then (DMs closed): note it and try the next account.
        log.info({ member: memberId, platform: identity.space.platform, error: errorText(error) }, "DM not delivered");
      }
    }

    const reason = tried === 0 ? NotDelivered.noMessenger : NotDelivered.dmFailed;
    if (!fallback) {
      log.warn({ member: memberId, reason }, "member not reached");
      return { via: "none", reason };
    }
    try {
      // Mention them with their account on the fallback space, when they have one there.
      const there = member.identities.find((i) => i.space.id === fallback.spaceId);
      const mention: Inline = {
        kind: "member",
        name: member.displayName,
        ...(there
          ? {
              ref: {
                platform: there.space.platform,
                spaceExternalId: there.space.externalId,
                externalId: there.externalId,
              },
            }
          : {}),
      };
      const ref = await toChannel(fallback.spaceId, fallback.channelId, addressedTo(mention, message));
      log.info(
        { member: memberId, reason, space: fallback.spaceId },
        "DM not possible: posted in the fallback channel",
      );
      return { via: "channel", ref };
    } catch (error) {
      log.warn(
        { member: memberId, reason, space: fallback.spaceId, error: errorText(error) },
        "member not reached: fallback channel failed too",
      );
      return { via: "none", reason: NotDelivered.channelFailed };
    }
  }

  return { toMember, toChannel, edit, eventsIn };
}

/** The message with a mention in front, so a post in a shared channel says whom it is for. */
function addressedTo(mention: Inline, message: Message): Message {
  const text = message.text === undefined ? [] : typeof message.text === "string" ? [message.text] : message.text;
  return { ...message, text: [mention, ...(text.length > 0 ? [" ", ...text] : [])] };
}

/** A platform error's message, short; platform SDK errors hold codes, not message text. */
function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error;
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
