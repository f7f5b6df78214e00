/**
 * An ask written as one paragraph: how it was read, and Undo.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const reading = defineStrings({
  "asks.reading.title": {
    en: "Posted as ask #{number}. This is how I read it:",
    cy: "Wedi'i bostio fel cais #{number}. Dyma sut darllenais i ef:",
    nl: "Geplaatst als vraag #{number}. Zo heb ik het gelezen:",
  },
  "asks.reading.hint": {
    en: "Not right? Undo to take it down, then ask again.",
    cy: "Ddim yn iawn? Pwyswch Dadwneud i'w dynnu i lawr, yna gofynnwch eto.",
    nl: "Klopt het niet? Kies Ongedaan maken om het weg te halen en vraag het opnieuw.",
  },
  "asks.reading.what_empty": {
    en: "Please fill in What you need, or leave out the | and I'll take it from your first sentence.",
    cy: "Llenwch Beth sydd ei angen, neu gadewch y | allan a chymeraf ef o'ch brawddeg gyntaf.",
    nl: "Vul Wat je nodig hebt in, of laat de | weg, dan neem ik het uit je eerste zin.",
  },
  "asks.reading.nothing": {
    en: "Write a sentence about what you need, for example: {command} Does anyone have a gazebo we could borrow by Friday?",
    cy: "Ysgrifennwch frawddeg am yr hyn sydd ei angen, er enghraifft: {command} Oes gan rywun gasebo i'w fenthyg erbyn dydd Gwener?",
    nl: "Schrijf een zin over wat je nodig hebt, bv.: {command} Heeft iemand een partytent die we tegen vrijdag kunnen lenen?",
  },
  "asks.reading.urgency_unknown": {
    en: "I couldn't read “{word}” as an urgency. Use low, normal or urgent.",
    cy: "Allwn i ddim darllen “{word}” fel brys. Defnyddiwch isel, arferol neu frys.",
    nl: "Ik kon “{word}” niet lezen als urgentie. Gebruik laag, normaal of dringend.",
  },
  "asks.reading.urgency_conflict": {
    en: "Your ask says it is urgent and not urgent. Keep one, for example: “urgent” or “not urgent”.",
    cy: "Mae'ch cais yn dweud bod brys a dim brys. Dewiswch un, er enghraifft: “brys” neu “dim brys”.",
    nl: "Je vraag zegt dat het dringend is en niet dringend. Kies er één, bv.: “dringend” of “niet dringend”.",
  },
  "asks.reading.deadline": {
    en: "I read “{part}” as the day you need it by, but: {problem}",
    cy: "Darllenais “{part}” fel y diwrnod olaf y mae ei angen arnoch, ond: {problem}",
    nl: "Ik las “{part}” als de dag waarop je het uiterlijk nodig hebt, maar: {problem}",
  },
  "asks.button.undo": {
    en: "Undo",
    cy: "Dadwneud",
    nl: "Ongedaan maken",
  },
  "asks.undo.done": {
    en: "Undone: ask #{number} “{what}” is taken down.",
    cy: "Wedi'i ddadwneud: mae cais #{number} “{what}” wedi'i dynnu i lawr.",
    nl: "Ongedaan gemaakt: vraag #{number} “{what}” is weggehaald.",
  },
  "asks.undo.not_asker": {
    en: "Only the member who posted ask #{number} can undo it.",
    cy: "Dim ond yr aelod a bostiodd gais #{number} all ei ddadwneud.",
    nl: "Alleen wie vraag #{number} plaatste, kan het ongedaan maken.",
  },
  "asks.undo.has_offers": {
    en: "Someone has already offered help on ask #{number}, so it stays. Close it instead: {command} close {number}",
    cy: "Mae rhywun eisoes wedi cynnig help ar gais #{number}, felly mae'n aros. Caewch ef yn lle hynny: {command} close {number}",
    nl: "Iemand heeft al hulp aangeboden bij vraag #{number}, dus die blijft staan. Sluit hem in plaats daarvan: {command} close {number}",
  },
  "asks.card.withdrawn": {
    en: "This ask was taken down by the member who posted it.",
    cy: "Tynnwyd y cais hwn i lawr gan yr aelod a'i bostiodd.",
    nl: "Deze vraag is weggehaald door wie hem plaatste.",
  },
});
