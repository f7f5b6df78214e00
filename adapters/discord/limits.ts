/**
 * Discord's limits, as data, checked before sending. Numbers from Discord's API reference: message
 * resource, embed limits, component reference, application commands. The core knows none of them;
 * test/adapters/discord/limits.test.ts checks they allow what the core builds (src/core/limits.ts).
 */
export const DiscordLimits = {
  customId: 100,
  modalFields: 5,
  modalTitle: 45,
  textInputLabel: 45,
  textInputValue: 4000,
  buttonLabel: 80,
  buttonsPerRow: 5,
  actionRows: 5,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  commandName: 32,
  commandDescription: 100,
  optionsPerCommand: 25,
  /** `content` of a message. */
  messageContent: 2000,
  /** Title, description, field names and values, footer and author together, across a message's embeds. */
  embedTotal: 6000,
  /** A text input's placeholder. */
  textInputPlaceholder: 100,
  /** An option's, or a subcommand's, `max_length` may not exceed this. */
  stringOptionLength: 6000,
  /** Files on one message. */
  filesPerMessage: 10,
  /** Bytes in one upload, for a server without boosts (Discord's default since 2024). */
  fileBytes: 10 * 1024 * 1024,
} as const satisfies Record<string, number>;

/**
 * Guild scheduled events (Discord's API reference, guild scheduled event resource): what Gather's
 * meeting events are cut to before sending. Discord refuses longer values with 50035.
 */
export const DiscordEventLimits = {
  /** `name`, 1–100 characters. */
  name: 100,
  /** `description`, up to 1000 characters. */
  description: 1000,
  /** `entity_metadata.location` of an EXTERNAL event, 1–100 characters (required for that type). */
  location: 100,
} as const satisfies Record<string, number>;
