/**
 * Privacy and reports strings, kept apart so each feature's catalogue can be edited on its own.
 * English is the source; Welsh and Dutch must have every key with the same placeholders.
 */
export const en = {
  // The privacy notice
  "privacy.description": "What Gather keeps about you, why, for how long, and your rights",
  "privacy.notice.title": "Privacy in {network}",
  "privacy.notice.intro":
    "Gather is run by the coordinators of {network} for its members. This is what it keeps about you, why, and for how long.",
  "privacy.notice.what.label": "What is kept",
  "privacy.notice.what":
    "Your name and account as your chat platform shows them, and your language and time zone if you chose them. What you post: project updates (and earlier versions), asks and offers of help, what you can generally help with. Meetings you answer, shifts you take, cover or swap, and checks a coordinator records (the kind, status and dates only, never a certificate). The days on which you used Gather, short-lived counters that stop flooding, and a log of changes (who did what, without the text).",
  "privacy.notice.why.label": "Why",
  "privacy.notice.why":
    "To run the network's directory of projects, its help requests, rota and meetings; to send you the reminders and messages these need; and to give funders and councils totals, never names.",
  "privacy.notice.how_long.label": "How long",
  "privacy.notice.keep_line": "• {kind}: {days} days",
  "privacy.notice.how_long.rest":
    "Everything else is kept while it is in use, or until you ask to be forgotten. Your network's coordinators may shorten or lengthen these periods.",
  "privacy.notice.rights.label": "Your rights",
  "privacy.notice.rights":
    "Get a copy of everything kept about you: {export}. Be forgotten: {forget} erases your name and what you wrote; only anonymous totals stay. To correct something, edit it or ask a coordinator.",
  "privacy.notice.contact.label": "Who to contact",
  "privacy.notice.contact": "Your network's coordinators: {names}.",
  "privacy.notice.contact.none": "Your network has no coordinator yet: ask whoever runs your workspace or server.",
  "privacy.notice.footer":
    "Gather sells nothing and shows no adverts. Messages in channels are also kept by Slack or Discord under their own terms.",
  "privacy.kind.audit": "Log of changes",
  "privacy.kind.activity": "Days you used Gather",
  "privacy.kind.archivedUpdates": "Archived project updates, after archiving",
  "privacy.kind.revisions": "Earlier versions of project updates",
  "privacy.kind.closedAsks": "Resolved or closed asks, after they end",
  "privacy.kind.helpPings": "Records of pings about matching asks",
  "privacy.kind.finishedJobs": "Finished reminders and scheduled tasks",
  "privacy.kind.rateWindows": "Counters that stop flooding",
  "privacy.kind.linkCodes": "Used or expired link codes",
  "privacy.kind.decidedSwaps": "Shift swaps, after they are decided",
  "privacy.kind.expiredChecks": "Checks, after they expire or are revoked",

  // My data
  "privacy.my_data.description": "Get a copy of everything Gather keeps about you",
  "privacy.my_data.title": "Your data",
  "privacy.my_data.text":
    "Here is everything Gather keeps about you in this network: {rows} records from {tables} kinds of record, in the attached file.",
  "privacy.my_data.footer": "Only you can see this. To be forgotten, use {forget}.",

  // Forget me
  "privacy.forget.description": "Erase your name and what you wrote from Gather",
  "privacy.forget.title": "Forget me?",
  "privacy.forget.question":
    "Gather will erase your name, your project updates' and asks' text, what you offered to help with, your checks and your links to your chat accounts. Places on shifts still to come are given up. Anonymous totals stay (for example, hours volunteered). This cannot be undone; if you use Gather again, you start afresh. Want a copy first? Use {export} before answering.",
  "privacy.forget.yes": "Yes, forget me",
  "privacy.forget.no": "Keep my data",
  "privacy.forget.done":
    "Done: Gather has forgotten you. Your name and what you wrote are erased, and your account is no longer linked.",
  "privacy.forget.kept": "Nothing has changed: your data is kept.",
  "privacy.forget.not_yours": "That button was for someone else, or it has already been used.",
  "privacy.forget.shifts_freed":
    "A member asked Gather to forget them: a place is free again on shift {shifts}. You may want to find someone.",

  // Reports
  "privacy.report.description": "Totals for funders: members, updates, asks, shifts, hours and meetings",
  "privacy.report.usage": "{command} report 2026-01-01 2026-03-31",
  "privacy.report.from.label": "From",
  "privacy.report.from.description": "First day, e.g. 2026-01-01",
  "privacy.report.from.placeholder": "2026-01-01",
  "privacy.report.to.label": "To",
  "privacy.report.to.description": "Last day (included), e.g. 2026-03-31",
  "privacy.report.to.placeholder": "2026-03-31",
  "privacy.report.form.title": "Report",
  "privacy.report.form.submit": "Make report",
  "privacy.report.title": "Report: {from} to {to}",
  "privacy.report.summary":
    "{active} members were active and gave {hours} hours on shifts. Totals only: no names. The CSV file has every figure.",
  "privacy.report.footer": "Days in {zone}; both days included.",
  "privacy.report.bad_date": "“{date}” isn't a date I can read. Write dates as year-month-day, e.g. 2026-01-31.",
  "privacy.report.backwards": "The first date is after the last one. Put the earlier date first.",
  "privacy.report.too_long": "A report can cover at most {years} years. Please choose a shorter range.",
  "privacy.figure.activeMembers": "Active members",
  "privacy.figure.newMembers": "New members",
  "privacy.figure.updatesPosted": "Project updates posted",
  "privacy.figure.updatesEdited": "Project updates edited",
  "privacy.figure.asksMade": "Asks for help",
  "privacy.figure.offersMade": "Offers of help",
  "privacy.figure.asksResolved": "Asks resolved",
  "privacy.figure.shiftsHeld": "Shifts held",
  "privacy.figure.shiftsFilled": "Shifts fully staffed",
  "privacy.figure.placesFilled": "Shift places filled",
  "privacy.figure.coverRequests": "Cover requests",
  "privacy.figure.coversCovered": "Shifts covered",
  "privacy.figure.volunteerHours": "Volunteer hours",
  "privacy.figure.meetingsHeld": "Meetings held",
  "privacy.figure.meetingAttendance": "Meeting attendance (going)",
} as const;

