/**
 * Meeting cards, answers, changes, lists, reminders and the calendar feed.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const cards = defineStrings({
  "meetings.button.going": {
    en: "Going",
    cy: "Dod",
    nl: "Ik kom",
  },
  "meetings.button.maybe": {
    en: "Maybe",
    cy: "Efallai",
    nl: "Misschien",
  },
  "meetings.button.no": {
    en: "Can't",
    cy: "Methu dod",
    nl: "Kan niet",
  },
  "meetings.button.save": {
    en: "Save",
    cy: "Cadw",
    nl: "Opslaan",
  },
  "meetings.button.discard": {
    en: "Cancel",
    cy: "Canslo",
    nl: "Annuleren",
  },
  "meetings.field.place": {
    en: "Place",
    cy: "Lle",
    nl: "Plaats",
  },
  "meetings.field.host": {
    en: "Host",
    cy: "Gwesteiwr",
    nl: "Gastheer",
  },
  "meetings.field.repeat": {
    en: "Repeats",
    cy: "Ailadrodd",
    nl: "Herhaling",
  },
  "meetings.field.online": {
    en: "Online",
    cy: "Ar-lein",
    nl: "Online",
  },
  "meetings.field.agenda": {
    en: "Agenda",
    cy: "Agenda",
    nl: "Agenda",
  },
  "meetings.place.tbc": {
    en: "tbc",
    cy: "i'w gadarnhau",
    nl: "nog niet bekend",
  },
  "meetings.place.online": {
    en: "Online",
    cy: "Ar-lein",
    nl: "Online",
  },
  "meetings.card.number": {
    en: "Meeting #{number}",
    cy: "Cyfarfod #{number}",
    nl: "Vergadering #{number}",
  },
  "meetings.card.counts": {
    en: "{going} going, {maybe} maybe",
    cy: "{going} yn dod, {maybe} efallai",
    nl: "{going} ja, {maybe} misschien",
  },
  "meetings.card.cancelled_title": {
    en: "Cancelled: {title}",
    cy: "Wedi'i ganslo: {title}",
    nl: "Geannuleerd: {title}",
  },
  "meetings.not_found": {
    en: "There is no meeting #{number}. {command} list shows what is coming up.",
    cy: "Does dim cyfarfod #{number}. Mae {command} list yn dangos beth sydd i ddod.",
    nl: "Er is geen vergadering #{number}. {command} list laat zien wat er komt.",
  },
  "meetings.not_yours": {
    en: "Only a coordinator or the host of meeting #{number} can change it.",
    cy: "Dim ond cydlynydd neu westeiwr cyfarfod #{number} all ei newid.",
    nl: "Alleen een coördinator of de gastheer van vergadering #{number} kan die wijzigen.",
  },
  "meetings.already_cancelled": {
    en: "Meeting #{number} has been cancelled.",
    cy: "Mae cyfarfod #{number} wedi'i ganslo.",
    nl: "Vergadering #{number} is geannuleerd.",
  },
  "meetings.remind.save_the_date": {
    en: "Save the date: {title}",
    cy: "Nodwch y dyddiad: {title}",
    nl: "Noteer de datum: {title}",
  },
  "meetings.remind.title": {
    en: "Reminder: {title}",
    cy: "Nodyn atgoffa: {title}",
    nl: "Herinnering: {title}",
  },
  "meetings.nudge.text": {
    en: "Meeting #{number} “{title}” on {when} still has no place. Set it with {command} edit {number} | place: …",
    cy: "Does dim lleoliad eto i gyfarfod #{number} “{title}” ({when}). Gosodwch un gyda {command} edit {number} | place: …",
    nl: "Vergadering #{number} “{title}” op {when} heeft nog geen plaats. Stel die in met {command} edit {number} | place: …",
  },
  "meetings.edit.description": {
    en: "Change a meeting's title, time, place, host or repeat (coordinators or the host)",
    cy: "Newid teitl, amser, lle, gwesteiwr neu ailadrodd cyfarfod (cydlynwyr neu'r gwesteiwr)",
    nl: "Titel, tijd, plaats, gastheer of herhaling wijzigen (coördinatoren of de gastheer)",
  },
  "meetings.edit.usage": {
    en: "{command} edit 3 | when: 7 October 2pm | place: Library",
    cy: "{command} edit 3 | when: 7 Hydref 2pm | place: Llyfrgell",
    nl: "{command} edit 3 | when: 7 oktober 14:00 | place: Bibliotheek",
  },
  "meetings.edit.nothing": {
    en: "Say what to change: {usage}",
    cy: "Dywedwch beth i'w newid: {usage}",
    nl: "Zeg wat er moet veranderen: {usage}",
  },
  "meetings.edit.unchanged": {
    en: "Nothing changed on meeting #{number}.",
    cy: "Ni newidiodd dim ar gyfarfod #{number}.",
    nl: "Er is niets veranderd aan vergadering #{number}.",
  },
  "meetings.changed.title": {
    en: "Meeting #{number} “{title}” has changed",
    cy: "Mae cyfarfod #{number} “{title}” wedi newid",
    nl: "Vergadering #{number} “{title}” is gewijzigd",
  },
  "meetings.changed.time": {
    en: "New time: {when}",
    cy: "Amser newydd: {when}",
    nl: "Nieuwe tijd: {when}",
  },
  "meetings.changed.place": {
    en: "New place: {place}",
    cy: "Lle newydd: {place}",
    nl: "Nieuwe plaats: {place}",
  },
  "meetings.cancel.description": {
    en: "Cancel a meeting and tell those coming (coordinators or the host)",
    cy: "Canslo cyfarfod a dweud wrth y rhai sy'n dod (cydlynwyr neu'r gwesteiwr)",
    nl: "Een vergadering annuleren en de deelnemers inlichten (coördinatoren of de gastheer)",
  },
  "meetings.cancel.usage": {
    en: "{command} cancel 3",
    cy: "{command} cancel 3",
    nl: "{command} cancel 3",
  },
  "meetings.cancelled.title": {
    en: "Meeting #{number} “{title}” is cancelled",
    cy: "Mae cyfarfod #{number} “{title}” wedi'i ganslo",
    nl: "Vergadering #{number} “{title}” is geannuleerd",
  },
  "meetings.cancel.done": {
    en: "Meeting #{number} is cancelled; its reminders are off and those coming were told.",
    cy: "Mae cyfarfod #{number} wedi'i ganslo; mae ei nodiadau atgoffa wedi'u diffodd a chafodd y rhai sy'n dod wybod.",
    nl: "Vergadering #{number} is geannuleerd; de herinneringen staan uit en de deelnemers zijn ingelicht.",
  },
  "meetings.links.description": {
    en: "Set a meeting's online and agenda links",
    cy: "Gosod dolenni ar-lein ac agenda cyfarfod",
    nl: "De online link en agendalink van een vergadering instellen",
  },
  "meetings.links.usage": {
    en: "{command} links 3 https://meet.example/abc | https://docs.example/agenda",
    cy: "{command} links 3 https://meet.example/abc | https://docs.example/agenda",
    nl: "{command} links 3 https://meet.example/abc | https://docs.example/agenda",
  },
  "meetings.link.invalid": {
    en: "{option} must be a link starting with https://, or “none”.",
    cy: "{option}: rhowch ddolen sy'n dechrau â https://, neu “dim”.",
    nl: "{option} moet een link zijn die begint met https://, of “geen”.",
  },
  "meetings.list.description": {
    en: "Meetings coming up",
    cy: "Cyfarfodydd i ddod",
    nl: "Komende vergaderingen",
  },
  "meetings.list.title": {
    en: "Meetings coming up",
    cy: "Cyfarfodydd i ddod",
    nl: "Komende vergaderingen",
  },
  "meetings.list.empty": {
    en: "No meetings are planned yet.",
    cy: "Does dim cyfarfodydd wedi'u trefnu eto.",
    nl: "Er zijn nog geen vergaderingen gepland.",
  },
  "meetings.list.footer": {
    en: "{command} show <number> for details and a calendar file.",
    cy: "{command} show <rhif> am fanylion a ffeil calendr.",
    nl: "{command} show <nummer> voor details en een kalenderbestand.",
  },
  "meetings.show.description": {
    en: "Show a meeting, with a calendar file",
    cy: "Dangos cyfarfod, gyda ffeil calendr",
    nl: "Een vergadering tonen, met een kalenderbestand",
  },
  "meetings.show.usage": {
    en: "{command} show 3",
    cy: "{command} show 3",
    nl: "{command} show 3",
  },
  "meetings.who.description": {
    en: "Who is coming to a meeting (coordinators or the host)",
    cy: "Pwy sy'n dod i gyfarfod (cydlynwyr neu'r gwesteiwr)",
    nl: "Wie er naar een vergadering komt (coördinatoren of de gastheer)",
  },
  "meetings.who.usage": {
    en: "{command} who 3",
    cy: "{command} who 3",
    nl: "{command} who 3",
  },
  "meetings.who.not_allowed": {
    en: "Only a coordinator or the host of meeting #{number} can see who is coming.",
    cy: "Dim ond cydlynydd neu westeiwr cyfarfod #{number} all weld pwy sy'n dod.",
    nl: "Alleen een coördinator of de gastheer van vergadering #{number} kan zien wie er komt.",
  },
  "meetings.who.past": {
    en: "Meeting #{number} has no date still to come.",
    cy: "Does gan gyfarfod #{number} ddim dyddiad eto i ddod.",
    nl: "Vergadering #{number} heeft geen datum meer die nog komt.",
  },
  "meetings.who.title": {
    en: "Who is coming to meeting #{number} “{title}”",
    cy: "Pwy sy'n dod i gyfarfod #{number} “{title}”",
    nl: "Wie komt er naar vergadering #{number} “{title}”",
  },
  "meetings.who.going": {
    en: "Going ({count})",
    cy: "Dod ({count})",
    nl: "Komen ({count})",
  },
  "meetings.who.maybe": {
    en: "Maybe ({count})",
    cy: "Efallai ({count})",
    nl: "Misschien ({count})",
  },
  "meetings.who.no": {
    en: "Can't ({count})",
    cy: "Methu dod ({count})",
    nl: "Kunnen niet ({count})",
  },
  "meetings.feed.description": {
    en: "The network's calendar link to subscribe to (coordinators)",
    cy: "Dolen galendr y rhwydwaith i danysgrifio iddi (cydlynwyr)",
    nl: "De kalenderlink van het netwerk om je op te abonneren (coördinatoren)",
  },
  "meetings.feed.usage": {
    en: "{command} feed, or {command} feed reset",
    cy: "{command} feed, neu {command} feed reset",
    nl: "{command} feed, of {command} feed reset",
  },
  "meetings.feed.url": {
    en: "Subscribe to the network's meetings in any calendar app:",
    cy: "Tanysgrifiwch i gyfarfodydd y rhwydwaith mewn unrhyw ap calendr:",
    nl: "Abonneer je in een kalender-app naar keuze op de vergaderingen van het netwerk:",
  },
  "meetings.feed.reset": {
    en: "New calendar link (the old one no longer works):",
    cy: "Dolen galendr newydd (nid yw'r hen un yn gweithio mwyach):",
    nl: "Nieuwe kalenderlink (de oude werkt niet meer):",
  },
  "meetings.feed.hint": {
    en: "Anyone with the link can read the meetings. If it leaks, make a new one with “feed reset”.",
    cy: "Gall unrhyw un sydd â'r ddolen ddarllen y cyfarfodydd. Os yw'n gollwng, gwnewch un newydd gyda “feed reset”.",
    nl: "Iedereen met de link kan de vergaderingen lezen. Uitgelekt? Maak een nieuwe met “feed reset”.",
  },
  "meetings.rsvp.going": {
    en: "You're going to “{title}”, {when}. You'll get the reminders.",
    cy: "Rydych yn dod: “{title}” ({when}). Byddwch yn cael y nodiadau atgoffa.",
    nl: "Je komt naar “{title}”, {when}. Je krijgt de herinneringen.",
  },
  "meetings.rsvp.maybe": {
    en: "Noted as maybe for “{title}”, {when}.",
    cy: "Wedi nodi efallai ar gyfer “{title}” ({when}).",
    nl: "Genoteerd als misschien voor “{title}”, {when}.",
  },
  "meetings.rsvp.no": {
    en: "Noted: you can't make “{title}”, {when}.",
    cy: "Wedi nodi: allwch chi ddim dod. “{title}” ({when}).",
    nl: "Genoteerd: je kunt niet naar “{title}”, {when}.",
  },
  "meetings.rsvp.past": {
    en: "That date of meeting #{number} has passed.",
    cy: "Mae'r dyddiad hwnnw o gyfarfod #{number} wedi mynd heibio.",
    nl: "Die datum van vergadering #{number} is voorbij.",
  },
});
