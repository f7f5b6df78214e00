import { defineFeature } from "../../core/feature.js";
import { gatherCommand } from "./command.js";
import { shiftSettingsUnderShift } from "./settings.js";
import { governanceActions, governanceJobs } from "./governance.js";
import { privacyActions, privacyJobs } from "./privacy.js";
import { adminFigures } from "./figures.js";
import { adminPersonalData } from "./personal-data.js";
import { strings } from "./strings/index.js";

/** `/gather`: settings, roles, channels, linking, languages, the audit list, privacy and reports. */
export const admin = defineFeature({
  name: "admin",
  commands: [gatherCommand],
  extraSubcommands: { shift: [shiftSettingsUnderShift] },
  actions: [...governanceActions, ...privacyActions],
  jobs: [...governanceJobs, ...privacyJobs],
  strings,
  personalData: adminPersonalData,
  figures: adminFigures,
});
