import { DiscordLimits } from "../../src/core/limits.js";

/**
 * Discord limits the core does not need to know, next to the ones it does
 * (src/core/limits.ts). Numbers from Discord's API reference: message
 * resource, embed limits, component reference.
 */
export const DiscordRenderLimits = {
  ...DiscordLimits,
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
} as const;

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
