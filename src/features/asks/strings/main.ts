/**
 * Asks and offers.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const main = defineStrings({
  "asks.ask.description": {
    en: "Ask the network for information, advice or support",
    cy: "Gofyn i'r rhwydwaith am wybodaeth, cyngor neu gefnogaeth",
    nl: "Vraag het netwerk om informatie, advies of steun",
  },
  "asks.post.description": {
    en: "Ask for help: what you need, details, tags",
    cy: "Gofyn am help: beth sydd ei angen, manylion, tagiau",
    nl: "Vraag om hulp: wat je nodig hebt, details, tags",
  },
  "asks.post.usage": {
    en: "{command} What you need | Details | #tags urgent 2026-12-01",
    cy: "{command} Beth sydd ei angen | Manylion | #tagiau brys 2026-12-01",
    nl: "{command} Wat je nodig hebt | Details | #tags dringend 2026-12-01",
  },
  "asks.form.title": {
    en: "Ask for help",
    cy: "Gofyn am help",
    nl: "Om hulp vragen",
  },
  "asks.form.submit": {
    en: "Ask",
    cy: "Gofyn",
    nl: "Vragen",
  },
  "asks.opt.what": {
    en: "What you need",
    cy: "Beth sydd ei angen",
    nl: "Wat je nodig hebt",
  },
  "asks.opt.what.description": {
    en: "In a line: what you need",
    cy: "Mewn llinell: beth sydd ei angen arnoch",
    nl: "In één regel: wat je nodig hebt",
  },
  "asks.opt.details": {
    en: "Details",
    cy: "Manylion",
    nl: "Details",
  },
  "asks.opt.details.description": {
    en: "Anything that helps people help you",
    cy: "Unrhyw beth sy'n helpu pobl i'ch helpu",
    nl: "Alles wat mensen helpt om jou te helpen",
  },
  "asks.opt.tags.description": {
    en: "Topics, e.g. #transport #funding",
    cy: "Pynciau, e.e. #trafnidiaeth #cyllid",
    nl: "Onderwerpen, bv. #vervoer #subsidie",
  },
  "asks.opt.urgency": {
    en: "Urgency",
    cy: "Brys",
    nl: "Urgentie",
  },
  "asks.opt.urgency.description": {
    en: "low, normal or urgent",
    cy: "isel, arferol neu frys",
    nl: "laag, normaal of dringend",
  },
  "asks.opt.urgency.placeholder": {
    en: "normal",
    cy: "arferol",
    nl: "normaal",
  },
  "asks.opt.deadline": {
    en: "Needed by",
    cy: "Ei angen erbyn",
    nl: "Uiterlijk nodig op",
  },
  "asks.opt.deadline.description": {
    en: "A date, as 2026-12-01",
    cy: "Dyddiad, fel 2026-12-01",
    nl: "Een datum, zoals 2026-12-01",
  },
  "asks.opt.deadline.placeholder": {
    en: "2026-12-01",
    cy: "2026-12-01",
    nl: "2026-12-01",
  },
  "asks.opt.number.description": {
    en: "The ask's number, as in #7",
    cy: "Rhif y cais, fel #7",
    nl: "Het nummer van de vraag, zoals #7",
  },
  "asks.opt.story": {
    en: "What helped",
    cy: "Beth oedd o help",
    nl: "Wat hielp",
  },
  "asks.opt.story.description": {
    en: "One line on what helped",
    cy: "Un llinell am beth oedd o help",
    nl: "Eén regel over wat hielp",
  },
  "asks.opt.offer_tags.description": {
    en: "What you can help with, e.g. #transport #listening",
    cy: "Beth allwch chi helpu ag ef, e.e. #trafnidiaeth #gwrando",
    nl: "Waar je mee kunt helpen, bv. #vervoer #luisteren",
  },
  "asks.opt.availability": {
    en: "When",
    cy: "Pryd",
    nl: "Wanneer",
  },
  "asks.opt.availability.description": {
    en: "When you are usually free",
    cy: "Pryd rydych chi'n rhydd fel arfer",
    nl: "Wanneer je meestal kunt",
  },
  "asks.extras.invalid": {
    en: "I couldn't read “{word}”. In the third part, use #tags, low, normal or urgent, and a date like 2026-12-01.",
    cy: "Allwn i ddim darllen “{word}”. Yn y drydedd ran, defnyddiwch #tagiau, isel, arferol neu frys, a dyddiad fel 2026-12-01.",
    nl: "Ik kon “{word}” niet lezen. Gebruik in het derde deel #tags, laag, normaal of dringend, en een datum zoals 2026-12-01.",
  },
  "asks.settings.description": {
    en: "Coordinators: hours before an unanswered ask is bumped; pings per member a day",
    cy: "Cydlynwyr: oriau cyn codi cais heb ateb; negeseuon i bob aelod y dydd",
    nl: "Coördinatoren: uren voordat een onbeantwoorde vraag terugkomt; meldingen per lid per dag",
  },
  "asks.settings.usage": {
    en: "{command} settings bump:48 pings:3",
    cy: "{command} settings bump:48 pings:3",
    nl: "{command} settings bump:48 pings:3",
  },
  "asks.settings.done": {
    en: "Asks with no offer are bumped after {bump} hours (coordinators told after as long again); members get at most {pings} matching asks a day.",
    cy: "Caiff ceisiadau heb gynnig eu codi ar ôl {bump} awr (a dywedir wrth gydlynwyr ar ôl yr un faint eto); mae aelodau'n cael {pings} cais cyfatebol y dydd ar y mwyaf.",
    nl: "Vragen zonder aanbod komen na {bump} uur terug (coördinatoren horen het na nog eens zo lang). Maximaal aantal passende vragen per lid per dag: {pings}.",
  },
  "asks.opt.bump": {
    en: "Bump after (hours)",
    cy: "Codi ar ôl (oriau)",
    nl: "Opnieuw tonen na (uren)",
  },
  "asks.opt.bump.description": {
    en: "Hours from 1 to 720",
    cy: "Oriau o 1 i 720",
    nl: "Uren, van 1 tot en met 720",
  },
  "asks.opt.pings": {
    en: "Pings a day",
    cy: "Negeseuon y dydd",
    nl: "Meldingen per dag",
  },
  "asks.opt.pings.description": {
    en: "From 0 (none) to 50",
    cy: "O 0 (dim) i 50",
    nl: "Van 0 (geen) tot en met 50",
  },
  "asks.urgency.invalid": {
    en: "Urgency is low, normal or urgent.",
    cy: "Rhaid i'r brys fod yn isel, arferol neu frys.",
    nl: "Urgentie is laag, normaal of dringend.",
  },
  "asks.urgency.low": {
    en: "low",
    cy: "isel",
    nl: "laag",
  },
  "asks.urgency.normal": {
    en: "normal",
    cy: "arferol",
    nl: "normaal",
  },
  "asks.urgency.urgent": {
    en: "urgent",
    cy: "brys",
    nl: "dringend",
  },
  "asks.deadline.invalid": {
    en: "Write the date as 2026-12-01.",
    cy: "Ysgrifennwch y dyddiad fel 2026-12-01.",
    nl: "Schrijf de datum als 2026-12-01.",
  },
  "asks.deadline.past": {
    en: "That date has passed. Give a date still to come.",
    cy: "Mae'r dyddiad hwnnw wedi mynd heibio. Rhowch ddyddiad sydd i ddod.",
    nl: "Die datum is al voorbij. Geef een datum die nog komt.",
  },
  "asks.status.open": {
    en: "waiting for an offer",
    cy: "yn aros am gynnig",
    nl: "wacht op een aanbod",
  },
  "asks.status.offered": {
    en: "help offered",
    cy: "cynigiwyd help",
    nl: "hulp aangeboden",
  },
  "asks.status.resolved": {
    en: "resolved",
    cy: "wedi'i ddatrys",
    nl: "opgelost",
  },
  "asks.status.closed": {
    en: "closed",
    cy: "wedi'i gau",
    nl: "gesloten",
  },
  "asks.card.by": {
    en: "Ask #{number} from",
    cy: "Cais #{number} gan",
    nl: "Vraag #{number} van",
  },
  "asks.card.offers": {
    en: "{count} offered help",
    cy: "{count} wedi cynnig help",
    nl: "hulpaanbod: {count}",
  },
  "asks.button.resolved": {
    en: "Resolved",
    cy: "Wedi'i ddatrys",
    nl: "Opgelost",
  },
  "asks.button.close": {
    en: "Close",
    cy: "Cau",
    nl: "Sluiten",
  },
  "asks.button.choose": {
    en: "Choose {name}",
    cy: "Dewis {name}",
    nl: "Kies {name}",
  },
  "asks.not_found": {
    en: "There is no ask #{number} in this network. See /ask list.",
    cy: "Does dim cais #{number} yn y rhwydwaith hwn. Edrychwch ar /ask list.",
    nl: "Er is geen vraag #{number} in dit netwerk. Zie /ask list.",
  },
  "asks.not_yours": {
    en: "Only whoever asked #{number}, or a coordinator, can do that.",
    cy: "Dim ond pwy bynnag a ofynnodd #{number}, neu gydlynydd, all wneud hynny.",
    nl: "Alleen wie #{number} vroeg, of een coördinator, kan dat doen.",
  },
  "asks.already_done": {
    en: "Ask #{number} is already resolved or closed.",
    cy: "Mae cais #{number} eisoes wedi'i ddatrys neu ei gau.",
    nl: "Vraag #{number} is al opgelost of gesloten.",
  },
  "asks.already_offered": {
    en: "You've already offered to help with #{number} — thank you!",
    cy: "Rydych chi eisoes wedi cynnig helpu gyda #{number} — diolch!",
    nl: "Je hebt al aangeboden te helpen met #{number} — dank je!",
  },
  "asks.own_ask": {
    en: "That's your own ask.",
    cy: "Eich cais chi yw hwnnw.",
    nl: "Dat is je eigen vraag.",
  },
  "asks.offer.to_asker": {
    en: "Someone can help with ask #{number} “{what}”:",
    cy: "Gall rhywun helpu gyda chais #{number} “{what}”:",
    nl: "Iemand kan helpen met vraag #{number} “{what}”:",
  },
  "asks.offer.public": {
    en: "offered to help with ask #{number} “{what}”.",
    cy: "wedi cynnig helpu gyda chais #{number} “{what}”.",
    nl: "biedt hulp aan bij vraag #{number} “{what}”.",
  },
  "asks.offer.thanks": {
    en: "Thank you! The asker of #{number} has been told and can choose you.",
    cy: "Diolch! Mae'r un a ofynnodd #{number} wedi cael gwybod a gall eich dewis.",
    nl: "Dank je! De vrager van #{number} weet het en kan jou kiezen.",
  },
  "asks.offer.thanks_unreached": {
    en: "Thank you! I couldn't reach the asker of #{number} just now; please message them.",
    cy: "Diolch! Allwn i ddim cyrraedd yr un a ofynnodd #{number} ar hyn o bryd; anfonwch neges uniongyrchol at yr un a ofynnodd.",
    nl: "Dank je! Ik kon de vrager van #{number} nu niet bereiken; stuur die zelf een bericht.",
  },
  "asks.choose.to_helper": {
    en: "You were chosen to help with ask #{number} “{what}”. Please get in touch:",
    cy: "Cawsoch eich dewis i helpu gyda chais #{number} “{what}”. Cysylltwch, os gwelwch yn dda:",
    nl: "Je bent gekozen om te helpen met vraag #{number} “{what}”. Neem contact op:",
  },
  "asks.choose.done": {
    en: "Thanks — your helper for #{number} knows to get in touch. Press Resolved on the ask when it's done.",
    cy: "Diolch — mae'ch helpwr ar gyfer #{number} wedi cael gwybod y dylai gysylltu â chi. Pwyswch Wedi'i ddatrys ar y cais pan fydd wedi'i wneud.",
    nl: "Dank je — je helper voor #{number} neemt contact op. Druk op Opgelost bij de vraag als het klaar is.",
  },
  "asks.closed": {
    en: "Ask #{number} is closed.",
    cy: "Mae cais #{number} wedi'i gau.",
    nl: "Vraag #{number} is gesloten.",
  },
  "asks.resolved.hint": {
    en: "Ask #{number} is resolved. What helped? Tell the network in one line: {command} story {number} | …",
    cy: "Mae cais #{number} wedi'i ddatrys. Beth oedd o help? Dywedwch mewn un llinell: {command} story {number} | …",
    nl: "Vraag #{number} is opgelost. Wat hielp? Vertel het in één regel: {command} story {number} | …",
  },
  "asks.story.form_title": {
    en: "What helped?",
    cy: "Beth oedd o help?",
    nl: "Wat hielp?",
  },
  "asks.story.thanks": {
    en: "Thank you — kept for the network's stories of what helped.",
    cy: "Diolch — wedi'i gadw ar gyfer straeon y rhwydwaith am beth oedd o help.",
    nl: "Dank je — bewaard voor de verhalen van het netwerk over wat hielp.",
  },
  "asks.story.description": {
    en: "Say in one line what helped with your ask",
    cy: "Dywedwch mewn un llinell beth oedd o help gyda'ch cais",
    nl: "Zeg in één regel wat hielp bij je vraag",
  },
  "asks.story.usage": {
    en: "{command} story 7 | A neighbour drove me, and stayed for tea.",
    cy: "{command} story 7 | Gyrrodd cymydog fi, ac arhosodd am de.",
    nl: "{command} story 7 | Een buur bracht me met de auto en bleef nog een kop thee drinken.",
  },
  "asks.list.description": {
    en: "Open asks in the network",
    cy: "Ceisiadau agored yn y rhwydwaith",
    nl: "Open vragen in het netwerk",
  },
  "asks.list.usage": {
    en: "{command} list [#tag]",
    cy: "{command} list [#tag]",
    nl: "{command} list [#tag]",
  },
  "asks.list.title": {
    en: "Asks waiting for help",
    cy: "Ceisiadau sy'n aros am help",
    nl: "Vragen die op hulp wachten",
  },
  "asks.list.empty": {
    en: "No open asks right now.",
    cy: "Dim ceisiadau agored ar hyn o bryd.",
    nl: "Er zijn nu geen open vragen.",
  },
  "asks.list.footer": {
    en: "/ask show <number> for one",
    cy: "/ask show <rhif> am un",
    nl: "/ask show <nummer> voor één",
  },
  "asks.mine.description": {
    en: "Your asks, and your own counts",
    cy: "Eich ceisiadau, a'ch ffigurau eich hun",
    nl: "Je vragen en je eigen cijfers",
  },
  "asks.mine.title": {
    en: "Your asks",
    cy: "Eich ceisiadau",
    nl: "Je vragen",
  },
  "asks.mine.empty": {
    en: "You haven't asked for anything yet.",
    cy: "Dydych chi ddim wedi gofyn am ddim eto.",
    nl: "Je hebt nog nergens om gevraagd.",
  },
  "asks.mine.counts": {
    en: "Only you see this: {asked} asked · {offered} offers of help given · {resolved} of your asks resolved",
    cy: "Dim ond chi sy'n gweld hyn: {asked} cais · {offered} cynnig help · {resolved} o'ch ceisiadau wedi'u datrys",
    nl: "Alleen jij ziet dit: {asked} gevraagd · {offered} keer hulp aangeboden · {resolved} van je vragen opgelost",
  },
  "asks.show.description": {
    en: "Show one ask by its number",
    cy: "Dangos un cais yn ôl ei rif",
    nl: "Toon één vraag op nummer",
  },
  "asks.show.usage": {
    en: "{command} show 7",
    cy: "{command} show 7",
    nl: "{command} show 7",
  },
  "asks.resolve.description": {
    en: "Mark your ask resolved",
    cy: "Nodi bod eich cais wedi'i ddatrys",
    nl: "Markeer je vraag als opgelost",
  },
  "asks.resolve.usage": {
    en: "{command} resolve 7",
    cy: "{command} resolve 7",
    nl: "{command} resolve 7",
  },
  "asks.close.description": {
    en: "Close your ask",
    cy: "Cau eich cais",
    nl: "Sluit je vraag",
  },
  "asks.close.usage": {
    en: "{command} close 7",
    cy: "{command} close 7",
    nl: "{command} close 7",
  },
  "asks.offer.description": {
    en: "Say what you can help with; matching asks reach you privately",
    cy: "Dywedwch beth allwch chi helpu ag ef; daw ceisiadau sy'n cyfateb atoch yn breifat",
    nl: "Zeg waar je mee kunt helpen; passende vragen krijg je privé",
  },
  "asks.offer_set.description": {
    en: "Set what you can help with",
    cy: "Gosod beth allwch chi helpu ag ef",
    nl: "Stel in waar je mee kunt helpen",
  },
  "asks.offer_set.usage": {
    en: "{command} #transport #listening | weekday mornings",
    cy: "{command} #trafnidiaeth #gwrando | boreau'r wythnos",
    nl: "{command} #vervoer #luisteren | doordeweekse ochtenden",
  },
  "asks.offer_set.done": {
    en: "Thanks! New asks tagged {tags} will reach you privately (a few a day at most).",
    cy: "Diolch! Bydd ceisiadau newydd gyda'r tagiau {tags} yn eich cyrraedd yn breifat (ychydig y dydd ar y mwyaf).",
    nl: "Dank je! Nieuwe vragen met {tags} krijg je privé (hooguit een paar per dag).",
  },
  "asks.offer_stop.description": {
    en: "Stop matching asks reaching you",
    cy: "Atal ceisiadau sy'n cyfateb rhag eich cyrraedd",
    nl: "Stop met passende vragen ontvangen",
  },
  "asks.offer_stop.done": {
    en: "Done: matching asks won't reach you any more.",
    cy: "Wedi'i wneud: ni fydd ceisiadau sy'n cyfateb yn eich cyrraedd mwyach.",
    nl: "Klaar: passende vragen krijg je niet meer.",
  },
  "asks.match.title": {
    en: "A new ask matches what you offered: {what}",
    cy: "Mae cais newydd yn cyfateb i'r hyn a gynigioch: {what}",
    nl: "Een nieuwe vraag past bij wat je aanbood: {what}",
  },
  "asks.bump.title": {
    en: "Still looking for help: {what}",
    cy: "Yn dal i chwilio am help: {what}",
    nl: "Nog steeds op zoek naar hulp: {what}",
  },
  "asks.escalate.title": {
    en: "Ask #{number} has had no offer of help yet: {what}",
    cy: "Does neb wedi cynnig help gyda chais #{number} eto: {what}",
    nl: "Op vraag #{number} heeft nog niemand hulp aangeboden: {what}",
  },
});
