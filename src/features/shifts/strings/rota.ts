/**
 * The rota: listing, signing up, cards and why a volunteer cannot take a shift.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const rota = defineStrings({
  "shift.description": {
    en: "Volunteer shifts: sign up, ask for cover, claim, swap, checks and hours",
    cy: "Shifftiau gwirfoddolwyr: cofrestru, gofyn am gyflenwi, hawlio, cyfnewid, gwiriadau ac oriau",
    nl: "Vrijwilligersdiensten: inschrijven, vervanging vragen, overnemen, ruilen, screenings en uren",
  },
  "shift.opt.number": {
    en: "Shift",
    cy: "Shifft",
    nl: "Dienst",
  },
  "shift.opt.number.description": {
    en: "The shift's number, e.g. 12",
    cy: "Rhif y shifft, e.e. 12",
    nl: "Het nummer van de dienst, bv. 12",
  },
  "shift.opt.mine": {
    en: "Your shift",
    cy: "Eich shifft",
    nl: "Jouw dienst",
  },
  "shift.opt.theirs": {
    en: "Their shift",
    cy: "Eu shifft",
    nl: "Dienst van de ander",
  },
  "shift.opt.role": {
    en: "Role",
    cy: "Rôl",
    nl: "Taak",
  },
  "shift.opt.role.description": {
    en: "What the volunteer does, e.g. Front desk",
    cy: "Beth mae'r gwirfoddolwr yn ei wneud, e.e. Desg flaen",
    nl: "Wat de vrijwilliger doet, bv. Onthaal",
  },
  "shift.opt.when": {
    en: "When",
    cy: "Pryd",
    nl: "Wanneer",
  },
  "shift.opt.when.description": {
    en: "Day and times, in the network's time zone",
    cy: "Diwrnod ac amseroedd, yng nghylchfa amser y rhwydwaith",
    nl: "Dag en tijden, in de tijdzone van het netwerk",
  },
  "shift.opt.when.placeholder": {
    en: "2026-12-05 10:00-13:00",
    cy: "2026-12-05 10:00-13:00",
    nl: "2026-12-05 10:00-13:00",
  },
  "shift.opt.place": {
    en: "Place",
    cy: "Lle",
    nl: "Plek",
  },
  "shift.opt.place.description": {
    en: "Where it happens",
    cy: "Ble mae'n digwydd",
    nl: "Waar het plaatsvindt",
  },
  "shift.opt.capacity": {
    en: "Places",
    cy: "Lleoedd",
    nl: "Plaatsen",
  },
  "shift.opt.capacity.description": {
    en: "How many volunteers it needs (1 if blank)",
    cy: "Faint o wirfoddolwyr sydd eu hangen (1 os yn wag)",
    nl: "Hoeveel vrijwilligers nodig zijn (1 als leeg)",
  },
  "shift.opt.checks": {
    en: "Checks needed",
    cy: "Gwiriadau angenrheidiol",
    nl: "Vereiste screenings",
  },
  "shift.opt.checks.description": {
    en: "Checks a volunteer must hold on the day, separated by spaces",
    cy: "Gwiriadau y mae'n rhaid i wirfoddolwr eu dal ar y diwrnod, wedi'u gwahanu gan fylchau",
    nl: "Screenings die een vrijwilliger op de dag moet hebben, gescheiden door spaties",
  },
  "shift.opt.checks.placeholder": {
    en: "dbs_enhanced safeguarding",
    cy: "dbs_enhanced safeguarding",
    nl: "strafregister_model_2 ehbo",
  },
  "shift.opt.csv": {
    en: "Shifts (CSV)",
    cy: "Shifftiau (CSV)",
    nl: "Diensten (CSV)",
  },
  "shift.opt.csv.description": {
    en: "One shift a line: role,date,start,end,place,capacity,checks",
    cy: "Un shifft y llinell: role,date,start,end,place,capacity,checks",
    nl: "Eén dienst per regel: role,date,start,end,place,capacity,checks",
  },
  "shift.opt.csv.placeholder": {
    en: "role,date,start,end,place,capacity,checks",
    cy: "role,date,start,end,place,capacity,checks",
    nl: "role,date,start,end,place,capacity,checks",
  },
  "shift.opt.reason": {
    en: "Reason",
    cy: "Rheswm",
    nl: "Reden",
  },
  "shift.opt.reason.description": {
    en: "Why you need cover: only coordinators see it",
    cy: "Pam mae angen cyflenwi arnoch: dim ond cydlynwyr sy'n ei weld",
    nl: "Waarom je vervanging nodig hebt: alleen coördinatoren zien dit",
  },
  "shift.opt.reason.placeholder": {
    en: "Only coordinators see this.",
    cy: "Dim ond cydlynwyr sy'n gweld hwn.",
    nl: "Alleen coördinatoren zien dit.",
  },
  "shift.opt.with": {
    en: "With",
    cy: "Gyda",
    nl: "Met",
  },
  "shift.opt.with.description": {
    en: "Who to swap with, when their shift has several volunteers",
    cy: "Gyda phwy i gyfnewid, pan fo sawl gwirfoddolwr ar eu shifft",
    nl: "Met wie je ruilt, als er meerdere vrijwilligers op de andere dienst staan",
  },
  "shift.opt.member": {
    en: "Member",
    cy: "Aelod",
    nl: "Lid",
  },
  "shift.opt.member.description": {
    en: "A mention or the member's name",
    cy: "Cyfeiriad at yr aelod neu ei enw",
    nl: "Een vermelding of de naam van het lid",
  },
  "shift.opt.checks_member.description": {
    en: "Coordinators: whose checks to show",
    cy: "Cydlynwyr: gwiriadau pwy i'w dangos",
    nl: "Coördinatoren: wiens screenings je wilt zien",
  },
  "shift.opt.kind": {
    en: "Check",
    cy: "Gwiriad",
    nl: "Screening",
  },
  "shift.opt.kind.description": {
    en: "The kind of check, e.g. dbs_enhanced or safeguarding",
    cy: "Y math o wiriad, e.e. dbs_enhanced neu safeguarding",
    nl: "Het soort screening, bv. strafregister_model_2 (uittreksel strafregister, model 2) of ehbo",
  },
  "shift.opt.kind.placeholder": {
    en: "dbs_enhanced",
    cy: "dbs_enhanced",
    nl: "strafregister_model_2",
  },
  "shift.opt.expiry": {
    en: "Expires",
    cy: "Yn dod i ben",
    nl: "Verloopt",
  },
  "shift.opt.expiry.description": {
    en: "The last day it is valid (YYYY-MM-DD), or none",
    cy: "Y diwrnod olaf y mae'n ddilys (BBBB-MM-DD), neu none",
    nl: "De laatste geldige dag (JJJJ-MM-DD), of none",
  },
  "shift.opt.expiry.placeholder": {
    en: "2027-05-01",
    cy: "2027-05-01",
    nl: "2027-05-01",
  },
  "shift.opt.status": {
    en: "Status",
    cy: "Statws",
    nl: "Status",
  },
  "shift.opt.status.description": {
    en: "valid, pending or revoked (valid if blank)",
    cy: "valid, pending neu revoked (valid os yn wag)",
    nl: "valid, pending of revoked (valid als leeg)",
  },
  "shift.opt.scope": {
    en: "Whose",
    cy: "Pwy",
    nl: "Van wie",
  },
  "shift.opt.scope.description": {
    en: "Coordinators: “all” for every volunteer",
    cy: "Cydlynwyr: “all” ar gyfer pob gwirfoddolwr",
    nl: "Coördinatoren: “all” voor alle vrijwilligers",
  },
  "shift.list.description": {
    en: "Upcoming shifts with free places",
    cy: "Shifftiau i ddod gyda lleoedd rhydd",
    nl: "Komende diensten met vrije plaatsen",
  },
  "shift.list.title": {
    en: "Upcoming shifts",
    cy: "Shifftiau i ddod",
    nl: "Komende diensten",
  },
  "shift.list.empty": {
    en: "No upcoming shifts yet.",
    cy: "Dim shifftiau i ddod eto.",
    nl: "Nog geen komende diensten.",
  },
  "shift.list.yours": {
    en: "you're on it",
    cy: "rydych chi arni",
    nl: "jij staat erop",
  },
  "shift.list.footer": {
    en: "Tap Sign up, or type {command} signup <number>.",
    cy: "Tapiwch Cofrestru, neu teipiwch {command} signup <rhif>.",
    nl: "Tik op Inschrijven, of typ {command} signup <nummer>.",
  },
  "shift.places.free": {
    en: "{free} of {capacity} places free",
    cy: "{free} o {capacity} lle yn rhydd",
    nl: "vrije plaatsen: {free} van {capacity}",
  },
  "shift.places.full": {
    en: "full",
    cy: "llawn",
    nl: "vol",
  },
  "shift.needs": {
    en: "needs {checks}",
    cy: "angen {checks}",
    nl: "vereist {checks}",
  },
  "shift.button.signup": {
    en: "Sign up #{number}",
    cy: "Cofrestru #{number}",
    nl: "Inschrijven #{number}",
  },
  "shift.button.cover": {
    en: "Need cover #{number}",
    cy: "Angen cyflenwi #{number}",
    nl: "Vervanging vragen #{number}",
  },
  "shift.button.claim": {
    en: "Claim",
    cy: "Hawlio",
    nl: "Overnemen",
  },
  "shift.button.approve": {
    en: "Approve",
    cy: "Cymeradwyo",
    nl: "Goedkeuren",
  },
  "shift.button.decline": {
    en: "Decline",
    cy: "Gwrthod",
    nl: "Afwijzen",
  },
  "shift.button.accept": {
    en: "Accept",
    cy: "Derbyn",
    nl: "Accepteren",
  },
  "shift.button.yes": {
    en: "Yes, I'm coming",
    cy: "Ydw, dwi'n dod",
    nl: "Ja, ik kom",
  },
  "shift.button.cant": {
    en: "Can't make it",
    cy: "Alla i ddim dod",
    nl: "Lukt niet",
  },
  "shift.signup.description": {
    en: "Take a free place on a shift",
    cy: "Cymryd lle rhydd ar shifft",
    nl: "Neem een vrije plaats in een dienst",
  },
  "shift.signup.usage": {
    en: "{command} signup 12",
    cy: "{command} signup 12",
    nl: "{command} signup 12",
  },
  "shift.signup.done": {
    en: "You're on shift #{number} {role}. Thank you! It starts",
    cy: "Rydych chi ar shifft #{number} {role}. Diolch! Mae'n dechrau",
    nl: "Je staat op dienst #{number} {role}. Dank je wel! Start:",
  },
  "shift.not_found": {
    en: "There is no shift #{number}. See upcoming shifts with /shift list.",
    cy: "Does dim shifft #{number}. Edrychwch ar y shifftiau i ddod gyda /shift list.",
    nl: "Er is geen dienst #{number}. Zie de komende diensten met /shift list.",
  },
  "shift.past": {
    en: "Shift #{number} has already started, so it can't change now.",
    cy: "Mae shifft #{number} eisoes wedi dechrau, felly does dim modd ei newid nawr.",
    nl: "Dienst #{number} is al begonnen en kan nu niet meer veranderen.",
  },
  "shift.full": {
    en: "Shift #{number} is full. Try another one from /shift list.",
    cy: "Mae shifft #{number} yn llawn. Rhowch gynnig ar un arall o /shift list.",
    nl: "Dienst #{number} is vol. Probeer een andere uit /shift list.",
  },
  "shift.already_on": {
    en: "You're already on shift #{number}.",
    cy: "Rydych chi eisoes ar shifft #{number}.",
    nl: "Je staat al op dienst #{number}.",
  },
  "shift.not_yours": {
    en: "You're not on shift #{number}. See yours with /shift mine.",
    cy: "Dydych chi ddim ar shifft #{number}. Edrychwch ar eich rhai chi gyda /shift mine.",
    nl: "Je staat niet op dienst #{number}. Zie de jouwe met /shift mine.",
  },
  "shift.not_eligible": {
    en: "You can't take shift #{number}: {why}. Nothing has changed.",
    cy: "Allwch chi ddim cymryd shifft #{number}: {why}. Does dim wedi newid.",
    nl: "Je kunt dienst #{number} niet nemen: {why}. Er is niets veranderd.",
  },
  "shift.why.already_on": {
    en: "already on shift #{number}",
    cy: "eisoes ar shifft #{number}",
    nl: "al ingeschreven voor dienst #{number}",
  },
  "shift.why.check_missing": {
    en: "it needs a valid {check} check",
    cy: "mae angen gwiriad {check} dilys",
    nl: "er is een geldige {check}-screening nodig",
  },
  "shift.why.check_pending": {
    en: "the {check} check is still pending",
    cy: "mae'r gwiriad {check} yn dal i aros",
    nl: "de {check}-screening is nog in behandeling",
  },
  "shift.why.check_expired": {
    en: "the {check} check expires on {date}, before the shift ends",
    cy: "mae'r gwiriad {check} yn dod i ben ar {date}, cyn i'r shifft orffen",
    nl: "de {check}-screening verloopt op {date}, voordat de dienst eindigt",
  },
  "shift.why.overlap": {
    en: "it overlaps shift #{other}",
    cy: "mae'n gorgyffwrdd â shifft #{other}",
    nl: "hij overlapt met dienst #{other}",
  },
  "shift.mine.description": {
    en: "Your upcoming shifts, with a calendar file",
    cy: "Eich shifftiau i ddod, gyda ffeil calendr",
    nl: "Je komende diensten, met een kalenderbestand",
  },
  "shift.mine.title": {
    en: "Your shifts",
    cy: "Eich shifftiau",
    nl: "Jouw diensten",
  },
  "shift.mine.empty": {
    en: "You have no upcoming shifts. Find one with {command} list.",
    cy: "Does gennych chi ddim shifftiau i ddod. Dewch o hyd i un gyda {command} list.",
    nl: "Je hebt geen komende diensten. Zoek er een met {command} list.",
  },
  "shift.mine.footer": {
    en: "The .ics file adds them to your calendar. Tap Need cover if you can't make one.",
    cy: "Mae'r ffeil .ics yn eu hychwanegu at eich calendr. Tapiwch Angen cyflenwi os na allwch ddod.",
    nl: "Het .ics-bestand zet ze in je kalender. Tik op Vervanging als je niet kunt.",
  },
  "shift.card.when": {
    en: "When",
    cy: "Pryd",
    nl: "Wanneer",
  },
  "shift.card.place": {
    en: "Where",
    cy: "Ble",
    nl: "Waar",
  },
  "shift.card.checks": {
    en: "Checks needed",
    cy: "Gwiriadau angenrheidiol",
    nl: "Vereiste screenings",
  },
  "shift.opt.cover_for_member.description": {
    en: "The volunteer on the shift: a mention or their name",
    cy: "Y gwirfoddolwr ar y shifft: cyfeiriad ato neu ei enw",
    nl: "De vrijwilliger op de dienst: een vermelding of de naam",
  },
  "shift.opt.edit_when.description": {
    en: "A new day and times, in the network's time zone (blank: unchanged)",
    cy: "Diwrnod ac amseroedd newydd, yng nghylchfa amser y rhwydwaith (gwag: dim newid)",
    nl: "Een nieuwe dag en tijden, in de tijdzone van het netwerk (leeg: ongewijzigd)",
  },
  "shift.opt.edit_place.description": {
    en: "A new place, or - for none (blank: unchanged)",
    cy: "Lle newydd, neu - i beidio â rhoi lle (gwag: dim newid)",
    nl: "Een nieuwe plek, of - voor geen (leeg: ongewijzigd)",
  },
  "shift.opt.edit_capacity.description": {
    en: "How many volunteers it needs now (blank: unchanged)",
    cy: "Faint o wirfoddolwyr sydd eu hangen nawr (gwag: dim newid)",
    nl: "Hoeveel vrijwilligers er nu nodig zijn (leeg: ongewijzigd)",
  },
  "shift.button.cancel_yes": {
    en: "Yes, cancel it",
    cy: "Ie, ei chanslo",
    nl: "Ja, annuleren",
  },
  "shift.button.cancel_keep": {
    en: "Keep it",
    cy: "Ei chadw",
    nl: "Laten staan",
  },
});
