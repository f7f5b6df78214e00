/**
 * What the meetings feature's records are called in the privacy notice (kinds kept) and in reports
 * (figures). English is the source; Welsh and Dutch stand beside it, key by key.
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const privacy = defineStrings({
  "meetings.figure.meetingsHeld": {
    en: "Meetings held",
    cy: "Cyfarfodydd a gynhaliwyd",
    nl: "Gehouden vergaderingen",
  },
  "meetings.figure.meetingAttendance": {
    en: "Meeting attendance (going)",
    cy: "Presenoldeb mewn cyfarfodydd (yn dod)",
    nl: "Aanwezigheid bij vergaderingen (aangemeld)",
  },
});