type Key = keyof typeof en;

export const cy: Readonly<Record<Key, string>> = {
  "privacy.description": "Beth mae Gather yn ei gadw amdanoch, pam, am ba hyd, a'ch hawliau",
  "privacy.notice.title": "Preifatrwydd yn {network}",
  "privacy.notice.intro":
    "Cydlynwyr {network} sy'n rhedeg Gather ar gyfer ei aelodau. Dyma beth mae'n ei gadw amdanoch, pam, ac am ba hyd.",
  "privacy.notice.what.label": "Beth sy'n cael ei gadw",
  "privacy.notice.what":
    "Eich enw a'ch cyfrif fel y mae eich platfform sgwrsio yn eu dangos, a'ch iaith a'ch cylchfa amser os gwnaethoch eu dewis. Yr hyn rydych yn ei bostio: diweddariadau prosiect (a fersiynau cynharach), ceisiadau a chynigion o help, yr hyn y gallwch helpu ag ef yn gyffredinol. Cyfarfodydd rydych yn eu hateb, sifftiau rydych yn eu cymryd, eu cyflenwi neu eu cyfnewid, a gwiriadau y mae cydlynydd yn eu cofnodi (y math, y statws a'r dyddiadau yn unig, byth dystysgrif). Y dyddiau y defnyddioch Gather, cownteri byrhoedlog sy'n atal gorlifo, a chofnod o newidiadau (pwy wnaeth beth, heb y testun).",
  "privacy.notice.why.label": "Pam",
  "privacy.notice.why":
    "I redeg cyfeiriadur prosiectau'r rhwydwaith, ei geisiadau am help, ei rota a'i gyfarfodydd; i anfon atoch y nodiadau atgoffa a'r negeseuon sydd eu hangen; ac i roi cyfansymiau i gyllidwyr a chynghorau, byth enwau.",
  "privacy.notice.how_long.label": "Am ba hyd",
  "privacy.notice.keep_line": "• {kind}: {days} diwrnod",
  "privacy.notice.how_long.rest":
    "Mae popeth arall yn cael ei gadw tra bydd yn cael ei ddefnyddio, neu nes i chi ofyn i gael eich anghofio. Gall cydlynwyr eich rhwydwaith fyrhau neu ymestyn y cyfnodau hyn.",
  "privacy.notice.rights.label": "Eich hawliau",
  "privacy.notice.rights":
    "Cael copi o bopeth sy'n cael ei gadw amdanoch: {export}. Cael eich anghofio: mae {forget} yn dileu eich enw a'r hyn a ysgrifennoch; dim ond cyfansymiau dienw sy'n aros. I gywiro rhywbeth, golygwch ef neu gofynnwch i gydlynydd.",
  "privacy.notice.contact.label": "Pwy i gysylltu â nhw",
  "privacy.notice.contact": "Cydlynwyr eich rhwydwaith: {names}.",
  "privacy.notice.contact.none":
    "Does gan eich rhwydwaith ddim cydlynydd eto: gofynnwch i bwy bynnag sy'n rhedeg eich gweithle neu'ch gweinydd.",
  "privacy.notice.footer":
    "Nid yw Gather yn gwerthu dim nac yn dangos hysbysebion. Mae Slack neu Discord hefyd yn cadw negeseuon mewn sianeli o dan eu telerau eu hunain.",
  "privacy.kind.audit": "Cofnod o newidiadau",
  "privacy.kind.activity": "Dyddiau y defnyddioch Gather",
  "privacy.kind.archivedUpdates": "Diweddariadau prosiect wedi'u harchifo, ar ôl eu harchifo",
  "privacy.kind.revisions": "Fersiynau cynharach o ddiweddariadau prosiect",
  "privacy.kind.closedAsks": "Ceisiadau wedi'u datrys neu eu cau, ar ôl iddynt ddod i ben",
  "privacy.kind.helpPings": "Cofnodion o negeseuon am geisiadau sy'n cyfateb",
  "privacy.kind.finishedJobs": "Nodiadau atgoffa a thasgau wedi'u hamserlennu sydd wedi gorffen",
  "privacy.kind.rateWindows": "Cownteri sy'n atal gorlifo",
  "privacy.kind.linkCodes": "Codau cysylltu wedi'u defnyddio neu wedi dod i ben",
  "privacy.kind.decidedSwaps": "Cyfnewid sifftiau, ar ôl penderfynu",
  "privacy.kind.expiredChecks": "Gwiriadau, ar ôl iddynt ddod i ben neu gael eu dirymu",

  "privacy.my_data.description": "Cael copi o bopeth mae Gather yn ei gadw amdanoch",
  "privacy.my_data.title": "Eich data",
  "privacy.my_data.text":
    "Dyma bopeth mae Gather yn ei gadw amdanoch yn y rhwydwaith hwn: {rows} cofnod o {tables} math o gofnod, yn y ffeil atodedig.",
  "privacy.my_data.footer": "Dim ond chi sy'n gallu gweld hyn. I gael eich anghofio, defnyddiwch {forget}.",

  "privacy.forget.description": "Dileu eich enw a'r hyn a ysgrifennoch o Gather",
  "privacy.forget.title": "Fy anghofio?",
  "privacy.forget.question":
    "Bydd Gather yn dileu eich enw, testun eich diweddariadau prosiect a'ch ceisiadau, yr hyn y cynigioch helpu ag ef, eich gwiriadau a'r cysylltiadau â'ch cyfrifon sgwrsio. Bydd lleoedd ar sifftiau sydd i ddod yn cael eu rhyddhau. Mae cyfansymiau dienw yn aros (er enghraifft, oriau gwirfoddoli). Does dim modd dadwneud hyn; os defnyddiwch Gather eto, byddwch yn dechrau o'r newydd. Eisiau copi yn gyntaf? Defnyddiwch {export} cyn ateb.",
  "privacy.forget.yes": "Iawn, anghofiwch fi",
  "privacy.forget.no": "Cadw fy nata",
  "privacy.forget.done":
    "Wedi'i wneud: mae Gather wedi eich anghofio. Mae eich enw a'r hyn a ysgrifennoch wedi'u dileu, a does dim cysylltiad â'ch cyfrif mwyach.",
  "privacy.forget.kept": "Does dim wedi newid: mae eich data yn cael ei gadw.",
  "privacy.forget.not_yours": "Roedd y botwm hwnnw ar gyfer rhywun arall, neu mae wedi'i ddefnyddio eisoes.",
  "privacy.forget.shifts_freed":
    "Gofynnodd aelod i Gather ei anghofio: mae lle yn rhydd eto ar sifft {shifts}. Efallai yr hoffech ddod o hyd i rywun.",

  "privacy.report.description":
    "Cyfansymiau i gyllidwyr: aelodau, diweddariadau, ceisiadau, sifftiau, oriau a chyfarfodydd",
  "privacy.report.usage": "{command} report 2026-01-01 2026-03-31",
  "privacy.report.from.label": "O",
  "privacy.report.from.description": "Y diwrnod cyntaf, e.e. 2026-01-01",
  "privacy.report.from.placeholder": "2026-01-01",
  "privacy.report.to.label": "I",
  "privacy.report.to.description": "Y diwrnod olaf (wedi'i gynnwys), e.e. 2026-03-31",
  "privacy.report.to.placeholder": "2026-03-31",
  "privacy.report.form.title": "Adroddiad",
  "privacy.report.form.submit": "Creu adroddiad",
  "privacy.report.title": "Adroddiad: {from} i {to}",
  "privacy.report.summary":
    "Roedd {active} aelod yn weithgar a rhoeson nhw {hours} awr ar sifftiau. Cyfansymiau yn unig: dim enwau. Mae pob ffigur yn y ffeil CSV.",
  "privacy.report.footer": "Dyddiau yn {zone}; mae'r ddau ddiwrnod wedi'u cynnwys.",
  "privacy.report.bad_date":
    "Alla i ddim darllen “{date}” fel dyddiad. Ysgrifennwch ddyddiadau fel blwyddyn-mis-diwrnod, e.e. 2026-01-31.",
  "privacy.report.backwards": "Mae'r dyddiad cyntaf ar ôl yr olaf. Rhowch y dyddiad cynharaf yn gyntaf.",
  "privacy.report.too_long": "Gall adroddiad gwmpasu {years} blynedd ar y mwyaf. Dewiswch gyfnod byrrach.",
  "privacy.figure.activeMembers": "Aelodau gweithgar",
  "privacy.figure.newMembers": "Aelodau newydd",
  "privacy.figure.updatesPosted": "Diweddariadau prosiect a bostiwyd",
  "privacy.figure.updatesEdited": "Diweddariadau prosiect a olygwyd",
  "privacy.figure.asksMade": "Ceisiadau am help",
  "privacy.figure.offersMade": "Cynigion o help",
  "privacy.figure.asksResolved": "Ceisiadau a ddatryswyd",
  "privacy.figure.shiftsHeld": "Sifftiau a gynhaliwyd",
  "privacy.figure.shiftsFilled": "Sifftiau â staff llawn",
  "privacy.figure.placesFilled": "Lleoedd ar sifftiau a lenwyd",
  "privacy.figure.coverRequests": "Ceisiadau am gyflenwi",
  "privacy.figure.coversCovered": "Sifftiau a gyflenwyd",
  "privacy.figure.volunteerHours": "Oriau gwirfoddoli",
  "privacy.figure.meetingsHeld": "Cyfarfodydd a gynhaliwyd",
  "privacy.figure.meetingAttendance": "Presenoldeb mewn cyfarfodydd (yn dod)",
};

