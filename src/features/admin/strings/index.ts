/** The admin feature's strings, one file per part of the feature. */
import { settings } from "./settings.js";
import { spaces } from "./spaces.js";
import { privacy } from "./privacy.js";
import { words } from "./words.js";

export const strings = { ...settings, ...spaces, ...privacy, ...words } as const;

declare module "../../../core/i18n/index.js" {
  interface FeatureStrings {
    admin: typeof strings;
  }
}
