/**
 * The echo before a shift is made or moved (Save / Edit / Cancel), and what `/shift add` says
 * when one sentence lacks a part.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key.
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const echo = defineStrings({
  "shift.echo.title": {
    en: "Check before saving: {role}",
    cy: "Gwiriwch cyn cadw: {role}",
    nl: "Controleer vóór het opslaan: {role}",
  },
  "shift.echo.move_title": {
    en: "Check before moving shift #{number} {role}",
    cy: "Gwiriwch cyn symud shifft #{number} {role}",
    nl: "Controleer vóór het verplaatsen van dienst #{number} {role}",
  },
  "shift.echo.when": {
    en: "{when} ({zone})",
    cy: "{when} ({zone})",
    nl: "{when} ({zone})",
  },
  "shift.echo.hint": {
    en: "Only you see this. Are the day and time right? Save it, Edit it, or Cancel.",
    cy: "Dim ond chi sy'n gweld hwn. Ydy'r diwrnod a'r amser yn iawn? Pwyswch Cadw, Golygu neu Canslo.",
    nl: "Alleen jij ziet dit. Kloppen dag en tijd? Kies Opslaan, Wijzigen of Annuleren.",
  },
  "shift.echo.move_hint_holders": {
    en: "Only you see this. Nothing changes until you press Save; then everyone on the shift is told.",
    cy: "Dim ond chi sy'n gweld hwn. Does dim yn newid nes i chi bwyso Cadw; wedyn caiff pawb ar y shifft wybod.",
    nl: "Alleen jij ziet dit. Er verandert niets tot je op Opslaan drukt; dan krijgt iedereen die op de dienst staat bericht.",
  },
  "shift.echo.gone": {
    en: "This was already saved or cancelled, or it waited over a day. Nothing else was changed.",
    cy: "Cafodd hwn ei gadw neu ei ganslo eisoes, neu arhosodd dros ddiwrnod. Ni newidiwyd dim arall.",
    nl: "Dit is al opgeslagen of geannuleerd, of het wachtte langer dan een dag. Er is verder niets veranderd.",
  },
  "shift.echo.too_late": {
    en: "That time has passed meanwhile. Nothing was saved: send it again with a new time.",
    cy: "Mae'r amser hwnnw wedi mynd heibio yn y cyfamser. Ni chadwyd dim: anfonwch ef eto gydag amser newydd.",
    nl: "Die tijd is intussen voorbij. Er is niets opgeslagen: stuur het opnieuw met een nieuwe tijd.",
  },
  "shift.echo.retype": {
    en: "Nothing is saved yet. Change what you need and send it again: {command}",
    cy: "Does dim wedi'i gadw eto. Newidiwch beth sydd ei angen a'i anfon eto: {command}",
    nl: "Er is nog niets opgeslagen. Pas aan wat nodig is en stuur het opnieuw: {command}",
  },
  "shift.echo.discarded": {
    en: "Not saved. Nothing was kept.",
    cy: "Heb ei gadw. Ni chadwyd dim.",
    nl: "Niet opgeslagen. Er is niets bewaard.",
  },
  "shift.button.save": {
    en: "Save",
    cy: "Cadw",
    nl: "Opslaan",
  },
  "shift.button.edit_draft": {
    en: "Edit",
    cy: "Golygu",
    nl: "Wijzigen",
  },
  "shift.button.discard": {
    en: "Cancel",
    cy: "Canslo",
    nl: "Annuleren",
  },
  "shift.sentence.no_when": {
    en: "I couldn't find when the shift is. Try: {example}",
    cy: "Doeddwn i ddim yn gallu gweld pryd mae'r shifft. Rhowch gynnig ar: {example}",
    nl: "Ik kon niet vinden wanneer de dienst is. Probeer: {example}",
  },
  "shift.sentence.when_refused": {
    en: "{problem} Try: {example}",
    cy: "{problem} Rhowch gynnig ar: {example}",
    nl: "{problem} Probeer: {example}",
  },
  "shift.sentence.no_role": {
    en: "I couldn't find what the shift is. Try: {example}",
    cy: "Doeddwn i ddim yn gallu gweld beth yw'r shifft. Rhowch gynnig ar: {example}",
    nl: "Ik kon niet vinden wat de dienst is. Probeer: {example}",
  },
  "shift.sentence.sample_role": {
    en: "Front desk",
    cy: "Derbynfa",
    nl: "Balie",
  },
});
