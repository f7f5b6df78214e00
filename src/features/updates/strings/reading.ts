/**
 * An update written as one paragraph: how it was read, and Undo.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const reading = defineStrings({
  "update.opt.title.placeholder": {
    en: "Leave empty to use your first sentence",
    cy: "Gadewch yn wag i ddefnyddio'ch brawddeg gyntaf",
    nl: "Laat leeg om je eerste zin te gebruiken",
  },
  "update.reading.title": {
    en: "Posted as update #{number}. This is how I read it:",
    cy: "Wedi'i bostio fel diweddariad #{number}. Dyma sut darllenais i ef:",
    nl: "Geplaatst als update #{number}. Zo heb ik het gelezen:",
  },
  "update.reading.revised_title": {
    en: "This brought your update #{number} up to date. This is how I read it:",
    cy: "Mae hyn wedi diweddaru eich diweddariad #{number}. Dyma sut darllenais i ef:",
    nl: "Hiermee is je update #{number} bijgewerkt. Zo heb ik het gelezen:",
  },
  "update.reading.hint": {
    en: "Not right? Edit it, or Undo to take it down.",
    cy: "Ddim yn iawn? Pwyswch Golygu i'w newid, neu Dadwneud i'w dynnu i lawr.",
    nl: "Klopt het niet? Bewerk het, of kies Ongedaan maken om het weg te halen.",
  },
  "update.reading.revised_hint": {
    en: "Not right? Edit it. Your earlier text is kept as a revision.",
    cy: "Ddim yn iawn? Pwyswch Golygu. Mae'ch testun blaenorol wedi'i gadw fel fersiwn gynharach.",
    nl: "Klopt het niet? Bewerk het. Je eerdere tekst blijft bewaard als versie.",
  },
  "update.reading.title_empty": {
    en: "Please fill in Title, or leave out the | and I'll take the title from your first sentence.",
    cy: "Llenwch Teitl, neu gadewch y | allan a chymeraf y teitl o'ch brawddeg gyntaf.",
    nl: "Vul Titel in, of laat de | weg, dan neem ik de titel uit je eerste zin.",
  },
  "update.reading.nothing": {
    en: "Write a sentence or two about the project, for example: {command} Seed library: swap seeds at Llanelli library every Saturday.",
    cy: "Ysgrifennwch frawddeg neu ddwy am y prosiect, er enghraifft: {command} Llyfrgell hadau: cyfnewid hadau yn llyfrgell Llanelli bob dydd Sadwrn.",
    nl: "Schrijf een zin of twee over het project, bv.: {command} Zadenbibliotheek: ruil elke zaterdag zaden in de bibliotheek van Gent.",
  },
  "update.button.edit": {
    en: "Edit",
    cy: "Golygu",
    nl: "Bewerken",
  },
  "update.button.undo": {
    en: "Undo",
    cy: "Dadwneud",
    nl: "Ongedaan maken",
  },
  "update.undo.done": {
    en: "Undone: update #{number} “{title}” is taken down.",
    cy: "Wedi'i ddadwneud: mae diweddariad #{number} “{title}” wedi'i dynnu i lawr.",
    nl: "Ongedaan gemaakt: update #{number} “{title}” is weggehaald.",
  },
  "update.already_deleted": {
    en: "Update #{number} is already taken down.",
    cy: "Mae diweddariad #{number} wedi'i dynnu i lawr yn barod.",
    nl: "Update #{number} is al weggehaald.",
  },
  "update.undo.not_author": {
    en: "Only the member who posted update #{number} can undo it.",
    cy: "Dim ond yr aelod a bostiodd ddiweddariad #{number} all ei ddadwneud.",
    nl: "Alleen wie update #{number} plaatste, kan het ongedaan maken.",
  },
});
