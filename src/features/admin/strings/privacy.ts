/**
 * Privacy: the notice, a member's data, forgetting, retention and reports.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const privacy = defineStrings({
  "privacy.notice.title": {
    en: "Privacy in {network}",
    cy: "Preifatrwydd: {network}",
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
    cy: "Eich enw a'ch cyfrif fel y mae eich platfform sgwrsio yn eu dangos, a'ch iaith a'ch cylchfa amser os gwnaethoch eu dewis. Yr hyn rydych yn ei bostio: diweddariadau prosiect (a fersiynau cynharach), ceisiadau a chynigion o help, yr hyn y gallwch helpu ag ef yn gyffredinol. Cyfarfodydd rydych yn eu hateb, shifftiau rydych yn eu cymryd, eu cyflenwi neu eu cyfnewid, a gwiriadau y mae cydlynydd yn eu cofnodi (y math, y statws a'r dyddiadau yn unig, nid y dystysgrif ei hun). Y dyddiau y defnyddioch Gather, cownteri byrhoedlog sy'n atal gorlifo, a chofnod o newidiadau (pwy wnaeth beth, heb y testun).",
    nl: "Je naam en account zoals je chatplatform ze toont, en je taal en tijdzone als je die hebt gekozen. Wat je plaatst: projectupdates (en eerdere versies), hulpvragen en hulpaanbiedingen, waarmee je in het algemeen kunt helpen. Vergaderingen waarop je antwoordt, diensten die je neemt, overneemt of ruilt, en screenings die een coördinator vastlegt (alleen soort, status en datums, nooit een certificaat). De dagen waarop je Gather gebruikte, tijdelijke tellers tegen overbelasting, en een logboek van wijzigingen (wie wat deed, zonder de tekst).",
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
    en: { one: "• {kind}: {days} day", other: "• {kind}: {days} days" },
    cy: "• {kind}: {days} diwrnod",
    nl: { one: "• {kind}: {days} dag", other: "• {kind}: {days} dagen" },
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
    nl: "Vraag een kopie op van alles wat over je bewaard wordt: {export}. Vergeten worden: {forget} wist je naam en wat je schreef; alleen anonieme totalen blijven. Iets verbeteren: pas het aan of vraag het aan een coördinator.",
  },
  "privacy.notice.contact.label": {
    en: "Who to contact",
    cy: "Â phwy i gysylltu",
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
    en: "Gather sells nothing and shows no adverts. Messages in channels are also kept by the chat platform under its own terms.",
    cy: "Nid yw Gather yn gwerthu dim nac yn dangos hysbysebion. Mae'r platfform sgwrsio hefyd yn cadw negeseuon mewn sianeli o dan ei delerau ei hun.",
    nl: "Gather verkoopt niets en toont geen advertenties. Berichten in kanalen worden ook door het chatplatform bewaard, onder zijn eigen voorwaarden.",
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
  "privacy.my_data.description": {
    en: "Get a copy of everything Gather keeps about you",
    cy: "Cael copi o bopeth mae Gather yn ei gadw amdanoch",
    nl: "Vraag een kopie op van alles wat Gather over je bewaart",
  },
  "privacy.my_data.title": {
    en: "Your data",
    cy: "Eich data",
    nl: "Je gegevens",
  },
  "privacy.my_data.text": {
    en: "Here is everything Gather keeps about you in this network: {rows} records from {tables} kinds of record, in the attached file.",
    cy: "Dyma bopeth mae Gather yn ei gadw amdanoch yn y rhwydwaith hwn: {rows} cofnod o {tables} math o gofnod, yn y ffeil atodedig.",
    nl: "Hier is alles wat Gather in dit netwerk over je bewaart, in het bijgevoegde bestand (records: {rows}, soorten: {tables}).",
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
    cy: "Bydd Gather yn dileu eich enw, testun eich diweddariadau prosiect a'ch ceisiadau, yr hyn y cynigioch helpu ag ef, eich gwiriadau a'r cysylltiadau â'ch cyfrifon sgwrsio. Bydd lleoedd ar shifftiau sydd i ddod yn cael eu rhyddhau. Mae cyfansymiau dienw yn aros (er enghraifft, oriau gwirfoddoli). Does dim modd dadwneud hyn; os defnyddiwch Gather eto, byddwch yn dechrau o'r newydd. Eisiau copi yn gyntaf? Defnyddiwch {export} cyn ateb.",
    nl: "Gather wist je naam, de tekst van je projectupdates en hulpvragen, waarmee je aanbood te helpen, je screenings en de koppelingen met je chataccounts. Plaatsen in komende diensten worden vrijgegeven. Anonieme totalen blijven (bijvoorbeeld vrijwilligersuren). Dit kan niet ongedaan worden gemaakt; gebruik je Gather later weer, dan begin je opnieuw. Eerst een kopie? Gebruik {export} voordat je antwoordt.",
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
    en: {
      one: "A member asked Gather to forget them: a place is free again on shift {shifts}. You may want to find someone.",
      other:
        "A member asked Gather to forget them: places are free again on shifts {shifts}. You may want to find someone.",
    },
    cy: {
      zero: "Gofynnodd aelod i Gather ei anghofio: mae lleoedd yn rhydd eto ar shifftiau {shifts}. Efallai yr hoffech ddod o hyd i rywun.",
      one: "Gofynnodd aelod i Gather ei anghofio: mae lle yn rhydd eto ar shifft {shifts}. Efallai yr hoffech ddod o hyd i rywun.",
      two: "Gofynnodd aelod i Gather ei anghofio: mae lleoedd yn rhydd eto ar shifftiau {shifts}. Efallai yr hoffech ddod o hyd i rywun.",
      few: "Gofynnodd aelod i Gather ei anghofio: mae lleoedd yn rhydd eto ar shifftiau {shifts}. Efallai yr hoffech ddod o hyd i rywun.",
      many: "Gofynnodd aelod i Gather ei anghofio: mae lleoedd yn rhydd eto ar shifftiau {shifts}. Efallai yr hoffech ddod o hyd i rywun.",
      other:
        "Gofynnodd aelod i Gather ei anghofio: mae lleoedd yn rhydd eto ar shifftiau {shifts}. Efallai yr hoffech ddod o hyd i rywun.",
    },
    nl: "Een lid vroeg Gather om vergeten te worden, waardoor er weer plaats vrij is. Diensten: {shifts}. Misschien wil je iemand zoeken.",
  },
  "privacy.report.description": {
    en: "Totals for funders: members, updates, asks, shifts, hours and meetings",
    cy: "Cyfansymiau i gyllidwyr: aelodau, diweddariadau, ceisiadau, shifftiau, oriau a chyfarfodydd",
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
    en: "First day (e.g. 2026-01-01), or the whole period (e.g. last month)",
    cy: "Y diwrnod cyntaf (e.e. 2026-01-01), neu'r cyfnod cyfan (e.e. y mis diwethaf)",
    nl: "Eerste dag (bv. 2026-01-01), of de hele periode (bv. vorige maand)",
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
    en: "Last day (included), e.g. 2026-03-31; leave it empty for a whole period",
    cy: "Y diwrnod olaf (wedi'i gynnwys), e.e. 2026-03-31; gadewch ef yn wag ar gyfer cyfnod cyfan",
    nl: "Laatste dag (inbegrepen), bv. 2026-03-31; laat leeg voor een hele periode",
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
    cy: "Roedd {active} aelod yn weithgar a rhoeson nhw {hours} awr ar shifftiau. Cyfansymiau yn unig: dim enwau. Mae pob ffigur yn y ffeil CSV.",
    nl: "Actieve leden: {active}; uren vrijwilligerswerk in diensten: {hours}. Alleen totalen, geen namen. Het CSV-bestand bevat alle cijfers.",
  },
  "privacy.report.footer": {
    en: "Days in {zone}; both days included.",
    cy: "Dyddiau yn {zone}; mae'r ddau ddiwrnod wedi'u cynnwys.",
    nl: "Dagen in {zone}; beide dagen inbegrepen.",
  },
  "privacy.report.bad_date": {
    en: "“{date}” isn't a date I can read. Write dates as year-month-day, e.g. 2026-01-31.",
    cy: "Alla i ddim darllen “{date}” fel dyddiad. Ysgrifennwch ddyddiadau fel blwyddyn-mis-diwrnod, e.e. 2026-01-31.",
    nl: "“{date}” kan ik niet als datum lezen. Schrijf datums als jaar-maand-dag, bv. 2026-01-31.",
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
});
