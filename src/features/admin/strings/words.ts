/** Strings for the shift settings as `/shift settings`, where the README and members look for them. */
import { defineStrings } from "../../../core/i18n/define.js";

export const words = defineStrings({
  "admin.shift_settings.usage_shift": {
    en: "{command} settings approval:on hours:72,24,4",
    cy: "{command} settings approval:ymlaen hours:72,24,4",
    nl: "{command} settings approval:aan hours:72,24,4",
  },
});
