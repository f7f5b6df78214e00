/** The asks feature's strings. */
import { main } from "./main.js";
import { privacy } from "./privacy.js";
import { reading } from "./reading.js";

export const strings = { ...main, ...privacy, ...reading } as const;

declare module "../../../core/i18n/index.js" {
  interface FeatureStrings {
    asks: typeof strings;
  }
}
