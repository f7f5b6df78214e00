/**
 * What `/meeting add` says when one sentence lacks a part, and the Edit button of its echo.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key.
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const sentence = defineStrings({
  "meetings.sentence.no_when": {
    en: "I couldn't find when the meeting is. Try: {example}",
    cy: "Doeddwn i ddim yn gallu gweld pryd mae'r cyfarfod. Rhowch gynnig ar: {example}",
    nl: "Ik kon niet vinden wanneer de vergadering is. Probeer: {example}",
  },
  "meetings.sentence.when_refused": {
    en: "{problem} Try: {example}",
    cy: "{problem} Rhowch gynnig ar: {example}",
    nl: "{problem} Probeer: {example}",
  },
  "meetings.sentence.no_title": {
    en: "I couldn't find what the meeting is called. Try: {example}",
    cy: "Doeddwn i ddim yn gallu gweld enw'r cyfarfod. Rhowch gynnig ar: {example}",
    nl: "Ik kon niet vinden hoe de vergadering heet. Probeer: {example}",
  },
  "meetings.sentence.repeat": {
    en: "A meeting that repeats needs its parts apart, with |: {usage}",
    cy: "Rhowch | rhwng rhannau cyfarfod sy'n ailadrodd: {usage}",
    nl: "Een terugkerende vergadering schrijf je in delen, met | ertussen: {usage}",
  },
  "meetings.sentence.sample_title": {
    en: "Network meeting",
    cy: "Cyfarfod y rhwydwaith",
    nl: "Netwerkvergadering",
  },
  "meetings.sentence.retype": {
    en: "Nothing is saved yet. Change what you need and send it again: {command}",
    cy: "Does dim wedi'i gadw eto. Newidiwch beth sydd ei angen a'i anfon eto: {command}",
    nl: "Er is nog niets opgeslagen. Pas aan wat nodig is en stuur het opnieuw: {command}",
  },
  "meetings.button.edit_draft": {
    en: "Edit",
    cy: "Golygu",
    nl: "Wijzigen",
  },
});
