/**
 * What the updates feature's records are called in the privacy notice (kinds kept) and in reports
 * (figures). English is the source; Welsh and Dutch stand beside it, key by key.
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const privacy = defineStrings({
  "update.kind.archivedUpdates": {
    en: "Archived project updates, after archiving",
    cy: "Diweddariadau prosiect wedi'u harchifo, ar ôl eu harchifo",
    nl: "Gearchiveerde projectupdates, na archivering",
  },
  "update.kind.revisions": {
    en: "Earlier versions of project updates",
    cy: "Fersiynau cynharach o ddiweddariadau prosiect",
    nl: "Eerdere versies van projectupdates",
  },
  "update.figure.updatesPosted": {
    en: "Project updates posted",
    cy: "Diweddariadau prosiect a bostiwyd",
    nl: "Geplaatste projectupdates",
  },
  "update.figure.updatesEdited": {
    en: "Project updates edited",
    cy: "Diweddariadau prosiect a olygwyd",
    nl: "Bewerkte projectupdates",
  },
});
