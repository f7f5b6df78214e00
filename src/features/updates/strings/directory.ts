/**
 * Browsing, searching and exporting the directory; digests and follow-ups.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const directory = defineStrings({
  "update.list.title": {
    en: "What's going on in the network",
    cy: "Beth sy'n digwydd yn y rhwydwaith",
    nl: "Wat er speelt in het netwerk",
  },
  "update.list.footer": {
    en: "Page {page} of {pages} · {total} in all · /update show <number> for one",
    cy: "Tudalen {page} o {pages} · {total} i gyd · /update show <rhif> am un",
    nl: "Pagina {page} van {pages} · {total} in totaal · /update show <nummer> voor één",
  },
  "update.list.empty": {
    en: "Nothing here yet. Share yours with /update.",
    cy: "Dim byd yma eto. Rhannwch eich un chi gyda /update.",
    nl: "Hier staat nog niets. Deel je eigen update met /update.",
  },
  "update.search.title": {
    en: "Updates matching “{words}”",
    cy: "Diweddariadau sy'n cyfateb i “{words}”",
    nl: "Updates over “{words}”",
  },
  "update.search.empty": {
    en: "Nothing matches “{words}”. Try fewer or other words.",
    cy: "Does dim yn cyfateb i “{words}”. Rhowch gynnig ar lai o eiriau neu eiriau eraill.",
    nl: "Niets gevonden voor “{words}”. Probeer minder of andere woorden.",
  },
  "update.export.done": {
    en: {
      one: "The network's directory: {count} update, as a spreadsheet (CSV) and a report (Markdown).",
      other: "The network's directory: {count} updates, as a spreadsheet (CSV) and a report (Markdown).",
    },
    cy: "Cyfeiriadur y rhwydwaith: {count} diweddariad, fel taenlen (CSV) ac adroddiad (Markdown).",
    nl: "De gids van het netwerk: {count} updates, als spreadsheet (CSV) en als verslag (Markdown).",
  },
  "update.digest_here.done": {
    en: "The weekly digest of project updates will be posted in this channel. The first one:",
    cy: "Bydd y crynodeb wythnosol o ddiweddariadau prosiect yn cael ei bostio yn y sianel hon. Y cyntaf:",
    nl: "Het wekelijkse overzicht van projectupdates komt in dit kanaal. Het eerste:",
  },
  "update.digest_off.done": {
    en: "No more weekly digests in this space.",
    cy: "Dim mwy o grynodebau wythnosol yn y gofod hwn.",
    nl: "Geen wekelijkse overzichten meer in deze ruimte.",
  },
  "update.freshness.done": {
    en: {
      one: "Authors will be asked whether their update is still current after {weeks} week.",
      other: "Authors will be asked whether their update is still current after {weeks} weeks.",
    },
    cy: "Bydd awduron yn cael eu holi a yw eu diweddariad yn dal yn gyfredol ar ôl {weeks} wythnos.",
    nl: {
      one: "Auteurs krijgen na {weeks} week de vraag of hun update nog actueel is.",
      other: "Auteurs krijgen na {weeks} weken de vraag of hun update nog actueel is.",
    },
  },
  "update.show.description": {
    en: "Show one update by its number",
    cy: "Dangos un diweddariad yn ôl ei rif",
    nl: "Toon één update op nummer",
  },
  "update.show.usage": {
    en: "{command} show 12",
    cy: "{command} show 12",
    nl: "{command} show 12",
  },
  "update.list.description": {
    en: "Browse the network's directory, newest first",
    cy: "Pori cyfeiriadur y rhwydwaith, y mwyaf newydd yn gyntaf",
    nl: "Blader door de gids van het netwerk, nieuwste eerst",
  },
  "update.list.usage": {
    en: "{command} list [tag:arts] [area:Cardiff] [by:name] [page]",
    cy: "{command} list [tag:celf] [area:Caernarfon] [by:enw] [tudalen]",
    nl: "{command} list [tag:kunst] [area:Leuven] [by:naam] [pagina]",
  },
  "update.search.description": {
    en: "Search the directory by words",
    cy: "Chwilio'r cyfeiriadur am eiriau",
    nl: "Zoek in de gids op woorden",
  },
  "update.search.usage": {
    en: "{command} search choir carers",
    cy: "{command} search côr gofalwyr",
    nl: "{command} search koor mantelzorgers",
  },
  "update.export.description": {
    en: "Coordinators: the directory as CSV and Markdown",
    cy: "Cydlynwyr: y cyfeiriadur fel CSV a Markdown",
    nl: "Coördinatoren: de gids als CSV en Markdown",
  },
  "update.digest_here.description": {
    en: "Coordinators: post the weekly digest in this channel",
    cy: "Cydlynwyr: postio'r crynodeb wythnosol yn y sianel hon",
    nl: "Coördinatoren: plaats het weekoverzicht in dit kanaal",
  },
  "update.digest_off.description": {
    en: "Coordinators: stop the weekly digest in this space",
    cy: "Cydlynwyr: atal y crynodeb wythnosol yn y gofod hwn",
    nl: "Coördinatoren: stop het weekoverzicht in deze ruimte",
  },
  "update.freshness.description": {
    en: "Coordinators: weeks before authors are asked if an update is current",
    cy: "Cydlynwyr: wythnosau cyn holi awduron a yw diweddariad yn gyfredol",
    nl: "Coördinatoren: weken voordat auteurs gevraagd wordt of een update actueel is",
  },
  "update.freshness.usage": {
    en: "{command} freshness 12",
    cy: "{command} freshness 12",
    nl: "{command} freshness 12",
  },
  "update.help.to_author": {
    en: "Someone would like to help with “{title}”. Say hello:",
    cy: "Hoffai rhywun helpu gyda “{title}”. Dywedwch helo:",
    nl: "Iemand wil helpen met “{title}”. Zeg hallo:",
  },
  "update.contact.to_author": {
    en: "Someone would like to talk about “{title}”:",
    cy: "Hoffai rhywun siarad am “{title}”:",
    nl: "Iemand wil graag praten over “{title}”:",
  },
  "update.help.own": {
    en: "That's your own update.",
    cy: "Eich diweddariad chi yw hwnnw.",
    nl: "Dat is je eigen update.",
  },
  "update.help.thanks": {
    en: "Thank you! The author of “{title}” knows you can help and will be in touch:",
    cy: "Diolch! Mae awdur “{title}” yn gwybod y gallwch helpu a bydd mewn cysylltiad:",
    nl: "Dank je! De auteur van “{title}” weet dat je kunt helpen en neemt contact op:",
  },
  "update.help.thanks_unreached": {
    en: "Thank you! I couldn't reach the author of “{title}” just now; please message them:",
    cy: "Diolch! Allwn i ddim cyrraedd awdur “{title}” ar hyn o bryd; anfonwch neges uniongyrchol:",
    nl: "Dank je! Ik kon de auteur van “{title}” nu niet bereiken; stuur de auteur zelf een bericht:",
  },
  "update.contact.sent": {
    en: "I've told the author of “{title}” you'd like to talk. You can also message them:",
    cy: "Rwyf wedi dweud wrth awdur “{title}” yr hoffech siarad. Gallwch hefyd anfon neges uniongyrchol:",
    nl: "Ik heb de auteur van “{title}” laten weten dat je wilt praten. Je kunt de auteur ook zelf een bericht sturen:",
  },
  "update.contact.unreached": {
    en: "I couldn't reach the author of “{title}” just now; please message them:",
    cy: "Allwn i ddim cyrraedd awdur “{title}” ar hyn o bryd; anfonwch neges uniongyrchol:",
    nl: "Ik kon de auteur van “{title}” nu niet bereiken; stuur de auteur zelf een bericht:",
  },
  "update.fresh.question": {
    en: "Is “{title}” still current?",
    cy: "Ydy “{title}” yn dal yn gyfredol?",
    nl: "Is “{title}” nog actueel?",
  },
  "update.fresh.kept": {
    en: "Thanks — “{title}” stays in the directory.",
    cy: "Diolch — mae “{title}” yn aros yn y cyfeiriadur.",
    nl: "Dank je — “{title}” blijft in de gids.",
  },
  "update.fresh.archived": {
    en: "“{title}” is archived. Post it again with /update whenever it's back on.",
    cy: "Mae “{title}” wedi'i archifo. Postiwch ef eto gyda /update pan fydd yn ôl.",
    nl: "“{title}” is gearchiveerd. Plaats het opnieuw met /update als het weer loopt.",
  },
  "update.fresh.how_to_edit": {
    en: "Type {command} edit {number} | Title | One paragraph | links #tags | Area",
    cy: "Teipiwch {command} edit {number} | Teitl | Un paragraff | dolenni #tagiau | Ardal",
    nl: "Typ {command} edit {number} | Titel | Eén alinea | links #tags | Plaats",
  },
  "update.fresh.auto_archived": {
    en: "No answer came, so #{number} “{title}” is archived (not deleted). Post it again with /update whenever you like.",
    cy: "Ni ddaeth ateb, felly mae #{number} “{title}” wedi'i archifo (nid ei ddileu). Postiwch ef eto gyda /update pryd bynnag y mynnwch.",
    nl: "Er kwam geen antwoord, dus #{number} “{title}” is gearchiveerd (niet verwijderd). Plaats het opnieuw met /update wanneer je wilt.",
  },
  "update.digest.title": {
    en: "This week in {network}",
    cy: "{network}: yr wythnos hon",
    nl: "Deze week in {network}",
  },
  "update.digest.footer": {
    en: "{count} new or changed · {command} <number> for the full card",
    cy: "{count} newydd neu wedi newid · {command} <rhif> am y cerdyn llawn",
    nl: "{count} nieuw of gewijzigd · {command} <nummer> voor de hele kaart",
  },
});
