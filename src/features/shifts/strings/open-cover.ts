/**
 * Finding open cover: `/shift open`, the rota list's cover marks and the at-once offer.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const openCover = defineStrings({
  "shift.open.description": {
    en: "Open cover requests you can take (coordinators: all)",
    cy: "Ceisiadau cyflenwi agored y gallwch eu cymryd (cydlynwyr: pob un)",
    nl: "Open vervangingsverzoeken die je kunt overnemen (coördinatoren: alle)",
  },
  "shift.open.usage": {
    en: "{command} open [all]",
    cy: "{command} open [all]",
    nl: "{command} open [all]",
  },
  "shift.opt.open_scope": {
    en: "Which",
    cy: "Pa rai",
    nl: "Welke",
  },
  "shift.opt.open_scope.description": {
    en: "Coordinators: “all” for every open request",
    cy: "Cydlynwyr: “all” ar gyfer pob cais agored",
    nl: "Coördinatoren: “all” voor alle open vervangingsverzoeken",
  },
  "shift.open.title": {
    en: "Cover you can take",
    cy: "Cyflenwi y gallwch ei gymryd",
    nl: "Vervanging die je kunt overnemen",
  },
  "shift.open.all_title": {
    en: "Every open cover request",
    cy: "Pob cais cyflenwi agored",
    nl: "Alle open vervangingsverzoeken",
  },
  "shift.open.empty": {
    en: "No open cover requests you can take right now. Thank you for looking!",
    cy: "Does dim ceisiadau cyflenwi agored y gallwch eu cymryd ar hyn o bryd. Diolch am edrych!",
    nl: "Er zijn nu geen open vervangingsverzoeken die je kunt overnemen. Bedankt om te kijken!",
  },
  "shift.open.all_empty": {
    en: "No open cover requests right now.",
    cy: "Does dim ceisiadau cyflenwi agored ar hyn o bryd.",
    nl: "Er zijn nu geen open vervangingsverzoeken.",
  },
  "shift.open.for": {
    en: "cover for:",
    cy: "cyflenwi dros:",
    nl: "vervanging voor:",
  },
  "shift.open.footer": {
    en: "Tap Claim to take one: the first claim wins.",
    cy: "Tapiwch Hawlio i gymryd un: y cyntaf i hawlio sy'n ei chael.",
    nl: "Tik op Overnemen om er één over te nemen: wie het eerst is, krijgt de dienst.",
  },
  "shift.open.all_footer": {
    en: "Only the requests you could take yourself have a Claim button.",
    cy: "Dim ond y ceisiadau y gallech chi eu cymryd eich hun sydd â botwm Hawlio.",
    nl: "Alleen bij verzoeken die je zelf kunt overnemen, staat een knop Overnemen.",
  },
  "shift.open.more": {
    en: "…and {count} more.",
    cy: "…a {count} arall.",
    nl: "…en nog {count}.",
  },
  "shift.open.button": {
    en: "Claim #{number}",
    cy: "Hawlio #{number}",
    nl: "Overnemen #{number}",
  },
  "shift.list.cover_open": {
    en: { one: "cover needed: {count} place to claim", other: "cover needed: {count} places to claim" },
    cy: "angen cyflenwi, lleoedd i'w hawlio: {count}",
    nl: "vervanging gezocht, plaatsen om over te nemen: {count}",
  },
  "shift.list.cover_hint": {
    en: "Claim takes the place of someone who needs cover. {command} open lists the requests you can take.",
    cy: "Mae Hawlio yn cymryd lle rhywun sydd angen cyflenwi. Mae {command} open yn rhestru'r ceisiadau y gallwch eu cymryd.",
    nl: "Met Overnemen neem je de plaats in van iemand die vervanging zoekt. {command} open toont de verzoeken die je kunt overnemen.",
  },
  "shift.offer.title": {
    en: "Can you cover shift #{number} {role}?",
    cy: "Allwch chi gyflenwi shifft #{number} {role}?",
    nl: "Kun jij dienst #{number} {role} overnemen?",
  },
});
