/**
 * What the asks feature's records are called in the privacy notice (kinds kept) and in reports
 * (figures). English is the source; Welsh and Dutch stand beside it, key by key.
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const privacy = defineStrings({
  "asks.kind.closedAsks": {
    en: "Resolved or closed asks, after they end",
    cy: "Ceisiadau wedi'u datrys neu eu cau, ar ôl iddynt ddod i ben",
    nl: "Opgeloste of gesloten hulpvragen, na afloop",
  },
  "asks.kind.helpPings": {
    en: "Records of pings about matching asks",
    cy: "Cofnodion o negeseuon am geisiadau sy'n cyfateb",
    nl: "Registraties van berichten over passende hulpvragen",
  },
  "asks.figure.asksMade": {
    en: "Asks for help",
    cy: "Ceisiadau am help",
    nl: "Hulpvragen",
  },
  "asks.figure.offersMade": {
    en: "Offers of help",
    cy: "Cynigion o help",
    nl: "Hulpaanbiedingen",
  },
  "asks.figure.asksResolved": {
    en: "Asks resolved",
    cy: "Ceisiadau a ddatryswyd",
    nl: "Opgeloste hulpvragen",
  },
});
