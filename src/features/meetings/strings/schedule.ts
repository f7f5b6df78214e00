/**
 * Scheduling meetings: the command, its form, times and repeats.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const schedule = defineStrings({
  "meetings.description": {
    en: "Network meetings: schedule, RSVP, reminders and a calendar feed",
    cy: "Cyfarfodydd y rhwydwaith: trefnu, ateb, nodiadau atgoffa a ffrwd calendr",
    nl: "Vergaderingen van het netwerk: plannen, aanmelden, herinneringen en een kalenderfeed",
  },
  "meetings.add.description": {
    en: "Schedule a meeting (coordinators); you confirm the date before it is saved",
    cy: "Trefnu cyfarfod (cydlynwyr); rydych yn cadarnhau'r dyddiad cyn ei gadw",
    nl: "Een vergadering plannen (coördinatoren); je bevestigt de datum voor het opslaan",
  },
  "meetings.add.usage": {
    en: "{command} add Steering group | 30 September 2pm-4pm | Town hall | monthly | host: me",
    cy: "{command} add Grŵp llywio | 30 Medi 2pm-4pm | Neuadd y dref | bob mis | host: fi",
    nl: "{command} add Stuurgroep | 30 september 14:00-16:00 | Stadhuis | maandelijks | host: ik",
  },
  "meetings.form.title": {
    en: "Schedule a meeting",
    cy: "Trefnu cyfarfod",
    nl: "Vergadering plannen",
  },
  "meetings.form.submit": {
    en: "Check",
    cy: "Gwirio",
    nl: "Controleren",
  },
  "meetings.form.edit_title": {
    en: "Edit meeting",
    cy: "Golygu cyfarfod",
    nl: "Vergadering bewerken",
  },
  "meetings.form.save": {
    en: "Save",
    cy: "Cadw",
    nl: "Opslaan",
  },
  "meetings.form.links_title": {
    en: "Meeting links",
    cy: "Dolenni cyfarfod",
    nl: "Links van de vergadering",
  },
  "meetings.opt.number": {
    en: "Meeting number",
    cy: "Rhif y cyfarfod",
    nl: "Nummer van de vergadering",
  },
  "meetings.opt.number.description": {
    en: "The meeting's number, as in “meeting #3”",
    cy: "Rhif y cyfarfod, fel yn “cyfarfod #3”",
    nl: "Het nummer van de vergadering, zoals in “vergadering #3”",
  },
  "meetings.opt.title": {
    en: "Title",
    cy: "Teitl",
    nl: "Titel",
  },
  "meetings.opt.title.description": {
    en: "What the meeting is, e.g. “Steering group”",
    cy: "Beth yw'r cyfarfod, e.e. “Grŵp llywio”",
    nl: "Wat de vergadering is, bv. “Stuurgroep”",
  },
  "meetings.opt.when": {
    en: "When",
    cy: "Pryd",
    nl: "Wanneer",
  },
  "meetings.opt.when.description": {
    en: "Date and time, e.g. “30 September 2pm-4pm” or “next Tuesday afternoon”",
    cy: "Dyddiad ac amser, e.e. “30 Medi 2pm-4pm” neu “prynhawn dydd Mawrth nesaf”",
    nl: "Datum en tijd, bv. “30 september 14:00-16:00” of “volgende dinsdag in de middag”",
  },
  "meetings.opt.when.placeholder": {
    en: "30 September 2pm-4pm",
    cy: "30 Medi 2pm-4pm",
    nl: "30 september 14:00-16:00",
  },
  "meetings.opt.place": {
    en: "Place",
    cy: "Lle",
    nl: "Plaats",
  },
  "meetings.opt.place.description": {
    en: "Where it happens, an online link, or “tbc”",
    cy: "Ble mae'n digwydd, dolen ar-lein, neu “tbc”",
    nl: "Waar het is, een online link, of “nog niet bekend”",
  },
  "meetings.opt.place.placeholder": {
    en: "Town hall, or tbc",
    cy: "Neuadd y dref, neu tbc",
    nl: "Stadhuis, of nog niet bekend",
  },
  "meetings.opt.host": {
    en: "Host",
    cy: "Gwesteiwr",
    nl: "Gastheer",
  },
  "meetings.opt.host.description": {
    en: "Who hosts: “me”, a member, or a guest's name (default: you)",
    cy: "Pwy sy'n cynnal: “fi”, aelod, neu enw gwestai (diofyn: chi)",
    nl: "Wie de gastheer is: “ik”, een lid, of de naam van een gast (standaard: jij)",
  },
  "meetings.opt.repeat": {
    en: "Repeats",
    cy: "Ailadrodd",
    nl: "Herhaling",
  },
  "meetings.opt.repeat.description": {
    en: "e.g. “weekly”, “monthly”, “every second Tuesday”, “none”",
    cy: "e.e. “bob wythnos”, “bob mis”, “bob pythefnos”, “dim”",
    nl: "bv. “wekelijks”, “maandelijks”, “om de twee weken”, “geen”",
  },
  "meetings.opt.repeat.placeholder": {
    en: "monthly",
    cy: "bob mis",
    nl: "maandelijks",
  },
  "meetings.opt.online": {
    en: "Online link",
    cy: "Dolen ar-lein",
    nl: "Online link",
  },
  "meetings.opt.online.description": {
    en: "Where to join online (a link), or “none”",
    cy: "Ble i ymuno ar-lein (dolen), neu “dim”",
    nl: "Waar je online meedoet (een link), of “geen”",
  },
  "meetings.opt.agenda": {
    en: "Agenda link",
    cy: "Dolen agenda",
    nl: "Agendalink",
  },
  "meetings.opt.agenda.description": {
    en: "The agenda (a link), or “none”",
    cy: "Yr agenda (dolen), neu “dim”",
    nl: "De agenda (een link), of “geen”",
  },
  "meetings.opt.offsets": {
    en: "Reminders",
    cy: "Nodiadau atgoffa",
    nl: "Herinneringen",
  },
  "meetings.opt.offsets.description": {
    en: "How long before to remind, e.g. “1w 1d 1h”; “default” or “none”",
    cy: "Pa mor hir cyn atgoffa, e.e. “1w 1d 1h”; “default” neu “dim”",
    nl: "Hoe lang vooraf herinneren, bv. “1w 1d 1h”; “standaard” of “geen”",
  },
  "meetings.opt.offsets.placeholder": {
    en: "1w 1d 1h",
    cy: "1w 1d 1h",
    nl: "1w 1d 1h",
  },
  "meetings.opt.action": {
    en: "Reset",
    cy: "Ailosod",
    nl: "Vernieuwen",
  },
  "meetings.opt.action.description": {
    en: "Type “reset” to make a new link (old subscriptions stop)",
    cy: "Teipiwch “reset” i wneud dolen newydd (daw hen danysgrifiadau i ben)",
    nl: "Typ “reset” voor een nieuwe link (oude abonnementen stoppen)",
  },
  "meetings.when.unreadable": {
    en: "I couldn't read a date in “{when}”. Try something like “30 September 2pm” or “next Tuesday 19:00”.",
    cy: "Methais ddarllen dyddiad yn “{when}”. Rhowch gynnig ar rywbeth fel “30 Medi 2pm” neu “dydd Mawrth nesaf 19:00”.",
    nl: "Ik kon geen datum lezen in “{when}”. Probeer iets als “30 september 14:00” of “volgende dinsdag 19:00”.",
  },
  "meetings.when.no_time": {
    en: "“{when}” has no time. Add one, e.g. “2pm”, “19:00” or “afternoon”.",
    cy: "Does dim amser yn “{when}”. Ychwanegwch un, e.e. “2pm”, “19:00” neu “prynhawn”.",
    nl: "In “{when}” staat geen tijdstip. Voeg er een toe, bv. “14:00”, “19:00” of “middag”.",
  },
  "meetings.when.length": {
    en: "The length in “{when}” should be between 5 minutes and 24 hours.",
    cy: "Dylai'r hyd yn “{when}” fod rhwng 5 munud a 24 awr.",
    nl: "De duur in “{when}” moet tussen 5 minuten en 24 uur liggen.",
  },
  "meetings.when.past": {
    en: "“{when}” is in the past. Give a date still to come.",
    cy: "Mae “{when}” yn y gorffennol. Rhowch ddyddiad sydd eto i ddod.",
    nl: "“{when}” ligt in het verleden. Geef een datum die nog komt.",
  },
  "meetings.repeat.invalid": {
    en: "I couldn't read how “{repeat}” repeats. Try “weekly”, “every 2 weeks”, “monthly”, “first Monday of the month” or “none”.",
    cy: "Methais ddeall sut mae “{repeat}” yn ailadrodd. Rhowch gynnig ar “bob wythnos”, “bob pythefnos”, “bob mis”, “dydd Llun cyntaf y mis” neu “dim”.",
    nl: "Ik begreep niet hoe “{repeat}” zich herhaalt. Probeer “wekelijks”, “om de twee weken”, “maandelijks”, “eerste maandag van de maand” of “geen”.",
  },
  "meetings.reminders.invalid": {
    en: "I couldn't read “{part}”. Write reminders like “1w 1d 2h 30m”, or “default”.",
    cy: "Methais ddarllen “{part}”. Ysgrifennwch nodiadau atgoffa fel “1w 1d 2h 30m”, neu “default”.",
    nl: "Ik kon “{part}” niet lezen. Schrijf herinneringen als “1w 1d 2h 30m”, of “standaard”.",
  },
  "meetings.reminders.range": {
    en: "Give at most six reminders, each between 5 minutes and 8 weeks before.",
    cy: "Rhowch chwe nodyn atgoffa ar y mwyaf, pob un rhwng 5 munud ac 8 wythnos cyn y cyfarfod.",
    nl: "Geef hooguit zes herinneringen, elk tussen 5 minuten en 8 weken vooraf.",
  },
  "meetings.repeat.daily": {
    en: "every day",
    cy: "bob dydd",
    nl: "elke dag",
  },
  "meetings.repeat.weekly": {
    en: "every week on {day}",
    cy: "bob {day}",
    nl: "elke week op {day}",
  },
  "meetings.repeat.weeks": {
    en: "every {n} weeks on {day}",
    cy: "{day}, bob {n} wythnos",
    nl: "elke {n} weken op {day}",
  },
  "meetings.repeat.monthly_day": {
    en: "every month on day {date}",
    cy: "bob mis ar ddiwrnod {date}",
    nl: "elke maand op dag {date}",
  },
  "meetings.repeat.other": {
    en: "repeats ({rule})",
    cy: "yn ailadrodd ({rule})",
    nl: "herhaalt zich ({rule})",
  },
  "meetings.confirm.title": {
    en: "Check before saving: {title}",
    cy: "Gwiriwch cyn cadw: {title}",
    nl: "Controleer voor het opslaan: {title}",
  },
  "meetings.confirm.hint": {
    en: "Only you see this. Is the date and time right? Save it, Edit it, or Cancel.",
    cy: "Dim ond chi sy'n gweld hwn. Ydy'r dyddiad a'r amser yn iawn? Pwyswch Cadw, Golygu neu Canslo.",
    nl: "Alleen jij ziet dit. Kloppen datum en tijd? Kies Opslaan, Wijzigen of Annuleren.",
  },
  "meetings.reminders.description": {
    en: "Choose when a meeting's reminders go out",
    cy: "Dewis pryd mae nodiadau atgoffa cyfarfod yn mynd allan",
    nl: "Kiezen wanneer de herinneringen voor een vergadering verstuurd worden",
  },
  "meetings.reminders.usage": {
    en: "{command} reminders 3 1w 1d 1h",
    cy: "{command} reminders 3 1w 1d 1h",
    nl: "{command} reminders 3 1w 1d 1h",
  },
  "meetings.reminders.none": {
    en: "Meeting #{number} has no reminders now.",
    cy: "Does gan gyfarfod #{number} ddim nodiadau atgoffa nawr.",
    nl: "Vergadering #{number} heeft nu geen herinneringen.",
  },
  "meetings.reminders.done": {
    en: "Reminders for meeting #{number}: {offsets} before.",
    cy: "Nodiadau atgoffa cyfarfod #{number}: {offsets} cyn y cyfarfod.",
    nl: "Herinneringen voor vergadering #{number}: {offsets} vooraf.",
  },
  "meetings.saved": {
    en: "Saved as meeting #{number}. Reminders will go out by themselves.",
    cy: "Wedi'i gadw fel cyfarfod #{number}. Bydd nodiadau atgoffa yn mynd allan ohonynt eu hunain.",
    nl: "Opgeslagen als vergadering #{number}. De herinneringen worden automatisch verstuurd.",
  },
  "meetings.draft.too_late": {
    en: "That time has passed meanwhile. Schedule it again with a new date.",
    cy: "Mae'r amser hwnnw wedi mynd heibio yn y cyfamser. Trefnwch ef eto gyda dyddiad newydd.",
    nl: "Die tijd is intussen voorbij. Plan opnieuw met een nieuwe datum.",
  },
  "meetings.discarded": {
    en: "Not saved. Nothing was kept.",
    cy: "Heb ei gadw. Ni chadwyd dim.",
    nl: "Niet opgeslagen. Er is niets bewaard.",
  },
  "meetings.repeat.monthly.1": {
    en: "every month on the first {day}",
    cy: "bob mis ar y {day} cyntaf",
    nl: "elke maand op de eerste {day}",
  },
  "meetings.repeat.monthly.2": {
    en: "every month on the second {day}",
    cy: "bob mis ar yr ail {day}",
    nl: "elke maand op de tweede {day}",
  },
  "meetings.repeat.monthly.3": {
    en: "every month on the third {day}",
    cy: "bob mis ar y trydydd {day}",
    nl: "elke maand op de derde {day}",
  },
  "meetings.repeat.monthly.4": {
    en: "every month on the fourth {day}",
    cy: "bob mis ar y pedwerydd {day}",
    nl: "elke maand op de vierde {day}",
  },
  "meetings.repeat.monthly.last": {
    en: "every month on the last {day}",
    cy: "bob mis ar y {day} olaf",
    nl: "elke maand op de laatste {day}",
  },
});
