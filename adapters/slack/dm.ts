import type { webApi } from "@slack/bolt";

/**
 * The bot's direct-message channel with a member (a "D…" id). conversations.open
 * finds it or creates it (needs im:write); Slack refuses for a member who cannot
 * be messaged (user_disabled and the like), which rejects here too.
 */
export async function openDm(client: webApi.WebClient, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  const channel = opened.channel?.id;
  if (!channel) throw new Error("conversations.open answered without a channel");
  return channel;
}
