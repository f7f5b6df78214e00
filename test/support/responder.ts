import type { Responder } from "../../src/core/invocation.js";
import type { Form, Message, PostedRef } from "../../src/core/message.js";

/** What a responder was asked to do, in order. */
export type Sent =
  | { readonly kind: "public"; readonly message: Message }
  | { readonly kind: "private"; readonly message: Message }
  | { readonly kind: "form"; readonly form: Form }
  | { readonly kind: "update"; readonly message: Message };

/** Public replies so far, in every responder: message ids stay unique, as a platform's are. */
let postedCount = 0;

/**
 * A Responder that records: the core's own port, implemented for tests (the
 * platforms' real wire formats are tested in test/adapters).
 */
export class RecordingResponder implements Responder {
  readonly sent: Sent[] = [];
  readonly canOpenForms: boolean;
  /** Where each public reply was posted, in order. */
  readonly posted: PostedRef[] = [];

  constructor(options: { canOpenForms?: boolean } = {}) {
    this.canOpenForms = options.canOpenForms ?? true;
  }

  async reply(message: Message): Promise<PostedRef> {
    this.sent.push({ kind: "public", message });
    postedCount += 1;
    const ref = { channelId: "C-test", messageId: `m${postedCount}` };
    this.posted.push(ref);
    return ref;
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
