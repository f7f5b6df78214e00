/**
 * What a refusal of the date reader says, in each language. `{part}` is the member's own words
 * the reader could not take; `{first}` and `{second}` the two examples of a refusal.
 */
import { defineStrings } from "../../core/i18n/define.js";

export const whenStrings = defineStrings({
  "reading.when.empty": {
    en: "Please say when.",
    cy: "Dywedwch pryd, os gwelwch yn dda.",
    nl: "Zeg alsjeblieft wanneer.",
  },
  "reading.when.unread": {
    en: "I couldn't read “{part}” as a date or time.",
    cy: "Doeddwn i ddim yn gallu darllen “{part}” fel dyddiad neu amser.",
    nl: "Ik kon “{part}” niet lezen als datum of tijd.",
  },
  "reading.when.impossible": {
    en: "There is no such date or time: {part}.",
    cy: "Does dim dyddiad neu amser o'r fath: {part}.",
    nl: "Die datum of tijd bestaat niet: {part}.",
  },
  "reading.when.no_such_time": {
    en: "{part} does not exist that night: the clocks go forward.",
    cy: "Dydy {part} ddim yn bodoli'r noson honno: mae'r clociau'n mynd ymlaen.",
    nl: "{part} bestaat die nacht niet: de klok gaat vooruit.",
  },
  "reading.when.conflict": {
    en: "These parts disagree: {part}.",
    cy: "Mae'r rhannau hyn yn anghytuno: {part}.",
    nl: "Deze delen spreken elkaar tegen: {part}.",
  },
  "reading.when.ambiguous": {
    en: "“{part}” can be read more than one way: please write it in full.",
    cy: "Gellir darllen “{part}” mewn mwy nag un ffordd: ysgrifennwch ef yn llawn.",
    nl: "“{part}” kan op meer dan één manier gelezen worden: schrijf het voluit.",
  },
  "reading.when.past": {
    en: "That time has already gone today: say the date in full, with its year, or “today”.",
    cy: "Mae'r amser hwnnw wedi mynd heibio heddiw: rhowch y dyddiad yn llawn, gyda'r flwyddyn, neu “heddiw”.",
    nl: "Dat tijdstip is vandaag al voorbij: schrijf de datum voluit, met het jaar, of “vandaag”.",
  },
  "reading.when.no_day": {
    en: "Which day?",
    cy: "Pa ddiwrnod?",
    nl: "Welke dag?",
  },
  "reading.when.no_time": {
    en: "At what time?",
    cy: "Am faint o'r gloch?",
    nl: "Hoe laat?",
  },
  "reading.when.no_end": {
    en: "Until what time?",
    cy: "Tan faint o'r gloch?",
    nl: "Tot hoe laat?",
  },
  "reading.when.bad_span": {
    en: "That span does not work: {part}.",
    cy: "Dydy'r cyfnod hwnnw ddim yn gweithio: {part}.",
    nl: "Die periode klopt niet: {part}.",
  },
  "reading.when.refused": {
    en: "{problem} {examples}",
    cy: "{problem} {examples}",
    nl: "{problem} {examples}",
  },
  "reading.when.examples": {
    en: "For example: {first} or {second}.",
    cy: "Er enghraifft: {first} neu {second}.",
    nl: "Bijvoorbeeld: {first} of {second}.",
  },
});

declare module "../../core/i18n/index.js" {
  interface FeatureStrings {
    reading: typeof whenStrings;
  }
}
