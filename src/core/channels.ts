import type { Context } from "./context.js";
import type { MessageKey, MessageParams } from "./i18n/index.js";
import type { Message, PostedRef } from "./message.js";
import { reply, type Replies } from "./reply.js";

/** The channels a space can name for each kind of post (`/gather channel …`). */
export const CHANNEL_KINDS = ["updates", "help", "shifts", "reminders", "digest"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** The Space column holding each kind's channel. */
export const CHANNEL_COLUMNS = {
  updates: "updatesChannelId",
  help: "helpChannelId",
  shifts: "shiftsChannelId",
  reminders: "remindersChannelId",
  digest: "digestChannelId",
} as const satisfies Record<ChannelKind, string>;

/** The channel this space chose for `kind`, if any (read with the space when the request began). */
export function channelOf(ctx: Pick<Context, "space">, kind: ChannelKind): string | undefined {
  return ctx.space.channels[kind];
}

/**
 * A public card, posted in the space's channel for `kind` when one is set and
 * it is not this one; the member is then told privately where it went
 * (`confirmation`). Without such a channel, or when that post fails, the card
 * is posted here as before. Either way the card is in this space; `onPosted` hears where.
 */
export async function postInChannel(
  ctx: Context,
  kind: ChannelKind,
  message: Message,
  confirmation: { key: MessageKey; params?: MessageParams },
  onPosted?: (ref: PostedRef) => Promise<void>,
): Promise<Replies> {
  const channel = channelOf(ctx, kind);
  if (!channel || channel === ctx.channelId) return reply.public(message, onPosted);
  let ref: PostedRef;
  try {
    ref = await ctx.delivery.toChannel(ctx.space.id, channel, message);
  } catch (error) {
    ctx.log.warn({ err: error, kind }, "could not post in the chosen channel: posted here instead");
    return reply.public(message, onPosted);
  }
  await onPosted?.(ref);
  return reply.private(ctx.t(confirmation.key, confirmation.params));
}
