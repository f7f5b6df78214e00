import type {
  APIApplicationCommand,
  APIAttachment,
  APIEmbed,
  APIGuildScheduledEvent,
  APIMessage,
  APIMessageTopLevelComponent,
  APIModalInteractionResponseCallbackData,
  APIUser,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
} from "discord-api-types/v10";
import { snowflake } from "./ids.js";
import type { FakeWorld } from "./world.js";

/** An interaction the fake sent over the gateway, and what the bot did with it. */
export interface IssuedInteraction {
  readonly id: string;
  readonly token: string;
  readonly type: InteractionType;
  readonly channelId: string;
  readonly guildId: string | undefined;
  readonly user: APIUser;
  /** `performance.now()` when INTERACTION_CREATE was sent. */
  readonly dispatchedAt: number;
  /** The message a pressed button is on. */
  readonly messageId: string | undefined;
  /** The interaction response, once given (Discord accepts exactly one). */
  response?: { readonly type: InteractionResponseType; readonly at: number };
  /** The message `@original` refers to. */
  originalId?: string;
  /** The modal the bot opened, so a test can submit it as a member would. */
  modal?: APIModalInteractionResponseCallbackData;
}

export interface FakeChannel {
  readonly id: string;
  readonly guildId: string | undefined;
  /** Set for a DM channel. */
  readonly recipientId?: string;
}

/** The body fields a message is made from. */
export interface MessageContent {
  readonly content?: string;
  readonly embeds?: APIEmbed[];
  readonly components?: APIMessageTopLevelComponent[];
  readonly attachments?: APIAttachment[];
  readonly flags?: number;
}

/** Loading: the "… is thinking" state of a deferred interaction response. */
export const LOADING_FLAG = 128;

/** What Discord holds: channels, messages, commands, and the interactions in flight. */
export class FakeStore {
  readonly world: FakeWorld;
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, APIMessage>();
  readonly interactions = new Map<string, IssuedInteraction>();
  readonly globalCommands: APIApplicationCommand[] = [];
  readonly guildCommands = new Map<string, APIApplicationCommand[]>();
  /** Members whose privacy settings refuse DMs from the bot. */
  readonly dmsClosed = new Set<string>();
  /** The guild's scheduled events, by id (deleted ones are removed, as Discord does). */
  readonly scheduledEvents = new Map<string, APIGuildScheduledEvent>();
  /** Whether the bot has Manage Events in the guild; a test takes it away to get 50013 Missing Permissions. */
  botManagesEvents = true;
  #dmChannels = new Map<string, string>();
  #commandVersion = 0;

  constructor(world: FakeWorld) {
    this.world = world;
    this.channels.set(world.channel.id, { id: world.channel.id, guildId: world.guild.id });
  }

  /** The DM channel with a user; the same one every time, as on Discord. */
  dmChannel(recipientId: string): FakeChannel {
    const existing = this.#dmChannels.get(recipientId);
    if (existing) return this.channels.get(existing) as FakeChannel;
    const channel: FakeChannel = { id: snowflake(), guildId: undefined, recipientId };
    this.channels.set(channel.id, channel);
    this.#dmChannels.set(recipientId, channel.id);
    return channel;
  }

  createMessage(
    channelId: string,
    body: MessageContent,
    extra: { type?: MessageType; interaction?: IssuedInteraction } = {},
  ): APIMessage {
    const { interaction } = extra;
    const message: APIMessage = {
      id: snowflake(),
      channel_id: channelId,
      author: this.world.bot,
      content: body.content ?? "",
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: body.attachments ?? [],
      embeds: body.embeds ?? [],
      pinned: false,
      type: extra.type ?? (0 as MessageType),
      components: body.components ?? [],
      flags: (body.flags ?? 0) as MessageFlags,
      ...(interaction
        ? {
            application_id: this.world.application.id,
            webhook_id: this.world.application.id,
            interaction_metadata: {
              id: interaction.id,
              type: 2 as InteractionType.ApplicationCommand,
              user: interaction.user,
              authorizing_integration_owners: { 0: this.world.guild.id },
            },
          }
        : {}),
    };
    this.messages.set(message.id, message);
    return message;
  }

  editMessage(id: string, body: MessageContent): APIMessage | undefined {
    const message = this.messages.get(id);
    if (!message) return undefined;
    const edited: APIMessage = {
      ...message,
      ...(body.content !== undefined ? { content: body.content } : {}),
      ...(body.embeds !== undefined ? { embeds: body.embeds } : {}),
      ...(body.components !== undefined ? { components: body.components } : {}),
      ...(body.attachments !== undefined ? { attachments: [...message.attachments, ...body.attachments] } : {}),
      // Editing finishes a deferred ("thinking") response; ephemeral stays as it was.
      flags: ((message.flags ?? 0) & ~LOADING_FLAG) as MessageFlags,
      edited_timestamp: new Date().toISOString(),
    };
    this.messages.set(id, edited);
    return edited;
  }

  /** Stores a bulk overwrite as Discord does: ids kept by name, defaults filled in, version bumped. */
  overwriteCommands(
    guildId: string | undefined,
    commands: readonly Record<string, unknown>[],
  ): APIApplicationCommand[] {
    const current = guildId ? (this.guildCommands.get(guildId) ?? []) : this.globalCommands;
    this.#commandVersion += 1;
    const stored = commands.map((c) => {
      const id = current.find((old) => old.name === c.name)?.id ?? snowflake();
      return registered(c, {
        id,
        applicationId: this.world.application.id,
        guildId,
        version: String(this.#commandVersion),
      });
    });
    if (guildId) this.guildCommands.set(guildId, stored);
    else this.globalCommands.splice(0, this.globalCommands.length, ...stored);
    return stored;
  }

  /** The commands a guild's members see: its own and the global ones. */
  commandNamed(name: string, guildId: string | undefined): APIApplicationCommand | undefined {
    const local = guildId ? this.guildCommands.get(guildId) : undefined;
    return local?.find((c) => c.name === name) ?? this.globalCommands.find((c) => c.name === name);
  }
}

/**
 * A command as Discord stores and returns it: with id, version and the
 * defaults it adds (`nsfw: false`, null localizations and permissions,
 * `dm_permission` and install types for global commands). It also leaves
 * out `required: false`, so the adapter's comparison must not depend on it.
 */
function registered(
  command: Record<string, unknown>,
  ids: { id: string; applicationId: string; guildId: string | undefined; version: string },
): APIApplicationCommand {
  const { contexts, integration_types, ...rest } = command;
  const base = {
    ...rest,
    id: ids.id,
    application_id: ids.applicationId,
    version: ids.version,
    type: command.type ?? 1,
    default_member_permissions: command.default_member_permissions ?? null,
    nsfw: command.nsfw ?? false,
    name_localizations: command.name_localizations ?? null,
    description_localizations: command.description_localizations ?? null,
    options: Array.isArray(command.options) ? command.options.map(dropFalseRequired) : undefined,
  };
  const scoped = ids.guildId
    ? { ...base, guild_id: ids.guildId }
    : { ...base, contexts: contexts ?? null, integration_types: integration_types ?? [0], dm_permission: true };
  return scoped as unknown as APIApplicationCommand;
}

function dropFalseRequired(option: Record<string, unknown>): Record<string, unknown> {
  const { required, ...rest } = option;
  const options = Array.isArray(rest.options) ? { options: rest.options.map(dropFalseRequired) } : {};
  return { ...rest, ...(required ? { required } : {}), ...options };
}
