/** The Slack adapter: everything main.ts and the manifest script need. */
export { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from "./adapter.js";
export {
  BOT_SCOPES,
  MANIFEST_PATH,
  manifestJson,
  slackManifest,
  type SlackManifest,
  type SlackManifestOptions,
} from "./manifest.js";
