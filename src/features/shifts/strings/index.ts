/** The shifts feature's strings, one file per part of the feature. */
import { rota } from "./rota.js";
import { manage } from "./manage.js";
import { cover } from "./cover.js";
import { swapsChecks } from "./swaps-checks.js";
import { privacy } from "./privacy.js";
import { openCover } from "./open-cover.js";
import { echo } from "./echo.js";

export const strings = { ...rota, ...manage, ...cover, ...swapsChecks, ...privacy, ...openCover, ...echo } as const;

declare module "../../../core/i18n/index.js" {
  interface FeatureStrings {
    shifts: typeof strings;
  }
}
