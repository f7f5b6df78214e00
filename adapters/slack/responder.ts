import { webApi, type RespondFn } from "@slack/bolt";
import type { Responder } from "../../src/core/invocation.js";
import type { Form, Message, PostedRef } from "../../src/core/message.js";
import { openDm } from "./dm.js";
import { pointingToDm, shareFiles } from "./files.js";
import { renderForm } from "./modal.js";
import { renderMessage } from "./render.js";

/** What a Slack request offers for answering it; absent parts are simply not in the payload. */
export interface SlackReplyContext {
  /** A WebClient holding the bot token (Bolt's listener `client`). */
  readonly client: webApi.WebClient;
  readonly teamId: string;
  readonly channelId: string;
  readonly userId: string;
  /** Bolt's respond(): posts to the payload's response_url. */
  readonly respond?: RespondFn | undefined;
  /** The response_url itself, handed on to forms so their submissions can answer privately. */
  readonly responseUrl?: string | undefined;
  /** Valid for 3 seconds after the member acted: lets us open a modal. */
  readonly triggerId?: string | undefined;
  /** The message whose button was pressed. */
  readonly messageTs?: string | undefined;
}

/**
 * Slack's errors for a channel the bot cannot post in by itself: a private
 * channel it was not invited to, a DM between two people. The response_url
 * still works there, because Slack hands it out for the command's own channel.
 */
const NOT_REACHABLE = new Set(["not_in_channel", "channel_not_found"]);

/** The core's Responder over Slack's Web API and response_url. */
export class SlackResponder implements Responder {
  readonly canOpenForms: boolean;
  readonly #ctx: SlackReplyContext;

  constructor(ctx: SlackReplyContext) {
    this.#ctx = ctx;
    this.canOpenForms = ctx.triggerId !== undefined && ctx.triggerId !== "";
  }

  /**
   * chat.postMessage, so we get a ts to edit later; files follow in the same
   * channel. Where the bot cannot post, falls back to an in-channel response
   * via response_url, which gives no ts and cannot carry files: those go to
   * the member's DM instead.
   */
  async reply(message: Message): Promise<PostedRef | undefined> {
    const rendered = this.#render(message);
    let ref: PostedRef;
    try {
      const posted = await this.#ctx.client.chat.postMessage({
        channel: this.#ctx.channelId,
        ...rendered,
        // The card already lists its links; five unfurled previews would bury it.
        unfurl_links: false,
        unfurl_media: false,
      });
      if (!posted.ts) throw new Error("chat.postMessage answered without a ts");
      ref = { channelId: posted.channel ?? this.#ctx.channelId, messageId: posted.ts };
    } catch (error) {
      const respond = this.#ctx.respond;
      if (!respond || !NOT_REACHABLE.has(platformErrorOf(error) ?? "")) throw error;
      await respond({ response_type: "in_channel", replace_original: false, ...rendered });
      await this.#filesToDm(message);
      return undefined;
    }
    await shareFiles(this.#ctx.client, ref.channelId, message.files ?? []);
    return ref;
  }

  /**
   * Ephemeral: via response_url when there is one (it works in any channel),
   * else chat.postEphemeral. `replace_original: false` because a post to a
   * button's response_url may otherwise replace the message the button was on.
   * Ephemeral messages cannot hold files: they go to the member's DM first,
   * and the private reply says so.
   */
  async replyPrivately(message: Message): Promise<void> {
    const shown = await this.#filesToDm(message);
    const rendered = this.#render(shown);
    if (this.#ctx.respond) {
      await this.#ctx.respond({ response_type: "ephemeral", replace_original: false, ...rendered });
      return;
    }
    await this.#ctx.client.chat.postEphemeral({ channel: this.#ctx.channelId, user: this.#ctx.userId, ...rendered });
  }

  async openForm(form: Form): Promise<void> {
    const triggerId = this.#ctx.triggerId;
    if (!triggerId) throw new Error("this Slack request has no trigger_id, so no form can open");
    const view = renderForm(form, { channelId: this.#ctx.channelId, responseUrl: this.#ctx.responseUrl });
    await this.#ctx.client.views.open({ trigger_id: triggerId, view });
  }

  /**
   * Replaces the message the button was on: via response_url, else chat.update
   * by its ts. Files cannot be added to an existing message (and it may be
   * ephemeral): they go to the member's DM, as with private replies.
   */
  async update(message: Message): Promise<void> {
    const rendered = this.#render(await this.#filesToDm(message));
    if (this.#ctx.respond) {
      await this.#ctx.respond({ replace_original: true, ...rendered });
      return;
    }
    if (!this.#ctx.messageTs) throw new Error("this Slack request has no message to update");
    await this.#ctx.client.chat.update({ channel: this.#ctx.channelId, ts: this.#ctx.messageTs, ...rendered });
  }

  /**
   * Shares the message's files in the member's DM — never in the channel, where
   * everyone would see what was meant for one member — opened by the message's
   * own text. Returns the message to show instead: without files, saying where
   * they went.
   */
  async #filesToDm(message: Message): Promise<Message> {
    const files = message.files ?? [];
    if (files.length === 0) return message;
    const dm = await openDm(this.#ctx.client, this.#ctx.userId);
    // The rendered fallback text is title and text, escaped for mrkdwn: what a comment takes.
    await shareFiles(this.#ctx.client, dm, files, this.#render(message).text);
    return pointingToDm(message);
  }

  #render(message: Message) {
    return renderMessage(message, { teamId: this.#ctx.teamId });
  }
}

/** The `error` of a Web API `{ ok: false, error }` answer, if that is what failed. */
export function platformErrorOf(error: unknown): string | undefined {
  if (error instanceof Error && "code" in error && error.code === webApi.ErrorCode.PlatformError && "data" in error) {
    const data = error.data as { error?: unknown };
    return typeof data.error === "string" ? data.error : undefined;
  }
  return undefined;
}
