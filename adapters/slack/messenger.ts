import type { webApi } from "@slack/bolt";
import type { PostedRef } from "../../src/core/message.js";
import type { ChannelTarget, Messenger, UserTarget } from "../../src/core/ports.js";
import { renderMessage } from "./render.js";

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
  const post = async (
    channel: string,
    teamId: string,
    message: Parameters<Messenger["post"]>[1],
  ): Promise<PostedRef> => {
    const rendered = renderMessage(message, { teamId });
    const posted = await client.chat.postMessage({ channel, ...rendered, unfurl_links: false, unfurl_media: false });
    if (!posted.ts) throw new Error("chat.postMessage answered without a ts");
    return { channelId: posted.channel ?? channel, messageId: posted.ts };
  };
  return {
    platform: "slack",
    post: (target: ChannelTarget, message) => post(target.channelId, target.spaceExternalId, message),
    /**
     * conversations.open finds (or creates) the DM with the member; Slack
     * rejects it when the member cannot be messaged, which rejects here too.
     */
    dm: async (target: UserTarget, message) => {
      const opened = await client.conversations.open({ users: target.externalId });
      const channel = opened.channel?.id;
      if (!channel) throw new Error("conversations.open answered without a channel");
      return post(channel, target.spaceExternalId, message);
    },
  };
}
