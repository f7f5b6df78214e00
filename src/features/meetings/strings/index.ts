/** The meetings feature's strings, one file per part of the feature. */
import { schedule } from "./schedule.js";
import { cards } from "./cards.js";
import { privacy } from "./privacy.js";
import { words } from "./words.js";
import { sentence } from "./sentence.js";

export const strings = { ...schedule, ...cards, ...privacy, ...words, ...sentence } as const;

declare module "../../../core/i18n/index.js" {
  interface FeatureStrings {
    meetings: typeof strings;
  }
}
