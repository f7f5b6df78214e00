import type { Platform } from "../../src/core/invocation.js";
import type { Message, PostedRef } from "../../src/core/message.js";
import {
  MessageGoneError,
  type ChannelTarget,
  type MessageTarget,
  type Messenger,
  type UserTarget,
} from "../../src/core/ports.js";

export type Outgoing =
  | { readonly kind: "post"; readonly target: ChannelTarget; readonly message: Message }
  | { readonly kind: "dm"; readonly target: UserTarget; readonly message: Message }
  | { readonly kind: "edit"; readonly target: MessageTarget; readonly message: Message };

/**
 * The Messenger port, recording: for feature tests of what the core sends on
 * its own. The platforms' wire formats are tested against fakes in test/adapters.
 */
export class RecordingMessenger implements Messenger {
  readonly sent: Outgoing[] = [];
  /** User ids whose DMs are closed: dm() rejects for them, as platforms do. */
  readonly closedDms = new Set<string>();

  constructor(readonly platform: Platform) {}

  async post(target: ChannelTarget, message: Message): Promise<PostedRef> {
    this.sent.push({ kind: "post", target, message });
    return { channelId: target.channelId, messageId: `p${this.sent.length}` };
  }

  async dm(target: UserTarget, message: Message): Promise<PostedRef> {
    if (this.closedDms.has(target.externalId)) throw new Error("cannot send messages to this user");
    this.sent.push({ kind: "dm", target, message });
    return { channelId: `D-${target.externalId}`, messageId: `d${this.sent.length}` };
  }

  /** Message ids that are gone (deleted on the platform): edit() rejects for them. */
  readonly deleted = new Set<string>();

  async edit(target: MessageTarget, message: Message): Promise<void> {
    if (this.deleted.has(target.messageId)) throw new MessageGoneError("message_not_found");
    this.sent.push({ kind: "edit", target, message });
  }

  /** The edits of one posted message, oldest first. */
  edits(messageId: string): Message[] {
    return this.sent.flatMap((o) => (o.kind === "edit" && o.target.messageId === messageId ? [o.message] : []));
  }

  dms(to: string): Message[] {
    return this.sent.flatMap((o) => (o.kind === "dm" && o.target.externalId === to ? [o.message] : []));
  }

  posts(channelId: string): Message[] {
    return this.sent.flatMap((o) => (o.kind === "post" && o.target.channelId === channelId ? [o.message] : []));
  }
}
