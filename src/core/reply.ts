import type { DeliveryResult } from "./delivery.js";
import type { Context } from "./context.js";
import type { Responder } from "./invocation.js";
import type { Form, Message, PostedRef } from "./message.js";

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
        const ref = await responder.reply(r.message);
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
          if (r.onSent) await r.onSent(result);
        } else if (kind === "dm" && r.kind === "post") {
          const ref = await ctx.delivery.toChannel(r.spaceId, r.channelId, r.message);
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
