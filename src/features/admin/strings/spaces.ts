/**
 * `/gather`: channels, linking spaces and accounts, the audit list.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const spaces = defineStrings({
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
  "admin.channel.invalid": {
    en: "Name one of: {choices} — or off-… to stop, e.g. off-digest.",
    cy: "Enwch un o: {choices} — neu off-… i stopio, e.e. off-digest.",
    nl: "Noem er een van: {choices} — of off-… om te stoppen, bv. off-digest.",
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
    nl: "hulpvragen en hulpaanbod",
  },
  "admin.channel.kind.shifts": {
    en: "shifts and cover",
    cy: "shifftiau a chyflenwi",
    nl: "diensten en vervanging",
  },
  "admin.channel.kind.reminders": {
    en: "meeting reminders",
    cy: "nodiadau atgoffa cyfarfod",
    nl: "herinneringen voor vergaderingen",
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
    en: "Link another workspace or server, or your own accounts (link me)",
    cy: "Cysylltu gweithle neu weinydd arall, neu eich cyfrifon eich hun (link me)",
    nl: "Koppel een andere werkruimte of server, of je eigen accounts (link me)",
  },
  "admin.link.usage": {
    en: "{command} link — or {command} link me — or {command} link ABCD-EFGH",
    cy: "{command} link — neu {command} link me — neu {command} link ABCD-EFGH",
    nl: "{command} link — of {command} link me — of {command} link ABCD-EFGH",
  },
  "admin.link.space_code": {
    en: "Your one-time code is {code}. Within {minutes} minutes, an admin of the other workspace or server types there: {command} link {code}",
    cy: "Eich cod untro yw {code}. O fewn {minutes} munud, rhaid i weinyddwr y gweithle neu'r gweinydd arall deipio hyn yno: {command} link {code}",
    nl: "Je eenmalige code is {code}. Binnen {minutes} minuten typt een beheerder van de andere werkruimte of server daar: {command} link {code}",
  },
  "admin.link.me_code": {
    en: "Your one-time code is {code}. Within {minutes} minutes, type it with your account on the other platform: {command} link {code}",
    cy: "Eich cod untro yw {code}. O fewn {minutes} munud, teipiwch ef gyda'ch cyfrif ar y platfform arall: {command} link {code}",
    nl: "Je eenmalige code is {code}. Typ hem binnen {minutes} minuten met je account op het andere platform: {command} link {code}",
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
    nl: "Deze ruimte heeft al een eigen netwerk in gebruik (updates, hulpvragen of andere ruimtes), dus ik voeg hem niet samen. Vraag de technische beheerders van Gather om hem met de hand te verplaatsen.",
  },
  "admin.link.other_network": {
    en: "That code belongs to a network this space isn't part of. An admin links the spaces first (/gather link), then you link your accounts.",
    cy: "Mae'r cod yna'n perthyn i rwydwaith nad yw'r gofod hwn yn rhan ohono. Rhaid i weinyddwr gysylltu'r gofodau yn gyntaf (/gather link); wedyn gallwch chi gysylltu eich cyfrifon.",
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
    cy: "Wedi'i gysylltu: mae'r gofod hwn bellach yn rhan o'r rhwydwaith {network}, ac yn rhannu ei ddiweddariadau, ceisiadau a gosodiadau.",
    nl: "Gekoppeld: deze ruimte hoort nu bij {network} en deelt de updates, hulpvragen en instellingen.",
  },
  "admin.link.me_done": {
    en: "Linked: this {platform} account now belongs to {name}.",
    cy: "Wedi'i gysylltu: mae'r cyfrif {platform} hwn bellach yn perthyn i {name}.",
    nl: "Gekoppeld: dit {platform}-account hoort nu bij {name}.",
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
  "admin.audit.title": {
    en: { one: "The last recorded action", other: "The last {count} recorded actions" },
    cy: "Y {count} gweithred olaf a gofnodwyd",
    nl: "Laatst vastgelegde acties ({count})",
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
    nl: "Tijden in {zone}. Het logboek blijft zoals het geschreven is: niemand kan het veranderen.",
  },
});
