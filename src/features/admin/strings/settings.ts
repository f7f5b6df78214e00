/**
 * `/gather`: roles, settings and languages.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const settings = defineStrings({
  "gather.description": {
    en: "Gather itself: help, settings, roles, channels, linking, language and privacy",
    cy: "Gather ei hun: cymorth, gosodiadau, rolau, sianeli, cysylltu, iaith a phreifatrwydd",
    nl: "Gather zelf: hulp, instellingen, rollen, kanalen, koppelen, taal en privacy",
  },
  "admin.role.description": {
    en: "Admins: make a member a member, coordinator or admin",
    cy: "Gweinyddwyr: gwneud rhywun yn aelod, yn gydlynydd neu'n weinyddwr",
    nl: "Beheerders: maak iemand lid, coördinator of beheerder",
  },
  "admin.role.usage": {
    en: "{command} role @name coordinator",
    cy: "{command} role @enw coordinator",
    nl: "{command} role @naam coordinator",
  },
  "admin.opt.member": {
    en: "Member",
    cy: "Aelod",
    nl: "Lid",
  },
  "admin.opt.member.description": {
    en: "Who: a mention (@name) or their name",
    cy: "Pwy: sôn am yr aelod (@enw) neu enw'r aelod",
    nl: "Wie: een vermelding (@naam) of de naam",
  },
  "admin.opt.role": {
    en: "Role",
    cy: "Rôl",
    nl: "Rol",
  },
  "admin.opt.role.description": {
    en: "member, coordinator or admin",
    cy: "member, coordinator neu admin",
    nl: "member, coordinator of admin",
  },
  "admin.role.invalid": {
    en: "A role is member, coordinator or admin.",
    cy: "Rhaid i'r rôl fod yn member (aelod), coordinator (cydlynydd) neu admin (gweinyddwr).",
    nl: "Een rol is member (lid), coordinator (coördinator) of admin (beheerder).",
  },
  "admin.role.done": {
    en: "{name} is now a network {role}.",
    cy: "Rôl {name} yn y rhwydwaith bellach: {role}.",
    nl: "{name} is nu {role} van het netwerk.",
  },
  "admin.role.unchanged": {
    en: "{name} is already a network {role}.",
    cy: "Mae gan {name} y rôl hon yn y rhwydwaith yn barod: {role}.",
    nl: "{name} is al {role} van het netwerk.",
  },
  "admin.role.last_admin": {
    en: "{name} is the network's last admin, so they stay one. Make someone else an admin first, then change {name}'s role.",
    cy: "{name} yw gweinyddwr olaf y rhwydwaith, felly bydd {name} yn parhau'n weinyddwr. Gwnewch rywun arall yn weinyddwr yn gyntaf, yna newidiwch rôl {name}.",
    nl: "{name} is de laatste beheerder van het netwerk en blijft dat dus. Maak eerst iemand anders beheerder en verander dan de rol van {name}.",
  },
  "admin.bootstrap.platform_only": {
    en: "This network has no admin yet. Its first admin is someone who runs this workspace or server: ask them to open the settings.",
    cy: "Does gan y rhwydwaith hwn ddim gweinyddwr eto. Rhaid i'r gweinyddwr cyntaf fod yn rhywun sy'n rhedeg y gweithle neu'r gweinydd hwn: gofynnwch i'r person hwnnw agor y gosodiadau.",
    nl: "Dit netwerk heeft nog geen beheerder. De eerste beheerder is iemand die deze werkruimte of server beheert: vraag die de instellingen te openen.",
  },
  "admin.role.reclaimed": {
    en: "You are the network's admin again. No longer admins: {names}.",
    cy: "Chi yw gweinyddwr y rhwydwaith eto. Ddim yn weinyddwyr mwyach: {names}.",
    nl: "Je bent weer beheerder van het netwerk. Geen beheerder meer: {names}.",
  },
  "admin.role.reclaimed_alone": {
    en: "You are the network's admin, and its only one.",
    cy: "Chi yw gweinyddwr y rhwydwaith, a'r unig un.",
    nl: "Je bent beheerder van het netwerk, en de enige.",
  },
  "admin.role.reclaim_refused": {
    en: "Only someone who runs this workspace or server can reclaim the admin role.",
    cy: "Dim ond rhywun sy'n rhedeg y gweithle neu'r gweinydd hwn all adennill rôl y gweinyddwr.",
    nl: "Alleen iemand die deze werkruimte of server beheert kan de beheerdersrol terugnemen.",
  },
  "admin.role.list_title": {
    en: "Who runs the network",
    cy: "Pwy sy'n rhedeg y rhwydwaith",
    nl: "Wie het netwerk leidt",
  },
  "admin.role.admins": {
    en: "Admins",
    cy: "Gweinyddwyr",
    nl: "Beheerders",
  },
  "admin.role.coordinators": {
    en: "Coordinators",
    cy: "Cydlynwyr",
    nl: "Coördinatoren",
  },
  "admin.role.nobody": {
    en: "nobody yet",
    cy: "neb eto",
    nl: "nog niemand",
  },
  "admin.role.list_hint": {
    en: "Change a role: {usage}",
    cy: "Newid rôl: {usage}",
    nl: "Een rol veranderen: {usage}",
  },
  "admin.settings.description": {
    en: "Coordinators: the network's time zone, languages, freshness and reminders",
    cy: "Cydlynwyr: cylchfa amser, ieithoedd, ffresni a nodiadau atgoffa'r rhwydwaith",
    nl: "Coördinatoren: tijdzone, talen, actualiteit en herinneringen van het netwerk",
  },
  "admin.settings.usage": {
    en: "{command} settings timezone Europe/London language cy second en reminders 1w 1d",
    cy: "{command} settings timezone Europe/London language cy second en reminders 1w 1d",
    nl: "{command} settings timezone Europe/Brussels language nl second en reminders 1w 1d",
  },
  "admin.settings.form_title": {
    en: "Network settings",
    cy: "Gosodiadau'r rhwydwaith",
    nl: "Netwerkinstellingen",
  },
  "admin.settings.title": {
    en: "Network settings",
    cy: "Gosodiadau'r rhwydwaith",
    nl: "Netwerkinstellingen",
  },
  "admin.settings.saved": {
    en: "Settings saved",
    cy: "Gosodiadau wedi'u cadw",
    nl: "Instellingen opgeslagen",
  },
  "admin.settings.hint": {
    en: "Change them with the buttons, or type e.g. {usage}",
    cy: "Newidiwch nhw gyda'r botymau, neu teipiwch e.e. {usage}",
    nl: "Verander ze met de knoppen, of typ bv. {usage}",
  },
  "admin.settings.change": {
    en: "Change settings",
    cy: "Newid gosodiadau",
    nl: "Instellingen wijzigen",
  },
  "admin.settings.change_shifts": {
    en: "Shift settings",
    cy: "Gosodiadau shifftiau",
    nl: "Dienstinstellingen",
  },
  "admin.settings.freshness": {
    en: "Ask if updates are current after",
    cy: "Gofyn a yw diweddariadau'n gyfredol ar ôl",
    nl: "Vragen of updates actueel zijn na",
  },
  "admin.settings.weeks": {
    en: { one: "{weeks} week", other: "{weeks} weeks" },
    cy: "{weeks} wythnos",
    nl: { one: "{weeks} week", other: "{weeks} weken" },
  },
  "admin.settings.on": {
    en: "on",
    cy: "ymlaen",
    nl: "aan",
  },
  "admin.settings.not_set": {
    en: "not set",
    cy: "heb ei osod",
    nl: "niet ingesteld",
  },
  "admin.settings.off": {
    en: "off",
    cy: "i ffwrdd",
    nl: "uit",
  },
  "admin.settings.zone_invalid": {
    en: "“{zone}” isn't a time zone I know. Use a name like Europe/London or Europe/Brussels.",
    cy: "Dydw i ddim yn adnabod y gylchfa amser “{zone}”. Defnyddiwch enw fel Europe/London neu Europe/Brussels.",
    nl: "“{zone}” is geen tijdzone die ik ken. Gebruik een naam als Europe/Brussels of Europe/Amsterdam.",
  },
  "admin.settings.second_same": {
    en: "The second language must differ from the network's language (or be off).",
    cy: "Rhaid i'r ail iaith fod yn wahanol i iaith y rhwydwaith (neu fod i ffwrdd).",
    nl: "De tweede taal moet anders zijn dan de taal van het netwerk (of uit).",
  },
  "admin.settings.reminders_invalid": {
    en: "I couldn't read “{word}”. Write reminders as times before the meeting, e.g. 4w 1w 1d 1h (w weeks, d days, h hours, m minutes), or off.",
    cy: "Allwn i ddim darllen “{word}”. Ysgrifennwch nodiadau atgoffa fel amserau cyn y cyfarfod, e.e. 4w 1w 1d 1h (w wythnosau, d diwrnodau, h oriau, m munudau), neu off.",
    nl: "Ik kon “{word}” niet lezen. Schrijf herinneringen als tijden vóór de vergadering, bv. 4w 1w 1d 1h (w weken, d dagen, h uren, m minuten), of off.",
  },
  "admin.settings.reminders_too_many": {
    en: "Please keep it to {max} reminders.",
    cy: "{max} nodyn atgoffa ar y mwyaf, os gwelwch yn dda.",
    nl: "Houd het bij {max} herinneringen.",
  },
  "admin.settings.escalation_invalid": {
    en: "I couldn't read “{word}”. Write hours before the shift, e.g. 72h 24h 4h, or off.",
    cy: "Allwn i ddim darllen “{word}”. Ysgrifennwch oriau cyn y shifft, e.e. 72h 24h 4h, neu off.",
    nl: "Ik kon “{word}” niet lezen. Schrijf uren vóór de dienst, bv. 72h 24h 4h, of off.",
  },
  "admin.settings.escalation_too_many": {
    en: "Please keep it to {max} times.",
    cy: "{max} amser ar y mwyaf, os gwelwch yn dda.",
    nl: "Houd het bij {max} tijden.",
  },
  "admin.shift_settings.description": {
    en: "Coordinators: cover approval and when uncovered shifts are re-announced",
    cy: "Cydlynwyr: cymeradwyo cyflenwi, a phryd yr ailgyhoeddir shifftiau sydd heb eu cyflenwi",
    nl: "Coördinatoren: goedkeuring van vervanging en wanneer open diensten opnieuw worden gemeld",
  },
  "admin.shift_settings.usage": {
    en: "{command} shifts-settings approval on escalation 72h 24h 4h",
    cy: "{command} shifts-settings approval on escalation 72h 24h 4h",
    nl: "{command} shifts-settings approval on escalation 72h 24h 4h",
  },
  "admin.shift_settings.form_title": {
    en: "Shift settings",
    cy: "Gosodiadau shifftiau",
    nl: "Dienstinstellingen",
  },
  "admin.opt.timezone": {
    en: "Time zone",
    cy: "Cylchfa amser",
    nl: "Tijdzone",
  },
  "admin.opt.timezone.description": {
    en: "The network's time zone, e.g. Europe/London",
    cy: "Cylchfa amser y rhwydwaith, e.e. Europe/London",
    nl: "De tijdzone van het netwerk, bv. Europe/Brussels",
  },
  "admin.opt.timezone.placeholder": {
    en: "Europe/London",
    cy: "Europe/London",
    nl: "Europe/Brussels",
  },
  "admin.opt.language": {
    en: "Language",
    cy: "Iaith",
    nl: "Taal",
  },
  "admin.opt.language.description": {
    en: "en, cy or nl",
    cy: "en, cy neu nl",
    nl: "en, cy of nl",
  },
  "admin.opt.second": {
    en: "Second language",
    cy: "Ail iaith",
    nl: "Tweede taal",
  },
  "admin.opt.second.description": {
    en: "Channel posts also in en, cy or nl; off for one language",
    cy: "Negeseuon sianel hefyd yn en, cy neu nl; off am un iaith",
    nl: "Kanaalberichten ook in en, cy of nl; off voor één taal",
  },
  "admin.opt.freshness.description": {
    en: "Weeks (1 to 104) before authors are asked if an update is current",
    cy: "Wythnosau (1 i 104) cyn gofyn i awduron a yw diweddariad yn gyfredol",
    nl: "Weken (1 t/m 104) voordat auteurs gevraagd wordt of een update actueel is",
  },
  "admin.opt.reminders": {
    en: "Meeting reminders",
    cy: "Nodiadau atgoffa cyfarfod",
    nl: "Herinneringen voor vergaderingen",
  },
  "admin.opt.reminders.description": {
    en: "Times before a meeting, e.g. 4w 1w 1d 1h; off for none",
    cy: "Amserau cyn cyfarfod, e.e. 4w 1w 1d 1h; off i beidio ag atgoffa",
    nl: "Tijden vóór een vergadering, bv. 4w 1w 1d 1h; off voor geen",
  },
  "admin.opt.reminders.placeholder": {
    en: "4w 1w 1d 1h",
    cy: "4w 1w 1d 1h",
    nl: "4w 1w 1d 1h",
  },
  "admin.opt.approval": {
    en: "Cover approval",
    cy: "Cymeradwyo cyflenwi",
    nl: "Goedkeuring vervanging",
  },
  "admin.opt.approval.description": {
    en: "on: a coordinator approves each cover before the rota changes",
    cy: "on: cydlynydd yn cymeradwyo pob cyflenwi cyn i'r rota newid",
    nl: "on: een coördinator keurt elke vervanging goed voordat het rooster verandert",
  },
  "admin.opt.escalation": {
    en: "Cover re-announced",
    cy: "Ailgyhoeddi cyflenwi",
    nl: "Vervanging opnieuw gemeld",
  },
  "admin.opt.escalation.description": {
    en: "Hours before an uncovered shift, e.g. 72h 24h 4h",
    cy: "Oriau cyn shifft heb ei llenwi, e.e. 72h 24h 4h",
    nl: "Uren vóór een open dienst, bv. 72h 24h 4h",
  },
  "admin.opt.escalation.placeholder": {
    en: "72h 24h 4h",
    cy: "72h 24h 4h",
    nl: "72h 24h 4h",
  },
  "admin.language.en": {
    en: "English",
    cy: "English",
    nl: "English",
  },
  "admin.language.cy": {
    en: "Cymraeg",
    cy: "Cymraeg",
    nl: "Cymraeg",
  },
  "admin.language.nl": {
    en: "Nederlands",
    cy: "Nederlands",
    nl: "Nederlands",
  },
  "admin.language.invalid": {
    en: "Choose a language: en (English), cy (Cymraeg) or nl (Nederlands).",
    cy: "Dewiswch iaith: en (English), cy (Cymraeg) neu nl (Nederlands).",
    nl: "Kies een taal: en (English), cy (Cymraeg) of nl (Nederlands).",
  },
  "admin.language.description": {
    en: "Choose the language Gather speaks to you: en, cy, nl or auto",
    cy: "Dewis yr iaith mae Gather yn ei siarad â chi: en, cy, nl neu auto",
    nl: "Kies de taal waarin Gather met je praat: en, cy, nl of auto",
  },
  "admin.language.usage": {
    en: "{command} language cy",
    cy: "{command} language cy",
    nl: "{command} language nl",
  },
  "admin.opt.my_language.description": {
    en: "en, cy, nl, or auto for your platform's language",
    cy: "en, cy, nl, neu auto am iaith eich platfform",
    nl: "en, cy, nl, of auto voor de taal van je platform",
  },
  "admin.language.current": {
    en: "Gather speaks {language} to you. Change it with /gather language en, cy, nl or auto.",
    cy: "Mae Gather yn siarad {language} â chi. Newidiwch hyn gyda /gather language en, cy, nl neu auto.",
    nl: "Gather praat {language} met je. Verander het met /gather language en, cy, nl of auto.",
  },
  "admin.language.current_auto": {
    en: "Gather follows your platform's language (now {language}). Choose one with /gather language en, cy or nl.",
    cy: "Mae Gather yn dilyn iaith eich platfform (nawr {language}). Dewiswch un gyda /gather language en, cy neu nl.",
    nl: "Gather volgt de taal van je platform (nu {language}). Kies er een met /gather language en, cy of nl.",
  },
  "admin.language.done": {
    en: "Done: Gather will speak {language} to you.",
    cy: "Wedi'i wneud: bydd Gather yn siarad {language} â chi.",
    nl: "Klaar: Gather praat voortaan {language} met je.",
  },
  "admin.language.auto_done": {
    en: "Done: Gather will follow your platform's language again.",
    cy: "Wedi'i wneud: bydd Gather yn dilyn iaith eich platfform eto.",
    nl: "Klaar: Gather volgt weer de taal van je platform.",
  },
  "admin.opt.channel": {
    en: "What",
    cy: "Beth",
    nl: "Wat",
  },
  "admin.opt.channel.description": {
    en: "updates, help, shifts, reminders or digest (off-… to stop)",
    cy: "updates, help, shifts, reminders neu digest (off-… i stopio)",
    nl: "updates, help, shifts, reminders of digest (off-… om te stoppen)",
  },
  "admin.opt.code": {
    en: "Code",
    cy: "Cod",
    nl: "Code",
  },
  "admin.opt.code.description": {
    en: "A code from /gather link, or “me” to link your own accounts",
    cy: "Cod o /gather link, neu “me” i gysylltu eich cyfrifon eich hun",
    nl: "Een code van /gather link, of “me” om je eigen accounts te koppelen",
  },
  "admin.opt.count": {
    en: "How many",
    cy: "Faint",
    nl: "Hoeveel",
  },
  "admin.opt.count.description": {
    en: "From 1 to {max}",
    cy: "O 1 i {max}",
    nl: "Van 1 tot en met {max}",
  },
  "privacy.description": {
    en: "What Gather keeps about you, why, for how long, and your rights",
    cy: "Beth mae Gather yn ei gadw amdanoch, pam, am ba hyd, a'ch hawliau",
    nl: "Wat Gather over je bewaart, waarom, hoe lang, en je rechten",
  },
});
