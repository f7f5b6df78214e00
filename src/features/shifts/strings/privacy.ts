/**
 * What the shifts feature's records are called in the privacy notice (kinds kept) and in reports
 * (figures). English is the source; Welsh and Dutch stand beside it, key by key.
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const privacy = defineStrings({
  "shift.kind.decidedSwaps": {
    en: "Shift swaps, after they are decided",
    cy: "Cyfnewid shifftiau, ar ôl penderfynu",
    nl: "Dienstruilen, na de beslissing",
  },
  "shift.kind.expiredChecks": {
    en: "Checks, after they expire or are revoked",
    cy: "Gwiriadau, ar ôl iddynt ddod i ben neu gael eu dirymu",
    nl: "Screenings, nadat ze verlopen of ingetrokken zijn",
  },
  "shift.figure.shiftsHeld": {
    en: "Shifts held",
    cy: "Shifftiau a gynhaliwyd",
    nl: "Uitgevoerde diensten",
  },
  "shift.figure.shiftsFilled": {
    en: "Shifts fully staffed",
    cy: "Shifftiau â staff llawn",
    nl: "Volledig bezette diensten",
  },
  "shift.figure.placesFilled": {
    en: "Shift places filled",
    cy: "Lleoedd ar shifftiau a lenwyd",
    nl: "Bezette dienstplaatsen",
  },
  "shift.figure.coverRequests": {
    en: "Cover requests",
    cy: "Ceisiadau am gyflenwi",
    nl: "Verzoeken om vervanging",
  },
  "shift.figure.coversCovered": {
    en: "Shifts covered",
    cy: "Shifftiau a gyflenwyd",
    nl: "Overgenomen diensten",
  },
  "shift.figure.volunteerHours": {
    en: "Volunteer hours",
    cy: "Oriau gwirfoddoli",
    nl: "Vrijwilligersuren",
  },
});
