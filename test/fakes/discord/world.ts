import type {
  APIApplication,
  APIGuildMember,
  APIGuildTextChannel,
  APIRole,
  APIUser,
  ApplicationFlags,
  ChannelFlags,
  ChannelType,
  GuildMemberFlags,
  GuildSystemChannelFlags,
  RoleFlags,
  GatewayGuildCreateDispatchData,
} from "discord-api-types/v10";
import { PermissionFlagsBits } from "discord-api-types/v10";
import { botToken, snowflake } from "./ids.js";

/**
 * The fake's world: one application and its bot, one guild with a text
 * channel, and two members — Alice, who may manage the server, and Bob.
 */
export interface FakeWorld {
  readonly token: string;
  readonly application: Pick<
    APIApplication,
    "id" | "name" | "flags" | "description" | "bot_public" | "bot_require_code_grant" | "verify_key" | "icon"
  >;
  readonly bot: APIUser;
  readonly guild: { readonly id: string; readonly name: string; readonly ownerId: string; readonly locale: string };
  readonly channel: APIGuildTextChannel<ChannelType.GuildText>;
  readonly members: { readonly alice: FakeMember; readonly bob: FakeMember };
}

export interface FakeMember {
  readonly user: APIUser;
  readonly nick: string | null;
  /** The member's permissions in the channel, as Discord computes and sends them with interactions. */
  readonly permissions: bigint;
}

const MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.ReadMessageHistory;

function user(username: string, globalName: string | null, bot = false): APIUser {
  return {
    id: snowflake(),
    username,
    global_name: globalName,
    discriminator: "0",
    avatar: null,
    ...(bot ? { bot: true } : {}),
  };
}

export function createWorld(): FakeWorld {
  const applicationId = snowflake();
  const bot: APIUser = { ...user("Gather", null, true), id: applicationId };
  const alice: FakeMember = {
    user: user("alice_k", "Alice K"),
    nick: "Alice (coordinator)",
    permissions: MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild,
  };
  const bob: FakeMember = { user: user("bobby", null), nick: null, permissions: MEMBER_PERMISSIONS };
  const guildId = snowflake();
  return {
    token: botToken(applicationId),
    application: {
      id: applicationId,
      name: "Gather",
      icon: null,
      description: "",
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: "0".repeat(64),
      flags: 0 as ApplicationFlags,
    },
    bot,
    guild: { id: guildId, name: "Arts & Wellbeing Network", ownerId: alice.user.id, locale: "en-GB" },
    channel: {
      id: snowflake(),
      type: 0,
      guild_id: guildId,
      name: "general",
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0 as ChannelFlags,
      last_pin_timestamp: null,
    },
    members: { alice, bob },
  };
}

export function guildMember(member: FakeMember, joinedAt = "2025-01-01T00:00:00.000Z"): APIGuildMember {
  return {
    user: member.user,
    nick: member.nick,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: joinedAt,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
  };
}

/** The GUILD_CREATE the gateway sends after READY: the guild in full, with the bot as a member. */
export function guildCreate(world: FakeWorld): GatewayGuildCreateDispatchData {
  const everyone: APIRole = {
    id: world.guild.id,
    name: "@everyone",
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: MEMBER_PERMISSIONS.toString(),
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
  const botMember: APIGuildMember = guildMember({ user: world.bot, nick: null, permissions: MEMBER_PERMISSIONS });
  return {
    id: world.guild.id,
    name: world.guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: world.guild.ownerId,
    region: "",
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [everyone],
    emojis: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: world.channel.id,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: world.guild.locale as GatewayGuildCreateDispatchData["preferred_locale"],
    public_updates_channel_id: null,
    nsfw_level: 0,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 3,
    voice_states: [],
    members: [botMember],
    channels: [world.channel],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
