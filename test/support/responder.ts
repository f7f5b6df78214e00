import type { Responder } from "../../src/core/invocation.js";
import type { Form, Message, PostedRef } from "../../src/core/message.js";

/** What a responder was asked to do, in order. */
export type Sent =
  | { readonly kind: "public"; readonly message: Message }
  | { readonly kind: "private"; readonly message: Message }
  | { readonly kind: "form"; readonly form: Form }
  | { readonly kind: "update"; readonly message: Message };

/**
 * A Responder that records: the core's own port, implemented for tests (the
 * platforms' real wire formats are tested in test/adapters).
 */
export class RecordingResponder implements Responder {
  readonly sent: Sent[] = [];
  readonly canOpenForms: boolean;
  #posted = 0;

  constructor(options: { canOpenForms?: boolean } = {}) {
    this.canOpenForms = options.canOpenForms ?? true;
  }

  async reply(message: Message): Promise<PostedRef> {
    this.sent.push({ kind: "public", message });
    this.#posted += 1;
    return { channelId: "C-test", messageId: `m${this.#posted}` };
  }

  async replyPrivately(message: Message): Promise<void> {
    this.sent.push({ kind: "private", message });
  }

  async openForm(form: Form): Promise<void> {
    if (!this.canOpenForms) throw new Error("this responder cannot open forms");
    this.sent.push({ kind: "form", form });
  }

  async update(message: Message): Promise<void> {
    this.sent.push({ kind: "update", message });
  }

  /** The only thing sent; fails the test when there were more or none. */
  only(): Sent {
    if (this.sent.length !== 1)
      throw new Error(`expected one reply, got ${this.sent.length}: ${JSON.stringify(this.sent)}`);
    return this.sent[0] as Sent;
  }
}
