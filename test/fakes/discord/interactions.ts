import type {
  APIApplicationCommandInteractionDataBasicOption,
  APIApplicationCommandOption,
  APIChatInputApplicationCommandGuildInteraction,
  APIInteractionGuildMember,
  APIMessage,
  APIMessageComponentDMInteraction,
  APIMessageComponentGuildInteraction,
  APIModalSubmitGuildInteraction,
  APITextInputComponent,
  Locale,
  ModalSubmitLabelComponent,
} from "discord-api-types/v10";
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
} from "discord-api-types/v10";
import { interactionToken, snowflake } from "./ids.js";
import type { FakeStore, IssuedInteraction } from "./store.js";
import { guildMember, type FakeMember } from "./world.js";

/** A member typing a slash command. Options are checked against the registered command, as Discord's client does. */
export interface CommandCall {
  readonly member: FakeMember;
  readonly command: string;
  readonly subcommand?: string;
  readonly options?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly locale?: `${Locale}`;
}

export interface ButtonPress {
  readonly member: FakeMember;
  readonly customId: string;
  /** Pressed on a message in the member's DMs with the bot rather than in the guild. */
  readonly inDm?: boolean;
  /**
   * The message the button is on (in the DM channel when `inDm`); a bot
   * message holding just this button when absent.
   */
  readonly messageId?: string;
  readonly locale?: `${Locale}`;
}

export interface ModalSubmission {
  readonly member: FakeMember;
  /** The interaction the bot answered with a modal. */
  readonly modalOf: string;
  readonly values: Readonly<Record<string, string>>;
  readonly locale?: `${Locale}`;
}

type Built<T> = { readonly payload: T; readonly issued: Omit<IssuedInteraction, "dispatchedAt"> };

