import type { DeliveryResult } from "./delivery.js";
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
