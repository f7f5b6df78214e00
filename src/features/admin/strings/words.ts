/** Strings for the shift settings as `/shift settings`, and for on/off typed in any of the three languages. */
import { defineStrings } from "../../../core/i18n/define.js";

export const words = defineStrings({
  "admin.shift_settings.usage_shift": {
    en: "{command} settings approval:on hours:72,24,4",
    cy: "{command} settings approval:ymlaen hours:72,24,4",
    nl: "{command} settings approval:aan hours:72,24,4",
  },
  "admin.settings.on_off_words": {
    en: "Write on or off (yes or no work too).",
    cy: "Ysgrifennwch ymlaen neu i ffwrdd (mae ie, na, on ac off yn gweithio hefyd).",
    nl: "Schrijf aan of uit (ja, nee, on en off werken ook).",
  },
});