function base(store: FakeStore, member: FakeMember, locale: `${Locale}` | undefined) {
  const { world } = store;
  const apiMember: APIInteractionGuildMember = { ...guildMember(member), permissions: member.permissions.toString() };
  return {
    id: snowflake(),
    application_id: world.application.id,
    token: interactionToken(),
    version: 1 as const,
    app_permissions: "2248473465835073",
    locale: (locale ?? "en-GB") as Locale,
    guild_locale: world.guild.locale as Locale,
    guild_id: world.guild.id,
    guild: { id: world.guild.id, features: [], locale: world.guild.locale as Locale },
    channel: world.channel,
    channel_id: world.channel.id,
    member: apiMember,
    entitlements: [],
    authorizing_integration_owners: { 0: world.guild.id },
    context: InteractionContextType.Guild as InteractionContextType,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}

function issued(
  b: ReturnType<typeof base>,
  type: InteractionType,
  member: FakeMember,
  messageId?: string,
): Omit<IssuedInteraction, "dispatchedAt"> {
  return { id: b.id, token: b.token, type, channelId: b.channel_id, guildId: b.guild_id, user: member.user, messageId };
}

/** An APPLICATION_COMMAND interaction for a registered chat input command. */
export function chatInput(store: FakeStore, call: CommandCall): Built<APIChatInputApplicationCommandGuildInteraction> {
  const command = store.commandNamed(call.command, store.world.guild.id);
  if (!command) throw new Error(`fake Discord: /${call.command} is not registered, so no member could run it`);
  let declared: readonly APIApplicationCommandOption[] = command.options ?? [];
  if (call.subcommand !== undefined) {
    const sub = declared.find((o) => o.name === call.subcommand && o.type === ApplicationCommandOptionType.Subcommand);
    if (!sub || sub.type !== ApplicationCommandOptionType.Subcommand)
      throw new Error(`fake Discord: /${call.command} has no subcommand ${call.subcommand}`);
    declared = sub.options ?? [];
  }
  const given: APIApplicationCommandInteractionDataBasicOption[] = [];
  for (const [name, value] of Object.entries(call.options ?? {})) {
    if (value === undefined) continue;
    given.push(option(declared, name, value));
  }
  const missing = declared.find((o) => "required" in o && o.required && !given.some((g) => g.name === o.name));
  if (missing)
    throw new Error(
      `fake Discord: the client would not send /${call.command} without its required option ${missing.name}`,
    );
  const b = base(store, call.member, call.locale);
  const payload: APIChatInputApplicationCommandGuildInteraction = {
    ...b,
    type: InteractionType.ApplicationCommand,
    data: {
      id: command.id,
      name: command.name,
      type: ApplicationCommandType.ChatInput,
      guild_id: store.world.guild.id,
      options:
        call.subcommand === undefined
          ? given
          : [{ type: ApplicationCommandOptionType.Subcommand, name: call.subcommand, options: given }],
    },
  };
  return { payload, issued: issued(b, InteractionType.ApplicationCommand, call.member) };
}

function option(
  declared: readonly APIApplicationCommandOption[],
  name: string,
  value: string | number | boolean,
): APIApplicationCommandInteractionDataBasicOption {
  const o = declared.find((d) => d.name === name);
  if (!o) throw new Error(`fake Discord: the command has no option ${name}`);
  switch (o.type) {
    case ApplicationCommandOptionType.String:
      if (typeof value !== "string") throw new Error(`fake Discord: ${name} takes text`);
      if (o.max_length !== undefined && value.length > o.max_length)
        throw new Error(`fake Discord: the client stops ${name} at ${o.max_length} characters`);
      return { type: o.type, name, value };
    case ApplicationCommandOptionType.Integer:
      if (typeof value !== "number" || !Number.isInteger(value)) {
        throw new Error(`fake Discord: ${name} takes a whole number`);
      }
      if ((o.min_value !== undefined && value < o.min_value) || (o.max_value !== undefined && value > o.max_value)) {
        throw new Error(
          `fake Discord: the client keeps ${name} between ${o.min_value ?? "-∞"} and ${o.max_value ?? "∞"}`,
        );
      }
      return { type: o.type, name, value };
    case ApplicationCommandOptionType.Boolean:
      if (typeof value !== "boolean") throw new Error(`fake Discord: ${name} takes true or false`);
      return { type: o.type, name, value };
    default:
      throw new Error(`fake Discord: option type ${o.type} is not faked`);
  }
}

/** A MESSAGE_COMPONENT interaction: a member pressed a button on one of the bot's messages. */
export function buttonPress(
  store: FakeStore,
  press: ButtonPress,
): Built<APIMessageComponentGuildInteraction | APIMessageComponentDMInteraction> {
  if (press.inDm) return dmButtonPress(store, press);
  const message: APIMessage =
    (press.messageId && store.messages.get(press.messageId)) ||
    store.createMessage(store.world.channel.id, {
      content: "A message with a button",
      components: [
        {
          type: ComponentType.ActionRow,
          components: [{ type: ComponentType.Button, style: 2, custom_id: press.customId, label: "Press" }],
        },
      ],
    });
  const b = base(store, press.member, press.locale);
  const payload: APIMessageComponentGuildInteraction = {
    ...b,
    type: InteractionType.MessageComponent,
    data: { custom_id: press.customId, component_type: ComponentType.Button },
    message,
  };
  return { payload, issued: issued(b, InteractionType.MessageComponent, press.member, message.id) };
}

function dmButtonPress(store: FakeStore, press: ButtonPress): Built<APIMessageComponentDMInteraction> {
  const channel = store.dmChannel(press.member.user.id);
  const sent = press.messageId ? store.messages.get(press.messageId) : undefined;
  if (press.messageId && sent?.channel_id !== channel.id)
    throw new Error(
      `fake Discord: message ${press.messageId} is not in the member's DMs, so they cannot press it there`,
    );
  const message =
    sent ??
    store.createMessage(channel.id, {
      content: "A direct message with a button",
      components: [
        {
          type: ComponentType.ActionRow,
          components: [{ type: ComponentType.Button, style: 2, custom_id: press.customId, label: "Press" }],
        },
      ],
    });
  const { guild_id: _g, guild: _guild, member: _m, guild_locale: _l, ...b } = base(store, press.member, press.locale);
  const payload: APIMessageComponentDMInteraction = {
    ...b,
    type: InteractionType.MessageComponent,
    channel: {
      id: channel.id,
      type: ChannelType.DM,
      recipients: [press.member.user],
      last_message_id: message.id,
      name: null,
    },
    channel_id: channel.id,
    user: press.member.user,
    context: InteractionContextType.BotDM,
    data: { custom_id: press.customId, component_type: ComponentType.Button },
    message,
  };
  return {
    payload,
    issued: {
      id: b.id,
      token: b.token,
      type: InteractionType.MessageComponent,
      channelId: channel.id,
      guildId: undefined,
      user: press.member.user,
      messageId: message.id,
    },
  };
}

/**
 * A MODAL_SUBMIT interaction for the modal the bot opened: the values go in
 * the modal's order and shape, and the rules Discord's client enforces
 * (required inputs, maximum lengths) are checked first.
 */
export function modalSubmit(store: FakeStore, submission: ModalSubmission): Built<APIModalSubmitGuildInteraction> {
  const modal = store.interactions.get(submission.modalOf)?.modal;
  if (!modal) throw new Error(`fake Discord: interaction ${submission.modalOf} opened no modal`);
  let nextId = 1;
  const components: ModalSubmitLabelComponent[] = modal.components.map((component) => {
    if (component.type !== ComponentType.Label || component.component.type !== ComponentType.TextInput) {
      throw new Error("fake Discord: only labelled text inputs are faked in modals");
    }
    const input: APITextInputComponent = component.component;
    const value = submission.values[input.custom_id] ?? "";
    if (input.required !== false && value === "")
      throw new Error(`fake Discord: the client requires ${input.custom_id}`);
    if (input.max_length !== undefined && value.length > input.max_length)
      throw new Error(`fake Discord: the client stops ${input.custom_id} at ${input.max_length}`);
    const labelId = nextId++;
    return {
      type: ComponentType.Label,
      id: labelId,
      component: { type: ComponentType.TextInput, id: nextId++, custom_id: input.custom_id, value },
    };
  });
  const b = base(store, submission.member, submission.locale);
  const payload: APIModalSubmitGuildInteraction = {
    ...b,
    type: InteractionType.ModalSubmit,
    data: { custom_id: modal.custom_id, components },
  };
  return { payload, issued: issued(b, InteractionType.ModalSubmit, submission.member) };
}
