import type {
  APIDMChannel,
  APIMessage,
  RESTPostAPIChannelMessageJSONBody,
  RESTPostAPICurrentUserCreateDMChannelJSONBody,
} from "discord-api-types/v10";
import { Routes, type REST } from "discord.js";
import type { Message, PostedRef } from "../../src/core/message.js";
import type { ChannelTarget, Messenger, UserTarget } from "../../src/core/ports.js";
import { request } from "./errors.js";
import { renderFiles, renderMessage } from "./render.js";

/**
 * Proactive messages over Discord's REST API, with no gateway state needed:
 * a reminder can be sent for a channel the client has never seen.
 */
export class DiscordMessenger implements Messenger {
  readonly platform = "discord" as const;
  readonly #rest: REST;

  constructor(rest: REST) {
    this.#rest = rest;
  }

  async post(target: ChannelTarget, message: Message): Promise<PostedRef> {
    return this.#send(target.channelId, message, target.spaceExternalId);
  }

  /**
   * Opens (or reopens: Discord returns the same channel) the DM channel, then
   * posts in it. Rejects when the member does not accept DMs from server
   * members (Discord error 50007), so the caller can fall back to the channel.
   */
  async dm(target: UserTarget, message: Message): Promise<PostedRef> {
    const body: RESTPostAPICurrentUserCreateDMChannelJSONBody = { recipient_id: target.externalId };
    const channel = await request(() => this.#rest.post(Routes.userChannels(), { body }) as Promise<APIDMChannel>);
    // Mentions in a DM still refer to the server the message is about.
    return this.#send(channel.id, message, target.spaceExternalId);
  }

  async #send(channelId: string, message: Message, guildId: string): Promise<PostedRef> {
    const body: RESTPostAPIChannelMessageJSONBody = renderMessage(message, { guildId });
    // With files, discord.js's REST client sends multipart: the body as payload_json, each file as files[n].
    const files = renderFiles(message).map((file) => ({
      name: file.name,
      contentType: file.contentType,
      data: file.data,
    }));
    const posted = await request(
      () => this.#rest.post(Routes.channelMessages(channelId), { body, files }) as Promise<APIMessage>,
    );
    return { channelId: posted.channel_id, messageId: posted.id };
  }
}
