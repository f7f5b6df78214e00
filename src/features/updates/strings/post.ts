/**
 * Posting project updates, and their cards.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const post = defineStrings({
  "update.description": {
    en: "Share and browse one-paragraph updates on what you're working on",
    cy: "Rhannu a phori diweddariadau un paragraff ar yr hyn rydych chi'n gweithio arno",
    nl: "Deel en bekijk updates van één alinea over waar je aan werkt",
  },
  "update.post.description": {
    en: "Post a one-paragraph update on your current project",
    cy: "Postio diweddariad un paragraff ar eich prosiect presennol",
    nl: "Plaats een update van één alinea over je huidige project",
  },
  "update.post.usage": {
    en: "{command} Title | One paragraph about your project | https://link #tag | Area",
    cy: "{command} Teitl | Un paragraff am eich prosiect | https://dolen #tag | Ardal",
    nl: "{command} Titel | Eén alinea over je project | https://link #tag | Plaats",
  },
  "update.opt.title": {
    en: "Title",
    cy: "Teitl",
    nl: "Titel",
  },
  "update.opt.title.description": {
    en: "A short name for the project",
    cy: "Enw byr i'r prosiect",
    nl: "Een korte naam voor het project",
  },
  "update.opt.summary": {
    en: "Summary",
    cy: "Crynodeb",
    nl: "Samenvatting",
  },
  "update.opt.summary.description": {
    en: "One paragraph (up to {max} characters) on what is going on",
    cy: "Un paragraff (hyd at {max} nod) am yr hyn sy'n digwydd",
    nl: "Eén alinea (tot {max} tekens) over wat er speelt",
  },
  "update.opt.summary.placeholder": {
    en: "What you're doing, who it's for, and what would help.",
    cy: "Beth rydych chi'n ei wneud, i bwy, a beth fyddai'n help.",
    nl: "Wat je doet, voor wie, en waar je hulp bij kunt gebruiken.",
  },
  "update.opt.links": {
    en: "Links",
    cy: "Dolenni",
    nl: "Links",
  },
  "update.opt.links.description": {
    en: "Up to {max} web links, separated by spaces",
    cy: "Hyd at {max} dolen we, wedi'u gwahanu gan fylchau",
    nl: "Tot {max} weblinks, gescheiden door spaties",
  },
  "update.opt.links.placeholder": {
    en: "https://example.org https://example.org/photos",
    cy: "https://example.org https://example.org/lluniau",
    nl: "https://example.org https://example.org/fotos",
  },
  "update.summary.one_paragraph": {
    en: "Keep the summary to one paragraph: please remove the blank lines.",
    cy: "Cadwch y crynodeb i un paragraff: tynnwch y llinellau gwag, os gwelwch yn dda.",
    nl: "Houd de samenvatting op één alinea: haal de lege regels weg.",
  },
  "update.links.too_many": {
    en: "That's {count} links; please keep it to {max}.",
    cy: "Dyna {count} dolen; {max} ar y mwyaf, os gwelwch yn dda.",
    nl: "Dat zijn {count} links; houd het op {max}.",
  },
  "update.links.invalid": {
    en: "“{link}” isn't a web link. Links must start with http:// or https://.",
    cy: "Dydy “{link}” ddim yn ddolen we. Rhaid i ddolenni ddechrau gyda http:// neu https://.",
    nl: "“{link}” is geen weblink. Links beginnen met http:// of https://.",
  },
  "update.form.title": {
    en: "Project update",
    cy: "Diweddariad prosiect",
    nl: "Projectupdate",
  },
  "update.form.submit": {
    en: "Post",
    cy: "Postio",
    nl: "Plaatsen",
  },
  "update.card.by": {
    en: "Update from {name}",
    cy: "Diweddariad gan {name}",
    nl: "Update van {name}",
  },
  "update.card.links": {
    en: "Links",
    cy: "Dolenni",
    nl: "Links",
  },
  "update.card.posted": {
    en: "Posted",
    cy: "Postiwyd",
    nl: "Geplaatst",
  },
  "update.not_found": {
    en: "There is no update #{number} in this network. See the list with /update list.",
    cy: "Does dim diweddariad #{number} yn y rhwydwaith hwn. Edrychwch ar y rhestr gyda /update list.",
    nl: "Er is geen update #{number} in dit netwerk. Bekijk de lijst met /update list.",
  },
  "update.not_yours": {
    en: "Only the author of #{number} or a coordinator can change it.",
    cy: "Dim ond awdur #{number} neu gydlynydd all ei newid.",
    nl: "Alleen de auteur van #{number} of een coördinator kan dit wijzigen.",
  },
  "update.card.updated": {
    en: "Updated",
    cy: "Diweddarwyd",
    nl: "Bijgewerkt",
  },
  "update.card.deleted": {
    en: "This update was deleted by its author or a coordinator.",
    cy: "Cafodd y diweddariad hwn ei ddileu gan ei awdur neu gydlynydd.",
    nl: "Deze update is verwijderd door de auteur of een coördinator.",
  },
  "update.card.archived": {
    en: "Archived",
    cy: "Wedi'i archifo",
    nl: "Gearchiveerd",
  },
  "update.card.tags": {
    en: "Tags",
    cy: "Tagiau",
    nl: "Tags",
  },
  "update.button.help": {
    en: "I can help",
    cy: "Galla i helpu",
    nl: "Ik kan helpen",
  },
  "update.button.contact": {
    en: "Contact author",
    cy: "Cysylltu â'r awdur",
    nl: "Auteur contacteren",
  },
  "update.button.next": {
    en: "Next page",
    cy: "Tudalen nesaf",
    nl: "Volgende pagina",
  },
  "update.button.delete": {
    en: "Delete it",
    cy: "Ei ddileu",
    nl: "Verwijderen",
  },
  "update.button.cancel": {
    en: "Keep it",
    cy: "Ei gadw",
    nl: "Behouden",
  },
  "update.button.keep": {
    en: "Still current",
    cy: "Yn dal yn gyfredol",
    nl: "Nog actueel",
  },
  "update.button.refresh": {
    en: "Update it",
    cy: "Ei ddiweddaru",
    nl: "Bijwerken",
  },
  "update.button.archive": {
    en: "Archive it",
    cy: "Ei archifo",
    nl: "Archiveren",
  },
  "update.edit.description": {
    en: "Change one of your updates (coordinators: any)",
    cy: "Newid un o'ch diweddariadau (cydlynwyr: unrhyw un)",
    nl: "Wijzig een van je updates (coördinatoren: elke)",
  },
  "update.edit.usage": {
    en: "{command} edit 12 — or {command} edit 12 | Title | One paragraph | links #tags | Area",
    cy: "{command} edit 12 — neu {command} edit 12 | Teitl | Un paragraff | dolenni #tagiau | Ardal",
    nl: "{command} edit 12 — of {command} edit 12 | Titel | Eén alinea | links #tags | Plaats",
  },
  "update.form.edit_title": {
    en: "Edit project update",
    cy: "Golygu diweddariad",
    nl: "Projectupdate bewerken",
  },
  "update.form.save": {
    en: "Save",
    cy: "Cadw",
    nl: "Opslaan",
  },
  "update.delete.description": {
    en: "Delete one of your updates (asks first)",
    cy: "Dileu un o'ch diweddariadau (yn gofyn yn gyntaf)",
    nl: "Verwijder een van je updates (met bevestiging)",
  },
  "update.delete.usage": {
    en: "{command} delete 12",
    cy: "{command} delete 12",
    nl: "{command} delete 12",
  },
  "update.delete.confirm": {
    en: "Delete #{number} “{title}” and its history? This cannot be undone.",
    cy: "Dileu #{number} “{title}” a'i hanes? Does dim modd dadwneud hyn.",
    nl: "#{number} “{title}” en de geschiedenis ervan verwijderen? Dit kan niet ongedaan worden gemaakt.",
  },
  "update.delete.done": {
    en: "Deleted #{number} “{title}”.",
    cy: "Wedi dileu #{number} “{title}”.",
    nl: "#{number} “{title}” is verwijderd.",
  },
  "update.delete.cancelled": {
    en: "Nothing deleted.",
    cy: "Dim wedi'i ddileu.",
    nl: "Er is niets verwijderd.",
  },
  "update.opt.tags": {
    en: "Tags",
    cy: "Tagiau",
    nl: "Tags",
  },
  "update.opt.tags.description": {
    en: "Up to {max} topic words, e.g. #music #carers",
    cy: "Hyd at {max} gair pwnc, e.e. #cerddoriaeth #gofalwyr",
    nl: "Tot {max} onderwerpen, bv. #muziek #mantelzorg",
  },
  "update.opt.tags.placeholder": {
    en: "#music #carers",
    cy: "#cerddoriaeth #gofalwyr",
    nl: "#muziek #mantelzorg",
  },
  "update.opt.area": {
    en: "Area",
    cy: "Ardal",
    nl: "Plaats",
  },
  "update.opt.area.description": {
    en: "Where it happens: a town, a venue, or online",
    cy: "Ble mae'n digwydd: tref, lleoliad, neu ar-lein",
    nl: "Waar het gebeurt: een plaats, een locatie of online",
  },
  "update.opt.area.placeholder": {
    en: "Llanelli library",
    cy: "Llyfrgell Llanelli",
    nl: "Bibliotheek Gent",
  },
  "update.opt.number": {
    en: "Number",
    cy: "Rhif",
    nl: "Nummer",
  },
  "update.opt.number.description": {
    en: "The update's number, as in #12",
    cy: "Rhif y diweddariad, fel #12",
    nl: "Het nummer van de update, zoals #12",
  },
  "update.opt.tag": {
    en: "Tag",
    cy: "Tag",
    nl: "Tag",
  },
  "update.opt.tag.description": {
    en: "Only updates with this tag",
    cy: "Dim ond diweddariadau gyda'r tag hwn",
    nl: "Alleen updates met deze tag",
  },
  "update.opt.author": {
    en: "Author",
    cy: "Awdur",
    nl: "Auteur",
  },
  "update.opt.author.description": {
    en: "Only updates by someone whose name contains this",
    cy: "Dim ond diweddariadau gan rywun y mae ei enw'n cynnwys hyn",
    nl: "Alleen updates van iemand wiens naam dit bevat",
  },
  "update.opt.page": {
    en: "Page",
    cy: "Tudalen",
    nl: "Pagina",
  },
  "update.opt.page.description": {
    en: "Which page of the list",
    cy: "Pa dudalen o'r rhestr",
    nl: "Welke pagina van de lijst",
  },
  "update.opt.words": {
    en: "Words",
    cy: "Geiriau",
    nl: "Woorden",
  },
  "update.opt.words.description": {
    en: "What to look for",
    cy: "Beth i chwilio amdano",
    nl: "Waar je naar zoekt",
  },
  "update.opt.weeks": {
    en: "Weeks",
    cy: "Wythnosau",
    nl: "Weken",
  },
  "update.opt.weeks.description": {
    en: "Weeks from 1 to 104",
    cy: "Wythnosau o 1 i 104",
    nl: "Weken, van 1 tot en met 104",
  },
});
