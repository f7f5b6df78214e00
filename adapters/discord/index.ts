/**
 * Gather's Discord adapter: interactions in, embeds and components out, and
 * the generated slash commands with a registration that writes only on change.
 */
export { createDiscordAdapter, DiscordAdapter, type DiscordAdapterOptions, type GatherCore } from "./adapter.js";
export { buildApplicationCommands, type CommandJSON } from "./commands.js";
export { describeChange, diffCommands, type CommandChange, type CommandScope } from "./command-diff.js";
export { DiscordRequestError } from "./errors.js";
export { DiscordEventMirror } from "./events.js";
export { DiscordMessenger } from "./messenger.js";
export { registerCommands, type RegisterOptions, type RegisterResult } from "./register.js";
export { renderForm, renderMessage, type RenderedMessage, type RenderTarget } from "./render.js";
