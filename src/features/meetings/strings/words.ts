/** Confirming `/meeting cancel` before everyone coming is told (as `/shift cancel` does). */
import { defineStrings } from "../../../core/i18n/define.js";

export const words = defineStrings({
  "meetings.cancel.confirm": {
    en: "Cancel meeting #{number} “{title}” ({when})? Everyone coming will be told and its reminders will stop.",
    cy: "Canslo cyfarfod #{number} “{title}” ({when})? Caiff pawb sy'n dod wybod, a bydd ei nodiadau atgoffa yn dod i ben.",
    nl: "Vergadering #{number} “{title}” ({when}) annuleren? Iedereen die komt krijgt bericht en de herinneringen stoppen.",
  },
  "meetings.cancel.kept": {
    en: "Kept: meeting #{number} is not cancelled.",
    cy: "Wedi'i gadw: nid yw cyfarfod #{number} wedi'i ganslo.",
    nl: "Blijft staan: vergadering #{number} is niet geannuleerd.",
  },
  "meetings.button.cancel_yes": {
    en: "Yes, cancel it",
    cy: "Ie, ei ganslo",
    nl: "Ja, annuleren",
  },
  "meetings.button.cancel_keep": {
    en: "Keep it",
    cy: "Ei gadw",
    nl: "Laten staan",
  },
});
