/**
 * The core's own strings: errors, roles, generic help, the console, member look-up and limits.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "./define.js";

export const coreStrings = defineStrings({
  "error.internal": {
    en: "Sorry, something went wrong on our side. If it happens again, tell your coordinator (reference {ref}).",
    cy: "Mae'n ddrwg gennym, aeth rhywbeth o'i le ar ein hochr ni. Os digwydd eto, dywedwch wrth eich cydlynydd (cyfeirnod {ref}).",
    nl: "Sorry, er ging bij ons iets mis. Gebeurt het weer, laat het je coördinator weten (kenmerk {ref}).",
  },
  "error.unknown_command": {
    en: "I don't know the command “{command}”. Try {help}.",
    cy: "Dydw i ddim yn adnabod y gorchymyn “{command}”. Rhowch gynnig ar {help}.",
    nl: "Het commando “{command}” ken ik niet. Probeer {help}.",
  },
  "error.unknown_action": {
    en: "That button no longer works. Please run the command again.",
    cy: "Dydy'r botwm hwnnw ddim yn gweithio bellach. Rhedwch y gorchymyn eto, os gwelwch yn dda.",
    nl: "Die knop werkt niet meer. Voer het commando opnieuw uit.",
  },
  "error.role_required": {
    en: "Only a network {role} can do that. Ask your coordinator if you need it done.",
    cy: "Dim ond {role} yn y rhwydwaith all wneud hynny. Gofynnwch i'ch cydlynydd os oes angen ei wneud.",
    nl: "Alleen een {role} van het netwerk kan dat. Vraag het je coördinator als het moet gebeuren.",
  },
  "error.option_required": {
    en: "Please fill in {option}.",
    cy: "Llenwch {option}, os gwelwch yn dda.",
    nl: "Vul {option} in.",
  },
  "error.option_too_long": {
    en: "{option} is too long: keep it to {max} characters.",
    cy: "Mae {option} yn rhy hir: {max} nod ar y mwyaf.",
    nl: "{option} is te lang: houd het op {max} tekens.",
  },
  "error.option_too_short": {
    en: "{option} is too short: use at least {min} characters.",
    cy: "Mae {option} yn rhy fyr: defnyddiwch o leiaf {min} nod.",
    nl: "{option} is te kort: gebruik minstens {min} tekens.",
  },
  "error.option_control_characters": {
    en: "{option} has a hidden control character in it (perhaps from a copy and paste). Please type it again.",
    cy: "{option}: mae nod rheoli cudd yma (efallai o gopïo a gludo). Teipiwch ef eto, os gwelwch yn dda.",
    nl: "Er staat een verborgen stuurteken in {option} (misschien door kopiëren en plakken). Typ het opnieuw.",
  },
  "error.option_invalid": {
    en: "{option} doesn't look right. {hint}",
    cy: "Dydy {option} ddim yn edrych yn iawn. {hint}",
    nl: "{option} klopt niet helemaal. {hint}",
  },
  "error.direct_unknown_space": {
    en: "I can't tell which network this is for. Please use it in your network's server or workspace.",
    cy: "Alla i ddim dweud i ba rwydwaith mae hyn. Defnyddiwch ef yng ngweinydd neu weithle eich rhwydwaith, os gwelwch yn dda.",
    nl: "Ik kan niet zien voor welk netwerk dit is. Gebruik het in de server of werkruimte van je netwerk.",
  },
  "error.usage": {
    en: "Write it as: {usage}",
    cy: "Ysgrifennwch ef fel hyn: {usage}",
    nl: "Schrijf het zo: {usage}",
  },
  "error.form_unavailable": {
    en: "Forms don't work here. Type it in one line instead: {usage}",
    cy: "Dydy ffurflenni ddim yn gweithio yma. Teipiwch y cyfan ar un llinell: {usage}",
    nl: "Formulieren werken hier niet. Typ het op één regel: {usage}",
  },
  "error.database_unavailable": {
    en: "I can't reach my records just now. Please try again in a minute.",
    cy: "Alla i ddim cyrraedd fy nghofnodion ar hyn o bryd. Rhowch gynnig arall arni mewn munud.",
    nl: "Ik kan mijn gegevens nu niet bereiken. Probeer het over een minuut opnieuw.",
  },
  "error.busy": {
    en: "I'm very busy just now, so I haven't done that. Please try again in a minute.",
    cy: "Rwy'n brysur iawn ar hyn o bryd, felly dydw i ddim wedi gwneud hynny. Rhowch gynnig arall arni mewn munud.",
    nl: "Ik heb het nu erg druk, dus ik heb dat niet gedaan. Probeer het over een minuut opnieuw.",
  },
  "role.member": {
    en: "member",
    cy: "aelod",
    nl: "lid",
  },
  "role.coordinator": {
    en: "coordinator",
    cy: "cydlynydd",
    nl: "coördinator",
  },
  "role.admin": {
    en: "admin",
    cy: "gweinyddwr",
    nl: "beheerder",
  },
  "help.title": {
    en: "What {command} can do",
    cy: "Beth all {command} ei wneud",
    nl: "Wat {command} kan",
  },
  "help.description": {
    en: "Show what this command can do",
    cy: "Dangos beth all y gorchymyn hwn ei wneud",
    nl: "Laat zien wat dit commando kan",
  },
  "help.footer": {
    en: "Type a line without details to get a form, where the platform has forms.",
    cy: "Teipiwch y gorchymyn heb fanylion i gael ffurflen, lle mae gan y platfform ffurflenni.",
    nl: "Typ het commando zonder details voor een formulier, waar het platform formulieren heeft.",
  },
  "gather.help.description": {
    en: "List everything Gather can do",
    cy: "Rhestru popeth y gall Gather ei wneud",
    nl: "Toon alles wat Gather kan",
  },
  "gather.help.title": {
    en: "What Gather can do",
    cy: "Beth all Gather ei wneud",
    nl: "Wat Gather kan",
  },
  "gather.help.footer": {
    en: "Type a command followed by “help” for more, e.g. {example}.",
    cy: "Teipiwch orchymyn ac yna “help” am fwy, e.e. {example}.",
    nl: "Typ een commando gevolgd door “help” voor meer, bv. {example}.",
  },
  "error.option_range": {
    en: "{option} must be a whole number from {min} to {max}.",
    cy: "{option}: rhowch rif cyfan o {min} i {max}.",
    nl: "{option} moet een heel getal van {min} tot en met {max} zijn.",
  },
  "job.skipped": {
    en: "Gather was offline for too long, so this scheduled message was not sent: {kind}, due",
    cy: "Roedd Gather all-lein am ormod o amser, felly ni anfonwyd y neges hon a drefnwyd: {kind}, i fod am",
    nl: "Gather was te lang offline, dus dit geplande bericht is niet verstuurd: {kind}, gepland voor",
  },
  "delivery.card_later": {
    en: "Saved: {what}. The chat platform is busy, so the card will appear in this channel shortly.",
    cy: "Wedi'i gadw: {what}. Mae'r platfform sgwrsio'n brysur, felly bydd y cerdyn yn ymddangos yn y sianel hon cyn bo hir.",
    nl: "Opgeslagen: {what}. Het chatplatform is even druk, dus de kaart verschijnt zo in dit kanaal.",
  },
  "delivery.card_later_untitled": {
    en: "Saved. The chat platform is busy, so the card will appear in this channel shortly.",
    cy: "Wedi'i gadw. Mae'r platfform sgwrsio'n brysur, felly bydd y cerdyn yn ymddangos yn y sianel hon cyn bo hir.",
    nl: "Opgeslagen. Het chatplatform is even druk, dus de kaart verschijnt zo in dit kanaal.",
  },
  "job.delayed": {
    en: "(delayed)",
    cy: "(anfonwyd yn hwyr)",
    nl: "(vertraagd)",
  },
  "tags.invalid": {
    en: "“{tag}” can't be a tag: use letters, numbers and hyphens, up to {max} characters.",
    cy: "Ni all “{tag}” fod yn dag: defnyddiwch lythrennau, rhifau a chysylltnodau, hyd at {max} nod.",
    nl: "“{tag}” kan geen tag zijn: gebruik letters, cijfers en streepjes, tot {max} tekens.",
  },
  "tags.too_many": {
    en: "That's {count} tags; please keep it to {max}.",
    cy: "Dyna {count} tag; {max} ar y mwyaf, os gwelwch yn dda.",
    nl: "Dat zijn {count} tags; houd het op {max}.",
  },
  "console.file_saved": {
    en: "Saved {path}",
    cy: "Wedi cadw {path}",
    nl: "Opgeslagen: {path}",
  },
  "console.welcome": {
    en: "Welcome to Gather's demo network, {name}. Type /help to see what you can do, or /quit to leave.",
    cy: "Croeso i rwydwaith arddangos Gather, {name}. Teipiwch /help i weld beth allwch chi ei wneud, neu /quit i adael.",
    nl: "Welkom in het demonetwerk van Gather, {name}. Typ /help om te zien wat je kunt doen, of /quit om te stoppen.",
  },
  "console.slash_hint": {
    en: "Commands start with a slash, e.g. /help or /update.",
    cy: "Mae gorchmynion yn dechrau gyda slaes, e.e. /help neu /update.",
    nl: "Commando's beginnen met een schuine streep, bv. /help of /update.",
  },
  "console.no_button": {
    en: "There is no such button. Buttons are numbered under the last message, e.g. /press 1.",
    cy: "Does dim botwm o'r fath. Mae'r botymau wedi'u rhifo o dan y neges olaf, e.e. /press 1.",
    nl: "Die knop bestaat niet. Knoppen staan genummerd onder het laatste bericht, bv. /press 1.",
  },
  "console.private": {
    en: "only you can see this",
    cy: "dim ond chi all weld hyn",
    nl: "alleen jij ziet dit",
  },
  "console.updated": {
    en: "card updated in #{channel}",
    cy: "cerdyn wedi'i ddiweddaru yn #{channel}",
    nl: "kaart bijgewerkt in #{channel}",
  },
  "console.press": {
    en: "type /press {n}",
    cy: "teipiwch /press {n}",
    nl: "typ /press {n}",
  },
  "console.as_hint": {
    en: "You're the demo network's admin. To try Gather as someone else, type /as and a name, e.g. /as Sam.",
    cy: "Chi yw gweinyddwr y rhwydwaith arddangos. I roi cynnig ar Gather fel rhywun arall, teipiwch /as ac enw, e.e. /as Sam.",
    nl: "Jij beheert het demonetwerk. Wil je Gather als iemand anders proberen, typ dan /as en een naam, bv. /as Sam.",
  },
  "console.as_now": {
    en: "You're now {name}, a member of the demo network. Type /as {admin} to go back.",
    cy: "Chi yw {name} nawr, aelod o'r rhwydwaith arddangos. Teipiwch /as {admin} i fynd yn ôl.",
    nl: "Je bent nu {name}, lid van het demonetwerk. Typ /as {admin} om terug te gaan.",
  },
  "console.as_admin": {
    en: "You're now {name}, the demo network's admin.",
    cy: "Chi yw {name} nawr, gweinyddwr y rhwydwaith arddangos.",
    nl: "Je bent nu {name}, beheerder van het demonetwerk.",
  },
  "console.as_who": {
    en: "You're {name}. To act as someone else, type /as and a name, e.g. /as Sam.",
    cy: "Chi yw {name}. I weithredu fel rhywun arall, teipiwch /as ac enw, e.e. /as Sam.",
    nl: "Je bent {name}. Wil je als iemand anders handelen, typ dan /as en een naam, bv. /as Sam.",
  },
  "console.as_too_long": {
    en: "That name is too long: please keep it to {max} characters.",
    cy: "Mae'r enw hwnnw'n rhy hir: {max} nod ar y mwyaf, os gwelwch yn dda.",
    nl: "Die naam is te lang: houd het op {max} tekens.",
  },
  "console.dm_to": {
    en: "DM to {name}",
    cy: "Neges uniongyrchol at {name}",
    nl: "Privébericht aan {name}",
  },
  "console.dm_you": {
    en: "DM to you",
    cy: "Neges uniongyrchol atoch chi",
    nl: "Privébericht aan jou",
  },
  "member.not_found": {
    en: "I can't find “{who}” in this network. Mention them (@name) or use their name as Gather shows it.",
    cy: "Alla i ddim dod o hyd i “{who}” yn y rhwydwaith hwn. Soniwch am yr aelod (@enw), neu defnyddiwch enw'r aelod fel mae Gather yn ei ddangos.",
    nl: "Ik kan “{who}” niet vinden in dit netwerk. Vermeld de persoon (@naam) of gebruik de naam zoals Gather die toont.",
  },
  "member.ambiguous": {
    en: "More than one member is called “{who}”. Please mention the one you mean (@name).",
    cy: "Mae mwy nag un aelod o'r enw “{who}”. Soniwch am yr un rydych chi'n ei olygu (@enw).",
    nl: "Er is meer dan één lid met de naam “{who}”. Vermeld (@naam) wie je bedoelt.",
  },
  "limits.commands": {
    en: "You're going a little fast: at most {max} commands a minute. Please wait a moment and try again.",
    cy: "Rydych chi'n mynd braidd yn gyflym: {max} gorchymyn y funud ar y mwyaf. Arhoswch eiliad a rhowch gynnig arall arni.",
    nl: "Je gaat wat snel: hoogstens {max} commando's per minuut. Wacht even en probeer het opnieuw.",
  },
  "limits.pings": {
    en: "You've contacted a lot of people this hour (at most {max}). Please try again later.",
    cy: "Rydych chi wedi cysylltu â llawer o bobl yr awr hon ({max} ar y mwyaf). Rhowch gynnig arall arni yn nes ymlaen.",
    nl: "Je hebt dit uur al veel mensen benaderd (hoogstens {max}). Probeer het later opnieuw.",
  },
});
