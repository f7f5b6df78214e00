import type { webApi } from "@slack/bolt";
import type { Message, PostedRef } from "../../src/core/message.js";
import {
  MessageGoneError,
  type ChannelTarget,
  type MessageTarget,
  type Messenger,
  type UserTarget,
} from "../../src/core/ports.js";
import { openDm } from "./dm.js";
import { shareFiles } from "./files.js";
import { renderMessage } from "./render.js";
import { platformErrorOf } from "./responder.js";

/**
 * chat.update's answers for a message that can no longer be edited: deleted,
 * its channel deleted or archived, or the bot removed from it.
 */
const GONE = new Set([
  "message_not_found",
  "channel_not_found",
  "is_archived",
  "not_in_channel",
  "cant_update_message",
]);

/**
 * Proactive output over the Web API: reminders, escalations, digests.
 *
 * The bot token belongs to one workspace. A target's spaceExternalId is
 * still passed to the renderer (it decides who can be @-mentioned) but not
 * checked against the token's team: channel and user ids are unique across
 * Slack, so a target from another workspace fails with channel_not_found
 * rather than landing in the wrong place.
 */
export function slackMessenger(client: webApi.WebClient): Messenger {
  /** Posts the message, then shares its files in the same channel; the ref is the message's. */
  const post = async (channel: string, teamId: string, message: Message): Promise<PostedRef> => {
    const rendered = renderMessage(message, { teamId });
    const posted = await client.chat.postMessage({ channel, ...rendered, unfurl_links: false, unfurl_media: false });
    if (!posted.ts) throw new Error("chat.postMessage answered without a ts");
    const ref = { channelId: posted.channel ?? channel, messageId: posted.ts };
    await shareFiles(client, ref.channelId, message.files ?? []);
    return ref;
  };
  return {
    platform: "slack",
    post: (target: ChannelTarget, message) => post(target.channelId, target.spaceExternalId, message),
    dm: async (target: UserTarget, message) =>
      post(await openDm(client, target.externalId), target.spaceExternalId, message),
    edit: async (target: MessageTarget, message) => {
      const { files: _files, ...card } = message;
      const rendered = renderMessage(card, { teamId: target.spaceExternalId });
      try {
        await client.chat.update({ channel: target.channelId, ts: target.messageId, ...rendered });
      } catch (error) {
        const code = platformErrorOf(error);
        if (code && GONE.has(code)) throw new MessageGoneError(code);
        throw error;
      }
    },
  };
}
