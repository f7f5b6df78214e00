/**
 * Settings, roles, channels, linking, languages, the audit list, privacy and reports.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../core/i18n/define.js";

export const strings = defineStrings({
  "gather.description": {
    en: "Gather itself: help, settings, roles, channels, linking, language and privacy",
    cy: "Gather ei hun: cymorth, gosodiadau, rolau, sianeli, cysylltu, iaith a phreifatrwydd",
    nl: "Gather zelf: hulp, instellingen, rollen, kanalen, koppelen, taal en privacy",
  },
  "admin.role.description": {
    en: "Admins: make a member a member, coordinator or admin",
    cy: "Gweinyddwyr: gwneud rhywun yn aelod, cydlynydd neu weinyddwr",
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
    cy: "Pwy: sôn amdanyn nhw (@enw) neu eu henw",
    nl: "Wie: een vermelding (@naam) of hun naam",
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
    cy: "Rôl yw member (aelod), coordinator (cydlynydd) neu admin (gweinyddwr).",
    nl: "Een rol is member (lid), coordinator (coördinator) of admin (beheerder).",
  },
  "admin.role.done": {
    en: "{name} is now a network {role}.",
    cy: "Mae {name} bellach yn {role} yn y rhwydwaith.",
    nl: "{name} is nu {role} van het netwerk.",
  },
  "admin.role.unchanged": {
    en: "{name} is already a network {role}.",
    cy: "Mae {name} eisoes yn {role} yn y rhwydwaith.",
    nl: "{name} is al {role} van het netwerk.",
  },
  "admin.role.last_admin": {
    en: "{name} is the network's last admin, so they stay one. Make someone else an admin first, then change {name}'s role.",
    cy: "{name} yw gweinyddwr olaf y rhwydwaith, felly maen nhw'n aros yn un. Gwnewch rywun arall yn weinyddwr yn gyntaf, yna newidiwch rôl {name}.",
    nl: "{name} is de laatste beheerder van het netwerk en blijft dat dus. Maak eerst iemand anders beheerder en verander dan de rol van {name}.",
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
    nl: "Verander ze met de knoppen, of typ bijv. {usage}",
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
    en: "{weeks} weeks",
    cy: "{weeks} wythnos",
    nl: "{weeks} weken",
  },
  "admin.settings.on": {
    en: "on",
    cy: "ymlaen",
    nl: "aan",
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
    nl: "Ik kon “{word}” niet lezen. Schrijf herinneringen als tijden vóór de bijeenkomst, bijv. 4w 1w 1d 1h (w weken, d dagen, h uren, m minuten), of off.",
  },
  "admin.settings.reminders_too_many": {
    en: "Please keep it to {max} reminders.",
    cy: "Cadwch at {max} nodyn atgoffa, os gwelwch yn dda.",
    nl: "Houd het bij {max} herinneringen.",
  },
  "admin.settings.escalation_invalid": {
    en: "I couldn't read “{word}”. Write hours before the shift, e.g. 72h 24h 4h, or off.",
    cy: "Allwn i ddim darllen “{word}”. Ysgrifennwch oriau cyn y shifft, e.e. 72h 24h 4h, neu off.",
    nl: "Ik kon “{word}” niet lezen. Schrijf uren vóór de dienst, bijv. 72h 24h 4h, of off.",
  },
  "admin.settings.escalation_too_many": {
    en: "Please keep it to {max} times.",
    cy: "Cadwch at {max} amser, os gwelwch yn dda.",
    nl: "Houd het bij {max} tijden.",
  },
  "admin.settings.on_off": {
    en: "Write on or off.",
    cy: "Ysgrifennwch on (ymlaen) neu off (i ffwrdd).",
    nl: "Schrijf on (aan) of off (uit).",
  },
  "admin.shift_settings.description": {
    en: "Coordinators: cover approval and when uncovered shifts are re-announced",
    cy: "Cydlynwyr: cymeradwyo cyflenwi a phryd y cyhoeddir shifftiau heb eu llenwi eto",
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
    nl: "De tijdzone van het netwerk, bijv. Europe/Brussels",
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
    nl: "Weken (1 tot 104) voordat auteurs gevraagd wordt of een update actueel is",
  },
  "admin.opt.reminders": {
    en: "Meeting reminders",
    cy: "Nodiadau atgoffa cyfarfod",
    nl: "Herinneringen voor bijeenkomsten",
  },
  "admin.opt.reminders.description": {
    en: "Times before a meeting, e.g. 4w 1w 1d 1h; off for none",
    cy: "Amserau cyn cyfarfod, e.e. 4w 1w 1d 1h; off am ddim",
    nl: "Tijden vóór een bijeenkomst, bijv. 4w 1w 1d 1h; off voor geen",
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
    nl: "Uren vóór een open dienst, bijv. 72h 24h 4h",
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
  "admin.channel.description": {
    en: "Coordinators: use this channel for updates, help, shifts, reminders or the digest",
    cy: "Cydlynwyr: defnyddio'r sianel hon ar gyfer diweddariadau, cymorth, shifftiau, atgoffa neu'r crynodeb",
    nl: "Coördinatoren: gebruik dit kanaal voor updates, hulp, diensten, herinneringen of het overzicht",
  },
  "admin.channel.usage": {
    en: "{command} channel updates — or off-updates to stop",
    cy: "{command} channel updates — neu off-updates i stopio",
    nl: "{command} channel updates — of off-updates om te stoppen",
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
  "admin.channel.invalid": {
    en: "Name one of: {choices} — or off-… to stop, e.g. off-digest.",
    cy: "Enwch un o: {choices} — neu off-… i stopio, e.e. off-digest.",
    nl: "Noem er een van: {choices} — of off-… om te stoppen, bijv. off-digest.",
  },
  "admin.channel.set": {
    en: "This channel is now the space's channel for {kind}.",
    cy: "Y sianel hon bellach yw sianel y gofod ar gyfer {kind}.",
    nl: "Dit kanaal is nu het kanaal van deze ruimte voor {kind}.",
  },
  "admin.channel.cleared": {
    en: "No channel for {kind} any more: they go where the command is used.",
    cy: "Dim sianel ar gyfer {kind} mwyach: maen nhw'n mynd lle defnyddir y gorchymyn.",
    nl: "Geen kanaal meer voor {kind}: ze gaan naar waar het commando wordt gebruikt.",
  },
  "admin.channel.first_digest": {
    en: "The first digest:",
    cy: "Y crynodeb cyntaf:",
    nl: "Het eerste overzicht:",
  },
  "admin.channel.title": {
    en: "This space's channels",
    cy: "Sianeli'r gofod hwn",
    nl: "De kanalen van deze ruimte",
  },
  "admin.channel.hint": {
    en: "Run it in the channel you want: {usage}",
    cy: "Rhedwch ef yn y sianel rydych chi ei heisiau: {usage}",
    nl: "Gebruik het in het kanaal dat je wilt: {usage}",
  },
  "admin.channel.this": {
    en: "this channel",
    cy: "y sianel hon",
    nl: "dit kanaal",
  },
  "admin.channel.other": {
    en: "another channel ({channel})",
    cy: "sianel arall ({channel})",
    nl: "een ander kanaal ({channel})",
  },
  "admin.channel.unset": {
    en: "where the command is used",
    cy: "lle defnyddir y gorchymyn",
    nl: "waar het commando wordt gebruikt",
  },
  "admin.channel.no_digest": {
    en: "no weekly digest",
    cy: "dim crynodeb wythnosol",
    nl: "geen wekelijks overzicht",
  },
  "admin.channel.kind.updates": {
    en: "project updates",
    cy: "diweddariadau prosiect",
    nl: "projectupdates",
  },
  "admin.channel.kind.help": {
    en: "asks and offers",
    cy: "ceisiadau a chynigion",
    nl: "hulpvragen en aanbiedingen",
  },
  "admin.channel.kind.shifts": {
    en: "shifts and cover",
    cy: "shifftiau a chyflenwi",
    nl: "diensten en vervanging",
  },
  "admin.channel.kind.reminders": {
    en: "meeting reminders",
    cy: "nodiadau atgoffa cyfarfod",
    nl: "herinneringen voor bijeenkomsten",
  },
  "admin.channel.kind.digest": {
    en: "the weekly digest",
    cy: "y crynodeb wythnosol",
    nl: "het wekelijkse overzicht",
  },
  "admin.posted.update": {
    en: "Posted update #{number} in the network's updates channel.",
    cy: "Postiwyd diweddariad #{number} yn sianel diweddariadau'r rhwydwaith.",
    nl: "Update #{number} is geplaatst in het updatekanaal van het netwerk.",
  },
  "admin.posted.ask": {
    en: "Posted ask #{number} in the network's help channel.",
    cy: "Postiwyd cais #{number} yn sianel gymorth y rhwydwaith.",
    nl: "Hulpvraag #{number} is geplaatst in het hulpkanaal van het netwerk.",
  },
  "admin.link.description": {
    en: "Link another Slack workspace or Discord server, or your own accounts (link me)",
    cy: "Cysylltu gweithle Slack neu weinydd Discord arall, neu eich cyfrifon eich hun (link me)",
    nl: "Koppel een andere Slack-werkruimte of Discord-server, of je eigen accounts (link me)",
  },
  "admin.link.usage": {
    en: "{command} link — or {command} link me — or {command} link ABCD-EFGH",
    cy: "{command} link — neu {command} link me — neu {command} link ABCD-EFGH",
    nl: "{command} link — of {command} link me — of {command} link ABCD-EFGH",
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
  "admin.link.space_code": {
    en: "Your one-time code is {code}. Within {minutes} minutes, an admin of the other Slack workspace or Discord server types there: {command} link {code}",
    cy: "Eich cod untro yw {code}. O fewn {minutes} munud, mae gweinyddwr y gweithle Slack neu'r gweinydd Discord arall yn teipio yno: {command} link {code}",
    nl: "Je eenmalige code is {code}. Binnen {minutes} minuten typt een beheerder van de andere Slack-werkruimte of Discord-server daar: {command} link {code}",
  },
  "admin.link.me_code": {
    en: "Your one-time code is {code}. Within {minutes} minutes, type it with your other account (Slack or Discord): {command} link {code}",
    cy: "Eich cod untro yw {code}. O fewn {minutes} munud, teipiwch ef gyda'ch cyfrif arall (Slack neu Discord): {command} link {code}",
    nl: "Je eenmalige code is {code}. Typ hem binnen {minutes} minuten met je andere account (Slack of Discord): {command} link {code}",
  },
  "admin.link.invalid_code": {
    en: "That code doesn't work: it may be mistyped, used already, or older than 15 minutes. Ask for a new one.",
    cy: "Dydy'r cod yna ddim yn gweithio: efallai ei fod wedi'i gamdeipio, wedi'i ddefnyddio eisoes, neu'n hŷn na 15 munud. Gofynnwch am un newydd.",
    nl: "Die code werkt niet: misschien is hij verkeerd getypt, al gebruikt of ouder dan 15 minuten. Vraag een nieuwe aan.",
  },
  "admin.link.same_network": {
    en: "This space is already part of that network.",
    cy: "Mae'r gofod hwn eisoes yn rhan o'r rhwydwaith hwnnw.",
    nl: "Deze ruimte hoort al bij dat netwerk.",
  },
  "admin.link.space_in_use": {
    en: "This space already has its own network in use (updates, asks or other spaces), so I won't merge it. Ask the maintainers to move it by hand.",
    cy: "Mae gan y gofod hwn ei rwydwaith ei hun sy'n cael ei ddefnyddio (diweddariadau, ceisiadau neu ofodau eraill), felly wna i ddim ei uno. Gofynnwch i'r cynhalwyr ei symud â llaw.",
    nl: "Deze ruimte heeft al een eigen netwerk in gebruik (updates, hulpvragen of andere ruimtes), dus ik voeg hem niet samen. Vraag de beheerders van Gather om hem met de hand te verplaatsen.",
  },
  "admin.link.other_network": {
    en: "That code belongs to a network this space isn't part of. An admin links the spaces first (/gather link), then you link your accounts.",
    cy: "Mae'r cod yna'n perthyn i rwydwaith nad yw'r gofod hwn yn rhan ohono. Mae gweinyddwr yn cysylltu'r gofodau yn gyntaf (/gather link), yna rydych chi'n cysylltu eich cyfrifon.",
    nl: "Die code hoort bij een netwerk waar deze ruimte niet bij hoort. Een beheerder koppelt eerst de ruimtes (/gather link), daarna koppel jij je accounts.",
  },
  "admin.link.already_you": {
    en: "That's a code for this same account: type it with your other account.",
    cy: "Cod ar gyfer yr un cyfrif yw hwnnw: teipiwch ef gyda'ch cyfrif arall.",
    nl: "Dat is een code voor ditzelfde account: typ hem met je andere account.",
  },
  "admin.link.has_records": {
    en: "This account already has its own updates, asks or shifts, so I can't join it to another. Tell your coordinator.",
    cy: "Mae gan y cyfrif hwn ei ddiweddariadau, ceisiadau neu shifftiau ei hun eisoes, felly alla i ddim ei uno ag un arall. Dywedwch wrth eich cydlynydd.",
    nl: "Dit account heeft al eigen updates, hulpvragen of diensten, dus ik kan het niet aan een ander koppelen. Laat het je coördinator weten.",
  },
  "admin.link.space_done": {
    en: "Linked: this space is now part of {network}, sharing its updates, asks and settings.",
    cy: "Wedi'i gysylltu: mae'r gofod hwn bellach yn rhan o {network}, ac yn rhannu ei ddiweddariadau, ceisiadau a gosodiadau.",
    nl: "Gekoppeld: deze ruimte hoort nu bij {network} en deelt de updates, hulpvragen en instellingen.",
  },
  "admin.link.me_done": {
    en: "Linked: this {platform} account now belongs to {name}.",
    cy: "Wedi'i gysylltu: mae'r cyfrif {platform} hwn bellach yn perthyn i {name}.",
    nl: "Gekoppeld: dit {platform}-account hoort nu bij {name}.",
  },
  "admin.platform.slack": {
    en: "Slack",
    cy: "Slack",
    nl: "Slack",
  },
  "admin.platform.discord": {
    en: "Discord",
    cy: "Discord",
    nl: "Discord",
  },
  "admin.platform.console": {
    en: "console",
    cy: "consol",
    nl: "console",
  },
  "admin.audit.description": {
    en: "Coordinators: recent recorded actions, newest first",
    cy: "Cydlynwyr: gweithredoedd diweddar a gofnodwyd, y mwyaf newydd yn gyntaf",
    nl: "Coördinatoren: recent vastgelegde acties, nieuwste eerst",
  },
  "admin.audit.usage": {
    en: "{command} audit 20",
    cy: "{command} audit 20",
    nl: "{command} audit 20",
  },
  "admin.opt.count": {
    en: "How many",
    cy: "Faint",
    nl: "Hoeveel",
  },
  "admin.opt.count.description": {
    en: "From 1 to {max}",
    cy: "O 1 i {max}",
    nl: "Van 1 tot {max}",
  },
  "admin.audit.title": {
    en: "The last {count} recorded actions",
    cy: "Y {count} gweithred olaf a gofnodwyd",
    nl: "De laatste {count} vastgelegde acties",
  },
  "admin.audit.empty": {
    en: "Nothing recorded yet.",
    cy: "Dim wedi'i gofnodi eto.",
    nl: "Nog niets vastgelegd.",
  },
  "admin.audit.bot": {
    en: "Gather",
    cy: "Gather",
    nl: "Gather",
  },
  "admin.audit.former": {
    en: "a former member",
    cy: "cyn-aelod",
    nl: "een voormalig lid",
  },
  "admin.audit.footer": {
    en: "Times in {zone}. The record is kept as it was written: nobody can change it.",
    cy: "Amserau yn {zone}. Cedwir y cofnod fel y'i hysgrifennwyd: all neb ei newid.",
    nl: "Tijden in {zone}. Het verslag blijft zoals het geschreven is: niemand kan het veranderen.",
  },
  "privacy.description": {
    en: "What Gather keeps about you, why, for how long, and your rights",
    cy: "Beth mae Gather yn ei gadw amdanoch, pam, am ba hyd, a'ch hawliau",
    nl: "Wat Gather over je bewaart, waarom, hoe lang, en je rechten",
  },
  "privacy.notice.title": {
    en: "Privacy in {network}",
    cy: "Preifatrwydd yn {network}",
    nl: "Privacy in {network}",
  },
  "privacy.notice.intro": {
    en: "Gather is run by the coordinators of {network} for its members. This is what it keeps about you, why, and for how long.",
    cy: "Cydlynwyr {network} sy'n rhedeg Gather ar gyfer ei aelodau. Dyma beth mae'n ei gadw amdanoch, pam, ac am ba hyd.",
    nl: "Gather wordt gerund door de coördinatoren van {network} voor de leden. Dit is wat het over je bewaart, waarom en hoe lang.",
  },
  "privacy.notice.what.label": {
    en: "What is kept",
    cy: "Beth sy'n cael ei gadw",
    nl: "Wat wordt bewaard",
  },
  "privacy.notice.what": {
    en: "Your name and account as your chat platform shows them, and your language and time zone if you chose them. What you post: project updates (and earlier versions), asks and offers of help, what you can generally help with. Meetings you answer, shifts you take, cover or swap, and checks a coordinator records (the kind, status and dates only, never a certificate). The days on which you used Gather, short-lived counters that stop flooding, and a log of changes (who did what, without the text).",
    cy: "Eich enw a'ch cyfrif fel y mae eich platfform sgwrsio yn eu dangos, a'ch iaith a'ch cylchfa amser os gwnaethoch eu dewis. Yr hyn rydych yn ei bostio: diweddariadau prosiect (a fersiynau cynharach), ceisiadau a chynigion o help, yr hyn y gallwch helpu ag ef yn gyffredinol. Cyfarfodydd rydych yn eu hateb, sifftiau rydych yn eu cymryd, eu cyflenwi neu eu cyfnewid, a gwiriadau y mae cydlynydd yn eu cofnodi (y math, y statws a'r dyddiadau yn unig, byth dystysgrif). Y dyddiau y defnyddioch Gather, cownteri byrhoedlog sy'n atal gorlifo, a chofnod o newidiadau (pwy wnaeth beth, heb y testun).",
    nl: "Je naam en account zoals je chatplatform ze toont, en je taal en tijdzone als je die koos. Wat je plaatst: projectupdates (en eerdere versies), hulpvragen en hulpaanbiedingen, waarmee je in het algemeen kunt helpen. Vergaderingen waarop je antwoordt, diensten die je neemt, overneemt of ruilt, en controles die een coördinator vastlegt (alleen soort, status en data, nooit een certificaat). De dagen waarop je Gather gebruikte, kortlevende tellers tegen overspoelen, en een logboek van wijzigingen (wie wat deed, zonder de tekst).",
  },
  "privacy.notice.why.label": {
    en: "Why",
    cy: "Pam",
    nl: "Waarom",
  },
  "privacy.notice.why": {
    en: "To run the network's directory of projects, its help requests, rota and meetings; to send you the reminders and messages these need; and to give funders and councils totals, never names.",
    cy: "I redeg cyfeiriadur prosiectau'r rhwydwaith, ei geisiadau am help, ei rota a'i gyfarfodydd; i anfon atoch y nodiadau atgoffa a'r negeseuon sydd eu hangen; ac i roi cyfansymiau i gyllidwyr a chynghorau, byth enwau.",
    nl: "Om de projectengids, hulpvragen, het rooster en de vergaderingen van het netwerk te laten werken; om je de herinneringen en berichten te sturen die daarvoor nodig zijn; en om financiers en gemeenten totalen te geven, nooit namen.",
  },
  "privacy.notice.how_long.label": {
    en: "How long",
    cy: "Am ba hyd",
    nl: "Hoe lang",
  },
  "privacy.notice.keep_line": {
    en: "• {kind}: {days} days",
    cy: "• {kind}: {days} diwrnod",
    nl: "• {kind}: {days} dagen",
  },
  "privacy.notice.how_long.rest": {
    en: "Everything else is kept while it is in use, or until you ask to be forgotten. Your network's coordinators may shorten or lengthen these periods.",
    cy: "Mae popeth arall yn cael ei gadw tra bydd yn cael ei ddefnyddio, neu nes i chi ofyn i gael eich anghofio. Gall cydlynwyr eich rhwydwaith fyrhau neu ymestyn y cyfnodau hyn.",
    nl: "Al het andere wordt bewaard zolang het in gebruik is, of tot je vraagt om vergeten te worden. De coördinatoren van je netwerk kunnen deze termijnen korter of langer maken.",
  },
  "privacy.notice.rights.label": {
    en: "Your rights",
    cy: "Eich hawliau",
    nl: "Je rechten",
  },
  "privacy.notice.rights": {
    en: "Get a copy of everything kept about you: {export}. Be forgotten: {forget} erases your name and what you wrote; only anonymous totals stay. To correct something, edit it or ask a coordinator.",
    cy: "Cael copi o bopeth sy'n cael ei gadw amdanoch: {export}. Cael eich anghofio: mae {forget} yn dileu eich enw a'r hyn a ysgrifennoch; dim ond cyfansymiau dienw sy'n aros. I gywiro rhywbeth, golygwch ef neu gofynnwch i gydlynydd.",
    nl: "Krijg een kopie van alles wat over je bewaard wordt: {export}. Vergeten worden: {forget} wist je naam en wat je schreef; alleen anonieme totalen blijven. Iets verbeteren: pas het aan of vraag een coördinator.",
  },
  "privacy.notice.contact.label": {
    en: "Who to contact",
    cy: "Pwy i gysylltu â nhw",
    nl: "Contact",
  },
  "privacy.notice.contact": {
    en: "Your network's coordinators: {names}.",
    cy: "Cydlynwyr eich rhwydwaith: {names}.",
    nl: "De coördinatoren van je netwerk: {names}.",
  },
  "privacy.notice.contact.none": {
    en: "Your network has no coordinator yet: ask whoever runs your workspace or server.",
    cy: "Does gan eich rhwydwaith ddim cydlynydd eto: gofynnwch i bwy bynnag sy'n rhedeg eich gweithle neu'ch gweinydd.",
    nl: "Je netwerk heeft nog geen coördinator: vraag het aan wie je werkruimte of server beheert.",
  },
  "privacy.notice.footer": {
    en: "Gather sells nothing and shows no adverts. Messages in channels are also kept by Slack or Discord under their own terms.",
    cy: "Nid yw Gather yn gwerthu dim nac yn dangos hysbysebion. Mae Slack neu Discord hefyd yn cadw negeseuon mewn sianeli o dan eu telerau eu hunain.",
    nl: "Gather verkoopt niets en toont geen advertenties. Berichten in kanalen worden ook door Slack of Discord bewaard, onder hun eigen voorwaarden.",
  },
  "privacy.kind.audit": {
    en: "Log of changes",
    cy: "Cofnod o newidiadau",
    nl: "Logboek van wijzigingen",
  },
  "privacy.kind.activity": {
    en: "Days you used Gather",
    cy: "Dyddiau y defnyddioch Gather",
    nl: "Dagen waarop je Gather gebruikte",
  },
  "privacy.kind.archivedUpdates": {
    en: "Archived project updates, after archiving",
    cy: "Diweddariadau prosiect wedi'u harchifo, ar ôl eu harchifo",
    nl: "Gearchiveerde projectupdates, na archivering",
  },
  "privacy.kind.revisions": {
    en: "Earlier versions of project updates",
    cy: "Fersiynau cynharach o ddiweddariadau prosiect",
    nl: "Eerdere versies van projectupdates",
  },
  "privacy.kind.closedAsks": {
    en: "Resolved or closed asks, after they end",
    cy: "Ceisiadau wedi'u datrys neu eu cau, ar ôl iddynt ddod i ben",
    nl: "Opgeloste of gesloten hulpvragen, na afloop",
  },
  "privacy.kind.helpPings": {
    en: "Records of pings about matching asks",
    cy: "Cofnodion o negeseuon am geisiadau sy'n cyfateb",
    nl: "Registraties van berichten over passende hulpvragen",
  },
  "privacy.kind.finishedJobs": {
    en: "Finished reminders and scheduled tasks",
    cy: "Nodiadau atgoffa a thasgau wedi'u hamserlennu sydd wedi gorffen",
    nl: "Afgeronde herinneringen en geplande taken",
  },
  "privacy.kind.rateWindows": {
    en: "Counters that stop flooding",
    cy: "Cownteri sy'n atal gorlifo",
    nl: "Tellers tegen overspoelen",
  },
  "privacy.kind.linkCodes": {
    en: "Used or expired link codes",
    cy: "Codau cysylltu wedi'u defnyddio neu wedi dod i ben",
    nl: "Gebruikte of verlopen koppelcodes",
  },
  "privacy.kind.decidedSwaps": {
    en: "Shift swaps, after they are decided",
    cy: "Cyfnewid sifftiau, ar ôl penderfynu",
    nl: "Dienstruilen, na de beslissing",
  },
  "privacy.kind.expiredChecks": {
    en: "Checks, after they expire or are revoked",
    cy: "Gwiriadau, ar ôl iddynt ddod i ben neu gael eu dirymu",
    nl: "Controles, nadat ze verlopen of ingetrokken zijn",
  },
  "privacy.my_data.description": {
    en: "Get a copy of everything Gather keeps about you",
    cy: "Cael copi o bopeth mae Gather yn ei gadw amdanoch",
    nl: "Krijg een kopie van alles wat Gather over je bewaart",
  },
  "privacy.my_data.title": {
    en: "Your data",
    cy: "Eich data",
    nl: "Je gegevens",
  },
  "privacy.my_data.text": {
    en: "Here is everything Gather keeps about you in this network: {rows} records from {tables} kinds of record, in the attached file.",
    cy: "Dyma bopeth mae Gather yn ei gadw amdanoch yn y rhwydwaith hwn: {rows} cofnod o {tables} math o gofnod, yn y ffeil atodedig.",
    nl: "Hier is alles wat Gather in dit netwerk over je bewaart: {rows} records uit {tables} soorten records, in het bijgevoegde bestand.",
  },
  "privacy.my_data.footer": {
    en: "Only you can see this. To be forgotten, use {forget}.",
    cy: "Dim ond chi sy'n gallu gweld hyn. I gael eich anghofio, defnyddiwch {forget}.",
    nl: "Alleen jij ziet dit. Wil je vergeten worden, gebruik dan {forget}.",
  },
  "privacy.forget.description": {
    en: "Erase your name and what you wrote from Gather",
    cy: "Dileu eich enw a'r hyn a ysgrifennoch o Gather",
    nl: "Wis je naam en wat je schreef uit Gather",
  },
  "privacy.forget.title": {
    en: "Forget me?",
    cy: "Fy anghofio?",
    nl: "Mij vergeten?",
  },
  "privacy.forget.question": {
    en: "Gather will erase your name, your project updates' and asks' text, what you offered to help with, your checks and your links to your chat accounts. Places on shifts still to come are given up. Anonymous totals stay (for example, hours volunteered). This cannot be undone; if you use Gather again, you start afresh. Want a copy first? Use {export} before answering.",
    cy: "Bydd Gather yn dileu eich enw, testun eich diweddariadau prosiect a'ch ceisiadau, yr hyn y cynigioch helpu ag ef, eich gwiriadau a'r cysylltiadau â'ch cyfrifon sgwrsio. Bydd lleoedd ar sifftiau sydd i ddod yn cael eu rhyddhau. Mae cyfansymiau dienw yn aros (er enghraifft, oriau gwirfoddoli). Does dim modd dadwneud hyn; os defnyddiwch Gather eto, byddwch yn dechrau o'r newydd. Eisiau copi yn gyntaf? Defnyddiwch {export} cyn ateb.",
    nl: "Gather wist je naam, de tekst van je projectupdates en hulpvragen, waarmee je aanbood te helpen, je controles en de koppelingen met je chataccounts. Plaatsen in komende diensten worden vrijgegeven. Anonieme totalen blijven (bijvoorbeeld vrijwilligersuren). Dit kan niet ongedaan worden gemaakt; gebruik je Gather later weer, dan begin je opnieuw. Eerst een kopie? Gebruik {export} voordat je antwoordt.",
  },
  "privacy.forget.yes": {
    en: "Yes, forget me",
    cy: "Iawn, anghofiwch fi",
    nl: "Ja, vergeet mij",
  },
  "privacy.forget.no": {
    en: "Keep my data",
    cy: "Cadw fy nata",
    nl: "Bewaar mijn gegevens",
  },
  "privacy.forget.done": {
    en: "Done: Gather has forgotten you. Your name and what you wrote are erased, and your account is no longer linked.",
    cy: "Wedi'i wneud: mae Gather wedi eich anghofio. Mae eich enw a'r hyn a ysgrifennoch wedi'u dileu, a does dim cysylltiad â'ch cyfrif mwyach.",
    nl: "Klaar: Gather is je vergeten. Je naam en wat je schreef zijn gewist, en je account is niet meer gekoppeld.",
  },
  "privacy.forget.kept": {
    en: "Nothing has changed: your data is kept.",
    cy: "Does dim wedi newid: mae eich data yn cael ei gadw.",
    nl: "Er is niets veranderd: je gegevens blijven bewaard.",
  },
  "privacy.forget.not_yours": {
    en: "That button was for someone else, or it has already been used.",
    cy: "Roedd y botwm hwnnw ar gyfer rhywun arall, neu mae wedi'i ddefnyddio eisoes.",
    nl: "Die knop was voor iemand anders, of hij is al gebruikt.",
  },
  "privacy.forget.shifts_freed": {
    en: "A member asked Gather to forget them: a place is free again on shift {shifts}. You may want to find someone.",
    cy: "Gofynnodd aelod i Gather ei anghofio: mae lle yn rhydd eto ar sifft {shifts}. Efallai yr hoffech ddod o hyd i rywun.",
    nl: "Een lid vroeg Gather om vergeten te worden: er is weer een plaats vrij in dienst {shifts}. Misschien wil je iemand zoeken.",
  },
  "privacy.report.description": {
    en: "Totals for funders: members, updates, asks, shifts, hours and meetings",
    cy: "Cyfansymiau i gyllidwyr: aelodau, diweddariadau, ceisiadau, sifftiau, oriau a chyfarfodydd",
    nl: "Totalen voor financiers: leden, updates, hulpvragen, diensten, uren en vergaderingen",
  },
  "privacy.report.usage": {
    en: "{command} report 2026-01-01 2026-03-31",
    cy: "{command} report 2026-01-01 2026-03-31",
    nl: "{command} report 2026-01-01 2026-03-31",
  },
  "privacy.report.from.label": {
    en: "From",
    cy: "O",
    nl: "Van",
  },
  "privacy.report.from.description": {
    en: "First day, e.g. 2026-01-01",
    cy: "Y diwrnod cyntaf, e.e. 2026-01-01",
    nl: "Eerste dag, bijv. 2026-01-01",
  },
  "privacy.report.from.placeholder": {
    en: "2026-01-01",
    cy: "2026-01-01",
    nl: "2026-01-01",
  },
  "privacy.report.to.label": {
    en: "To",
    cy: "I",
    nl: "Tot en met",
  },
  "privacy.report.to.description": {
    en: "Last day (included), e.g. 2026-03-31",
    cy: "Y diwrnod olaf (wedi'i gynnwys), e.e. 2026-03-31",
    nl: "Laatste dag (inbegrepen), bijv. 2026-03-31",
  },
  "privacy.report.to.placeholder": {
    en: "2026-03-31",
    cy: "2026-03-31",
    nl: "2026-03-31",
  },
  "privacy.report.form.title": {
    en: "Report",
    cy: "Adroddiad",
    nl: "Rapport",
  },
  "privacy.report.form.submit": {
    en: "Make report",
    cy: "Creu adroddiad",
    nl: "Rapport maken",
  },
  "privacy.report.title": {
    en: "Report: {from} to {to}",
    cy: "Adroddiad: {from} i {to}",
    nl: "Rapport: {from} tot en met {to}",
  },
  "privacy.report.summary": {
    en: "{active} members were active and gave {hours} hours on shifts. Totals only: no names. The CSV file has every figure.",
    cy: "Roedd {active} aelod yn weithgar a rhoeson nhw {hours} awr ar sifftiau. Cyfansymiau yn unig: dim enwau. Mae pob ffigur yn y ffeil CSV.",
    nl: "{active} leden waren actief en gaven {hours} uur aan diensten. Alleen totalen: geen namen. Het CSV-bestand bevat elk cijfer.",
  },
  "privacy.report.footer": {
    en: "Days in {zone}; both days included.",
    cy: "Dyddiau yn {zone}; mae'r ddau ddiwrnod wedi'u cynnwys.",
    nl: "Dagen in {zone}; beide dagen inbegrepen.",
  },
  "privacy.report.bad_date": {
    en: "“{date}” isn't a date I can read. Write dates as year-month-day, e.g. 2026-01-31.",
    cy: "Alla i ddim darllen “{date}” fel dyddiad. Ysgrifennwch ddyddiadau fel blwyddyn-mis-diwrnod, e.e. 2026-01-31.",
    nl: "“{date}” kan ik niet als datum lezen. Schrijf datums als jaar-maand-dag, bijv. 2026-01-31.",
  },
  "privacy.report.backwards": {
    en: "The first date is after the last one. Put the earlier date first.",
    cy: "Mae'r dyddiad cyntaf ar ôl yr olaf. Rhowch y dyddiad cynharaf yn gyntaf.",
    nl: "De eerste datum ligt na de laatste. Zet de vroegste datum eerst.",
  },
  "privacy.report.too_long": {
    en: "A report can cover at most {years} years. Please choose a shorter range.",
    cy: "Gall adroddiad gwmpasu {years} blynedd ar y mwyaf. Dewiswch gyfnod byrrach.",
    nl: "Een rapport beslaat hoogstens {years} jaar. Kies een kortere periode.",
  },
  "privacy.figure.activeMembers": {
    en: "Active members",
    cy: "Aelodau gweithgar",
    nl: "Actieve leden",
  },
  "privacy.figure.newMembers": {
    en: "New members",
    cy: "Aelodau newydd",
    nl: "Nieuwe leden",
  },
  "privacy.figure.updatesPosted": {
    en: "Project updates posted",
    cy: "Diweddariadau prosiect a bostiwyd",
    nl: "Geplaatste projectupdates",
  },
  "privacy.figure.updatesEdited": {
    en: "Project updates edited",
    cy: "Diweddariadau prosiect a olygwyd",
    nl: "Bewerkte projectupdates",
  },
  "privacy.figure.asksMade": {
    en: "Asks for help",
    cy: "Ceisiadau am help",
    nl: "Hulpvragen",
  },
  "privacy.figure.offersMade": {
    en: "Offers of help",
    cy: "Cynigion o help",
    nl: "Hulpaanbiedingen",
  },
  "privacy.figure.asksResolved": {
    en: "Asks resolved",
    cy: "Ceisiadau a ddatryswyd",
    nl: "Opgeloste hulpvragen",
  },
  "privacy.figure.shiftsHeld": {
    en: "Shifts held",
    cy: "Sifftiau a gynhaliwyd",
    nl: "Gehouden diensten",
  },
  "privacy.figure.shiftsFilled": {
    en: "Shifts fully staffed",
    cy: "Sifftiau â staff llawn",
    nl: "Volledig bezette diensten",
  },
  "privacy.figure.placesFilled": {
    en: "Shift places filled",
    cy: "Lleoedd ar sifftiau a lenwyd",
    nl: "Bezette dienstplaatsen",
  },
  "privacy.figure.coverRequests": {
    en: "Cover requests",
    cy: "Ceisiadau am gyflenwi",
    nl: "Verzoeken om vervanging",
  },
  "privacy.figure.coversCovered": {
    en: "Shifts covered",
    cy: "Sifftiau a gyflenwyd",
    nl: "Overgenomen diensten",
  },
  "privacy.figure.volunteerHours": {
    en: "Volunteer hours",
    cy: "Oriau gwirfoddoli",
    nl: "Vrijwilligersuren",
  },
  "privacy.figure.meetingsHeld": {
    en: "Meetings held",
    cy: "Cyfarfodydd a gynhaliwyd",
    nl: "Gehouden vergaderingen",
  },
  "privacy.figure.meetingAttendance": {
    en: "Meeting attendance (going)",
    cy: "Presenoldeb mewn cyfarfodydd (yn dod)",
    nl: "Aanwezigheid bij vergaderingen (komt)",
  },
});

declare module "../../core/i18n/index.js" {
  interface FeatureStrings {
    admin: typeof strings;
  }
}
