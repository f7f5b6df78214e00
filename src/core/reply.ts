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
  | { readonly kind: "after"; readonly run: () => Promise<void> };

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
  /** Work done after every other reply has reached the member (editing other copies of a card); its failure is only logged. */
  after: (run: () => Promise<void>): Reply => ({ kind: "after", run }),
};
