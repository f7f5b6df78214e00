/** The updates feature's strings, one file per part of the feature. */
import { post } from "./post.js";
import { directory } from "./directory.js";
import { privacy } from "./privacy.js";
import { reading } from "./reading.js";

export const strings = { ...post, ...directory, ...privacy, ...reading } as const;

declare module "../../../core/i18n/index.js" {
  interface FeatureStrings {
    updates: typeof strings;
  }
}
