/** The updates feature's strings, one file per part of the feature. */
import { post } from "./post.js";
import { directory } from "./directory.js";

export const strings = { ...post, ...directory } as const;

declare module "../../../core/i18n/index.js" {
  interface FeatureStrings {
    updates: typeof strings;
  }
}
