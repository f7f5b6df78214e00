import { mayReachLater } from "../delivery/once.js";
import { dmLater, postLater, type LaterCard } from "../delivery/outbox.js";
import type { DeliveryResult } from "./delivery.js";
import type { Context } from "./context.js";
import type { Responder } from "./invocation.js";
import { plainText, type Form, type Message, type PostedRef } from "./message.js";

/** Marks an `onPosted` that records a card, so a card posted later by a job is recorded as well. */
const CARD = Symbol("card");

/** An `onPosted` that records the card of `card.subject` (see features/shared/cards.ts rememberCard). */
export type CardOnPosted = ((ref: PostedRef) => Promise<void>) & { readonly [CARD]?: LaterCard };

/**
 * Says whose card an `onPosted` records: when the platform refuses the card and it is posted later
 * by a job, the job records it for the same subject.
 */
export function recordsCard(card: LaterCard, onPosted: (ref: PostedRef) => Promise<void>): CardOnPosted {
  return Object.assign(onPosted, { [CARD]: card });
}

/**
 * What a handler answers, as data: the dispatcher delivers it through the
 * adapter's Responder. Handlers stay easy to test and never touch a platform.
 */
export type Reply =
  | { readonly kind: "public"; readonly message: Message; readonly onPosted?: (ref: PostedRef) => Promise<void> }
  | { readonly kind: "private"; readonly message: Message }
  | { readonly kind: "form"; readonly form: Form }
  | { readonly kind: "update"; readonly message: Message }
  | { readonly kind: "after"; readonly run: () => Promise<void> }
  | {
      readonly kind: "dm";
      readonly memberId: string;
      readonly message: Message;
      /** Where to post it when no DM can be sent (the member is named there). */
      readonly fallback?: { readonly spaceId: string; readonly channelId: string };
      readonly onSent?: (result: DeliveryResult) => Promise<void>;
    }
  | {
      readonly kind: "post";
      readonly spaceId: string;
      readonly channelId: string;
      readonly message: Message;
      readonly onPosted?: (ref: PostedRef) => Promise<void>;
    };

export type Replies = Reply | readonly Reply[];

export const reply = {
  /** For everyone in the channel. */
  public: (message: Message, onPosted?: (ref: PostedRef) => Promise<void>): Reply =>
    onPosted ? { kind: "public", message, onPosted } : { kind: "public", message },
  /** Only for the member who acted. */
  private: (message: Message | string): Reply => ({
    kind: "private",
    message: typeof message === "string" ? { text: message } : message,
  }),
  form: (form: Form): Reply => ({ kind: "form", form }),
  /** Replace the message whose button was pressed. */
  update: (message: Message): Reply => ({ kind: "update", message }),
  /**
   * A direct message to another member, sent once the acting member has their answer (a pressed
   * button is answered before its DMs go out). A failure is logged, never shown to the actor.
   */
  dm: (
    memberId: string,
    message: Message,
    options: {
      fallback?: { spaceId: string; channelId: string };
      onSent?: (result: DeliveryResult) => Promise<void>;
    } = {},
  ): Reply => ({ kind: "dm", memberId, message, ...options }),
  /** A post in a channel of a stored space, sent once the acting member has their answer. */
  post: (spaceId: string, channelId: string, message: Message, onPosted?: (ref: PostedRef) => Promise<void>): Reply =>
    onPosted ? { kind: "post", spaceId, channelId, message, onPosted } : { kind: "post", spaceId, channelId, message },
  /** Work done after every other reply has reached the member (editing other copies of a card); its failure is only logged. */
  after: (run: () => Promise<void>): Reply => ({ kind: "after", run }),
};

/**
 * Sends a handler's replies through the adapter's responder, in order; then what the handler causes
 * for others (DMs, posts), then its follow-up work. The member never waits on, or hears of, a
 * failure of the last two.
 */
export async function deliver(ctx: Context, responder: Responder, replies: Replies): Promise<void> {
  const list: readonly Reply[] = Array.isArray(replies) ? replies : [replies as Reply];
  for (const r of list) {
    switch (r.kind) {
      case "after":
      case "dm":
      case "post":
        break;
      case "public": {
        let ref: PostedRef | undefined;
        try {
          ref = await responder.reply(r.message);
        } catch (error) {
          // The platform refused it after its client's retries: what it announces is stored, so the
          // card becomes a job and the member hears that it will follow, not "something went wrong".
          await postedLater(ctx, ctx.space.id, ctx.channelId, r.message, r.onPosted, error);
          await responder.replyPrivately({ text: savedText(ctx, r.message) });
          break;
        }
        if (ref && r.onPosted) await r.onPosted(ref);
        break;
      }
      case "private":
        await responder.replyPrivately(r.message);
        break;
      case "form":
        if (responder.canOpenForms) await responder.openForm(r.form);
        else await responder.replyPrivately({ text: ctx.t("error.form_unavailable", { usage: r.form.title }) });
        break;
      case "update":
        await responder.update(r.message);
        break;
    }
  }
  // What the handler causes for others (DMs, posts), then work the member need not wait for (other
  // copies of a card): once the member has their answer, in the order given; neither ever fails them.
  for (const kind of ["dm", "after"] as const) {
    for (const r of list) {
      try {
        if (kind === "dm" && r.kind === "dm") {
          const result = await ctx.delivery.toMember(r.memberId, r.message, r.fallback);
          // Refused (DMs closed, the platform down): tried again later by a job, with back-off.
          if (mayReachLater(result)) await dmLater(ctx.db, { ...r, networkId: ctx.network.id }, ctx.clock.now());
          if (r.onSent) await r.onSent(result);
        } else if (kind === "dm" && r.kind === "post") {
          let ref: PostedRef;
          try {
            ref = await ctx.delivery.toChannel(r.spaceId, r.channelId, r.message);
          } catch (error) {
            await postedLater(ctx, r.spaceId, r.channelId, r.message, r.onPosted, error);
            continue;
          }
          if (r.onPosted) await r.onPosted(ref);
        } else if (kind === "after" && r.kind === "after") {
          await r.run();
        }
      } catch (error) {
        ctx.log.warn({ err: error, reply: r.kind }, "follow-up work failed");
      }
    }
  }
}

/**
 * Plans a refused post as a job (src/delivery/outbox.ts). When even that cannot be stored (the
 * database is down too), the platform's error is thrown as it was.
 */
async function postedLater(
  ctx: Context,
  spaceId: string,
  channelId: string,
  message: Message,
  onPosted: CardOnPosted | undefined,
  refused: unknown,
): Promise<void> {
  const card = onPosted?.[CARD];
  try {
    await postLater(
      ctx.db,
      { spaceId, channelId, message, networkId: ctx.network.id, ...(card ? { card } : {}) },
      ctx.clock.now(),
    );
  } catch (error) {
    ctx.log.error({ err: error }, "a refused post could not be planned for later");
    throw refused;
  }
  ctx.log.warn({ err: refused, card: card?.subject.type }, "the platform refused a post: it will be retried as a job");
}

/** "Saved: <the card's title>. … will appear in this channel shortly." */
function savedText(ctx: Context, message: Message): string {
  const what = message.title ?? plainText(message.text).split("\n")[0]?.slice(0, 100);
  return what ? ctx.t("delivery.card_later", { what }) : ctx.t("delivery.card_later_untitled");
}
