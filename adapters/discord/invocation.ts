import type { ChatInputCommandInteraction, Interaction, ModalSubmitInteraction } from "discord.js";
import { ComponentType, GuildMember, PermissionFlagsBits } from "discord.js";
import type { Actor, CommandInput, Invocation, Responder } from "../../src/core/invocation.js";
import type { OptionKind } from "../../src/core/options.js";
import type { Registry } from "../../src/core/registry.js";
import { normaliseMentions } from "./mentions.js";
import type { GatherInteraction } from "./responder.js";

/** Whether this is an interaction Gather answers (not autocomplete, not a select menu). */
export function isGatherInteraction(interaction: Interaction): interaction is GatherInteraction {
  return interaction.isChatInputCommand() || interaction.isButton() || interaction.isModalSubmit();
}

/**
 * The Invocation for an interaction, in a server or in the bot's DMs.
 *
 * Discord quirk: an interaction in the bot's DMs has no `guild_id` and no
 * `member`, only `user` — that includes the buttons on DMs the core sends
 * itself (the freshness question's Still current / Update / Archive). Such an
 * actor is given no space (`spaceExternalId: ""`) and the core finds the
 * member by their stored Discord account; the adapter guesses nothing.
 */
export function invocationOf(
  interaction: GatherInteraction,
  registry: Registry,
  responder: Responder,
): Invocation | undefined {
  const actor = actorOf(interaction);
  if (!interaction.channelId) return undefined;
  const base = { actor, channelId: interaction.channelId, responder };
  if (interaction.isChatInputCommand()) {
    return { ...base, kind: "command", command: interaction.commandName, input: commandInput(interaction, registry) };
  }
  if (interaction.isButton())
    return { ...base, kind: "action", customId: interaction.customId, messageId: interaction.message.id };
  return { ...base, kind: "form", formId: interaction.customId, values: formValues(interaction) };
}

/** Who acted: the guild is the space, the member's server nickname their name; in a DM, no space. */
export function actorOf(interaction: GatherInteraction): Actor {
  const { user } = interaction;
  if (!interaction.inGuild()) {
    return {
      platform: "discord",
      spaceExternalId: "",
      spaceName: "",
      userExternalId: user.id,
      displayName: user.globalName ?? user.username,
      locale: interaction.locale,
    };
  }
  const { member } = interaction;
  // An uncached guild gives the raw API member; a cached one a GuildMember.
  const nick = member instanceof GuildMember ? member.nickname : member.nick;
  return {
    platform: "discord",
    spaceExternalId: interaction.guildId,
    spaceName: interaction.guild?.name ?? interaction.guildId,
    userExternalId: user.id,
    displayName: nick ?? user.globalName ?? user.username,
    locale: interaction.locale,
    // Permissions Discord computed for this member in this channel, sent with the interaction.
    platformAdmin: interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild),
  };
}

/**
 * The subcommand and its typed options, read through discord.js's resolver,
 * which checks each option's type against what Discord sent. Options the
 * member left out are absent, not null, so the core sees "not given". Text
 * carries mentions in the core's form.
 */
function commandInput(interaction: ChatInputCommandInteraction, registry: Registry): CommandInput {
  const subcommand = interaction.options.getSubcommand(false) ?? undefined;
  const definition = registry.command(interaction.commandName)?.subcommands.find((s) => s.name === subcommand);
  const values: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(definition?.options ?? {})) {
    const value = readOption(interaction, name, option.meta.kind);
    if (value !== null) values[name] = value;
  }
  return { kind: "options", subcommand, values };
}

function readOption(
  interaction: ChatInputCommandInteraction,
  name: string,
  kind: OptionKind,
): string | number | boolean | null {
  switch (kind) {
    case "string": {
      const text = interaction.options.getString(name);
      return text === null ? null : normaliseMentions(text);
    }
    case "integer":
      return interaction.options.getInteger(name);
    case "boolean":
      return interaction.options.getBoolean(name);
  }
}

/** Every text input of the submitted modal, by its custom id (the option's name), mentions in the core's form. */
function formValues(interaction: ModalSubmitInteraction): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [id, field] of interaction.fields.fields) {
    if (field.type === ComponentType.TextInput) values[id] = normaliseMentions(field.value);
  }
  return values;
}
