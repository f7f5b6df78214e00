/** The polls feature's strings. */
import { main } from "./main.js";

export const strings = { ...main } as const;

declare module "../../../core/i18n/index.js" {
  interface FeatureStrings {
    polls: typeof strings;
  }
}