export const nl: Readonly<Record<Key, string>> = {
  "privacy.description": "Wat Gather over je bewaart, waarom, hoe lang, en je rechten",
  "privacy.notice.title": "Privacy in {network}",
  "privacy.notice.intro":
    "Gather wordt gerund door de coördinatoren van {network} voor de leden. Dit is wat het over je bewaart, waarom en hoe lang.",
  "privacy.notice.what.label": "Wat wordt bewaard",
  "privacy.notice.what":
    "Je naam en account zoals je chatplatform ze toont, en je taal en tijdzone als je die koos. Wat je plaatst: projectupdates (en eerdere versies), hulpvragen en hulpaanbiedingen, waarmee je in het algemeen kunt helpen. Vergaderingen waarop je antwoordt, diensten die je neemt, overneemt of ruilt, en controles die een coördinator vastlegt (alleen soort, status en data, nooit een certificaat). De dagen waarop je Gather gebruikte, kortlevende tellers tegen overspoelen, en een logboek van wijzigingen (wie wat deed, zonder de tekst).",
  "privacy.notice.why.label": "Waarom",
  "privacy.notice.why":
    "Om de projectengids, hulpvragen, het rooster en de vergaderingen van het netwerk te laten werken; om je de herinneringen en berichten te sturen die daarvoor nodig zijn; en om financiers en gemeenten totalen te geven, nooit namen.",
  "privacy.notice.how_long.label": "Hoe lang",
  "privacy.notice.keep_line": "• {kind}: {days} dagen",
  "privacy.notice.how_long.rest":
    "Al het andere wordt bewaard zolang het in gebruik is, of tot je vraagt om vergeten te worden. De coördinatoren van je netwerk kunnen deze termijnen korter of langer maken.",
  "privacy.notice.rights.label": "Je rechten",
  "privacy.notice.rights":
    "Krijg een kopie van alles wat over je bewaard wordt: {export}. Vergeten worden: {forget} wist je naam en wat je schreef; alleen anonieme totalen blijven. Iets verbeteren: pas het aan of vraag een coördinator.",
  "privacy.notice.contact.label": "Contact",
  "privacy.notice.contact": "De coördinatoren van je netwerk: {names}.",
  "privacy.notice.contact.none":
    "Je netwerk heeft nog geen coördinator: vraag het aan wie je werkruimte of server beheert.",
  "privacy.notice.footer":
    "Gather verkoopt niets en toont geen advertenties. Berichten in kanalen worden ook door Slack of Discord bewaard, onder hun eigen voorwaarden.",
  "privacy.kind.audit": "Logboek van wijzigingen",
  "privacy.kind.activity": "Dagen waarop je Gather gebruikte",
  "privacy.kind.archivedUpdates": "Gearchiveerde projectupdates, na archivering",
  "privacy.kind.revisions": "Eerdere versies van projectupdates",
  "privacy.kind.closedAsks": "Opgeloste of gesloten hulpvragen, na afloop",
  "privacy.kind.helpPings": "Registraties van berichten over passende hulpvragen",
  "privacy.kind.finishedJobs": "Afgeronde herinneringen en geplande taken",
  "privacy.kind.rateWindows": "Tellers tegen overspoelen",
  "privacy.kind.linkCodes": "Gebruikte of verlopen koppelcodes",
  "privacy.kind.decidedSwaps": "Dienstruilen, na de beslissing",
  "privacy.kind.expiredChecks": "Controles, nadat ze verlopen of ingetrokken zijn",

  "privacy.my_data.description": "Krijg een kopie van alles wat Gather over je bewaart",
  "privacy.my_data.title": "Je gegevens",
  "privacy.my_data.text":
    "Hier is alles wat Gather in dit netwerk over je bewaart: {rows} records uit {tables} soorten records, in het bijgevoegde bestand.",
  "privacy.my_data.footer": "Alleen jij ziet dit. Wil je vergeten worden, gebruik dan {forget}.",

  "privacy.forget.description": "Wis je naam en wat je schreef uit Gather",
  "privacy.forget.title": "Mij vergeten?",
  "privacy.forget.question":
    "Gather wist je naam, de tekst van je projectupdates en hulpvragen, waarmee je aanbood te helpen, je controles en de koppelingen met je chataccounts. Plaatsen in komende diensten worden vrijgegeven. Anonieme totalen blijven (bijvoorbeeld vrijwilligersuren). Dit kan niet ongedaan worden gemaakt; gebruik je Gather later weer, dan begin je opnieuw. Eerst een kopie? Gebruik {export} voordat je antwoordt.",
  "privacy.forget.yes": "Ja, vergeet mij",
  "privacy.forget.no": "Bewaar mijn gegevens",
  "privacy.forget.done":
    "Klaar: Gather is je vergeten. Je naam en wat je schreef zijn gewist, en je account is niet meer gekoppeld.",
  "privacy.forget.kept": "Er is niets veranderd: je gegevens blijven bewaard.",
  "privacy.forget.not_yours": "Die knop was voor iemand anders, of hij is al gebruikt.",
  "privacy.forget.shifts_freed":
    "Een lid vroeg Gather om vergeten te worden: er is weer een plaats vrij in dienst {shifts}. Misschien wil je iemand zoeken.",

  "privacy.report.description": "Totalen voor financiers: leden, updates, hulpvragen, diensten, uren en vergaderingen",
  "privacy.report.usage": "{command} report 2026-01-01 2026-03-31",
  "privacy.report.from.label": "Van",
  "privacy.report.from.description": "Eerste dag, bijv. 2026-01-01",
  "privacy.report.from.placeholder": "2026-01-01",
  "privacy.report.to.label": "Tot en met",
  "privacy.report.to.description": "Laatste dag (inbegrepen), bijv. 2026-03-31",
  "privacy.report.to.placeholder": "2026-03-31",
  "privacy.report.form.title": "Rapport",
  "privacy.report.form.submit": "Rapport maken",
  "privacy.report.title": "Rapport: {from} tot en met {to}",
  "privacy.report.summary":
    "{active} leden waren actief en gaven {hours} uur aan diensten. Alleen totalen: geen namen. Het CSV-bestand bevat elk cijfer.",
  "privacy.report.footer": "Dagen in {zone}; beide dagen inbegrepen.",
  "privacy.report.bad_date":
    "“{date}” kan ik niet als datum lezen. Schrijf datums als jaar-maand-dag, bijv. 2026-01-31.",
  "privacy.report.backwards": "De eerste datum ligt na de laatste. Zet de vroegste datum eerst.",
  "privacy.report.too_long": "Een rapport beslaat hoogstens {years} jaar. Kies een kortere periode.",
  "privacy.figure.activeMembers": "Actieve leden",
  "privacy.figure.newMembers": "Nieuwe leden",
  "privacy.figure.updatesPosted": "Geplaatste projectupdates",
  "privacy.figure.updatesEdited": "Bewerkte projectupdates",
  "privacy.figure.asksMade": "Hulpvragen",
  "privacy.figure.offersMade": "Hulpaanbiedingen",
  "privacy.figure.asksResolved": "Opgeloste hulpvragen",
  "privacy.figure.shiftsHeld": "Gehouden diensten",
  "privacy.figure.shiftsFilled": "Volledig bezette diensten",
  "privacy.figure.placesFilled": "Bezette dienstplaatsen",
  "privacy.figure.coverRequests": "Verzoeken om vervanging",
  "privacy.figure.coversCovered": "Overgenomen diensten",
  "privacy.figure.volunteerHours": "Vrijwilligersuren",
  "privacy.figure.meetingsHeld": "Gehouden vergaderingen",
  "privacy.figure.meetingAttendance": "Aanwezigheid bij vergaderingen (komt)",
};
