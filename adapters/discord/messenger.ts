import type {
  APIDMChannel,
  APIMessage,
  RESTPatchAPIChannelMessageJSONBody,
  RESTPostAPIChannelMessageJSONBody,
  RESTPostAPICurrentUserCreateDMChannelJSONBody,
} from "discord-api-types/v10";
import { Routes, type REST } from "discord.js";
import type { Logger } from "../../src/core/logger.js";
import type { Message, PostedRef } from "../../src/core/message.js";
import {
  MessageGoneError,
  type ChannelTarget,
  type MessageTarget,
  type Messenger,
  type UserTarget,
} from "../../src/core/ports.js";
import { DiscordRequestError, request } from "./errors.js";
import { DiscordEventMirror } from "./events.js";
import { renderFiles, renderMessage } from "./render.js";

/** 10003 Unknown Channel, 10008 Unknown Message, 50001 Missing Access (the bot was removed from the channel). */
const GONE = new Set([10003, 10008, 50001]);

/**
 * Proactive messages over Discord's REST API, with no gateway state needed:
 * a reminder can be sent for a channel the client has never seen. Meetings also appear in each
 * server's Events tab, through {@link DiscordEventMirror}.
 */
export class DiscordMessenger implements Messenger {
  readonly platform = "discord" as const;
  readonly events: DiscordEventMirror;
  readonly #rest: REST;

  /** `log` hears, once per server, that the bot may not manage events there. */
  constructor(rest: REST, log?: Logger) {
    this.#rest = rest;
    this.events = new DiscordEventMirror(rest, log);
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

  /**
   * PATCH /channels/{channel}/messages/{message}: the card's content, embeds
   * and buttons replaced (files are left as they were). Discord's codes for a
   * message that is not there any more become {@link MessageGoneError}.
   */
  async edit(target: MessageTarget, message: Message): Promise<void> {
    const { files: _files, ...card } = message;
    // Content too: a card that was plain text and is now an embed must not keep its old text.
    const body: RESTPatchAPIChannelMessageJSONBody = {
      content: "",
      ...renderMessage(card, { guildId: target.spaceExternalId }),
    };
    try {
      await request(() => this.#rest.patch(Routes.channelMessage(target.channelId, target.messageId), { body }));
    } catch (error) {
      if (error instanceof DiscordRequestError && GONE.has(Number(error.code)))
        throw new MessageGoneError(String(error.code));
      throw error;
    }
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
