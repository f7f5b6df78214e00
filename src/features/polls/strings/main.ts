/**
 * Polls.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const main = defineStrings({
  "polls.poll.description": {
    en: "Ask the network a question with 2 to 15 answers",
    cy: "Gofyn cwestiwn i'r rhwydwaith gyda 2 i 15 ateb",
    nl: "Stel het netwerk een vraag met 2 tot en met 15 antwoorden",
  },
  "polls.post.description": {
    en: "Start a poll: the question, then the options",
    cy: "Dechrau pôl: y cwestiwn, yna'r opsiynau",
    nl: "Start een peiling: de vraag, dan de opties",
  },
  "polls.post.usage": {
    en: "{command} Where shall we meet? | Library | Café | multiple anonymous | closes: Friday 5pm",
    cy: "{command} Ble awn ni i gwrdd? | Llyfrgell | Caffi | lluosog dienw | cau: dydd Gwener 5pm",
    nl: "{command} Waar spreken we af? | Bibliotheek | Café | meerdere anoniem | sluit: vrijdag 17:00",
  },
  "polls.form.title": {
    en: "Start a poll",
    cy: "Dechrau pôl",
    nl: "Een peiling starten",
  },
  "polls.form.submit": {
    en: "Post",
    cy: "Postio",
    nl: "Plaatsen",
  },
  "polls.opt.question": {
    en: "Question",
    cy: "Cwestiwn",
    nl: "Vraag",
  },
  "polls.opt.question.description": {
    en: "What you want to ask",
    cy: "Beth rydych chi am ei ofyn",
    nl: "Wat je wilt vragen",
  },
  "polls.opt.options": {
    en: "Options",
    cy: "Opsiynau",
    nl: "Opties",
  },
  "polls.opt.options.description": {
    en: "From 2 to 15 answers, one a line or with | between them",
    cy: "O 2 i 15 ateb, un ar bob llinell neu gyda | rhyngddynt",
    nl: "Van 2 tot en met 15 antwoorden, één per regel of met | ertussen",
  },
  "polls.opt.options.placeholder": {
    en: "Library\nCafé\nOnline",
    cy: "Llyfrgell\nCaffi\nAr-lein",
    nl: "Bibliotheek\nCafé\nOnline",
  },
  "polls.opt.flags": {
    en: "Kind",
    cy: "Math",
    nl: "Soort",
  },
  "polls.opt.flags.description": {
    en: "“multiple” to allow several answers, “anonymous” to hide who voted",
    cy: "“lluosog” i ganiatáu sawl ateb, “dienw” i guddio pwy bleidleisiodd",
    nl: "“meerdere” om meer antwoorden toe te laten, “anoniem” om te verbergen wie stemde",
  },
  "polls.opt.flags.placeholder": {
    en: "multiple anonymous",
    cy: "lluosog dienw",
    nl: "meerdere anoniem",
  },
  "polls.opt.closes": {
    en: "Closes",
    cy: "Yn cau",
    nl: "Sluit",
  },
  "polls.opt.closes.description": {
    en: "When voting ends, e.g. Friday 5pm (optional)",
    cy: "Pryd mae'r pleidleisio'n dod i ben, e.e. dydd Gwener 5pm (dewisol)",
    nl: "Wanneer het stemmen stopt, bv. vrijdag 17:00 (niet verplicht)",
  },
  "polls.opt.closes.placeholder": {
    en: "Friday 5pm",
    cy: "dydd Gwener 5pm",
    nl: "vrijdag 17:00",
  },
  "polls.opt.number.description": {
    en: "The poll's number, e.g. 3",
    cy: "Rhif y pôl, e.e. 3",
    nl: "Het nummer van de peiling, bv. 3",
  },
  "polls.flag.unknown": {
    en: "“{word}” is not a kind of poll. Use “multiple”, “anonymous” or both.",
    cy: "Nid yw “{word}” yn fath o bôl. Defnyddiwch “lluosog”, “dienw” neu'r ddau.",
    nl: "“{word}” is geen soort peiling. Gebruik “meerdere”, “anoniem” of allebei.",
  },
  "polls.options.count": {
    en: "A poll needs from 2 to 15 options. Options given: {count}. Put | between them.",
    cy: "Mae angen o 2 i 15 opsiwn ar bôl. Opsiynau a roddwyd: {count}. Rhowch | rhyngddynt.",
    nl: "Een peiling heeft van 2 tot en met 15 opties nodig. Gegeven opties: {count}. Zet | ertussen.",
  },
  "polls.options.long": {
    en: "Keep each option to {max} characters at most: it goes on a button.",
    cy: "Mae pob opsiwn yn mynd ar fotwm: {max} nod ar y mwyaf.",
    nl: "Elke optie komt op een knop: hoogstens {max} tekens.",
  },
  "polls.options.twice": {
    en: "“{option}” is there twice. Give each option once.",
    cy: "Mae “{option}” yno ddwywaith. Rhowch bob opsiwn unwaith.",
    nl: "“{option}” staat er twee keer. Geef elke optie één keer.",
  },
  "polls.closes.past": {
    en: "That closing time has passed. Give a time still to come.",
    cy: "Mae'r amser cau hwnnw wedi mynd heibio. Rhowch amser yn y dyfodol.",
    nl: "Dat sluitingstijdstip is voorbij. Geef een tijdstip in de toekomst.",
  },
  "polls.not_found": {
    en: "There is no poll #{number}. See the polls with /poll list.",
    cy: "Does dim pôl #{number}. Edrychwch ar y polau gyda /poll list.",
    nl: "Er is geen peiling #{number}. Bekijk de peilingen met /poll list.",
  },
  "polls.not_yours": {
    en: "Only whoever started poll #{number}, or a coordinator, can close it.",
    cy: "Dim ond pwy bynnag a ddechreuodd bôl #{number}, neu gydlynydd, all ei gau.",
    nl: "Alleen wie peiling #{number} startte, of een coördinator, kan ze sluiten.",
  },
  "polls.already_closed": {
    en: "Poll #{number} is already closed.",
    cy: "Mae pôl #{number} eisoes ar gau.",
    nl: "Peiling #{number} is al gesloten.",
  },
  "polls.closed": {
    en: "Poll #{number} is closed; its results are posted.",
    cy: "Mae pôl #{number} ar gau; mae ei ganlyniadau wedi'u postio.",
    nl: "Peiling #{number} is gesloten; de resultaten zijn geplaatst.",
  },
  "polls.close.description": {
    en: "Close a poll now and post its results",
    cy: "Cau pôl nawr a phostio ei ganlyniadau",
    nl: "Sluit een peiling nu en plaats de resultaten",
  },
  "polls.close.usage": {
    en: "{command} close 3",
    cy: "{command} close 3",
    nl: "{command} close 3",
  },
  "polls.results.description": {
    en: "A poll's results as a spreadsheet (CSV), for coordinators",
    cy: "Canlyniadau pôl fel taenlen (CSV), i gydlynwyr",
    nl: "De resultaten van een peiling als spreadsheet (CSV), voor coördinatoren",
  },
  "polls.results.usage": {
    en: "{command} results 3",
    cy: "{command} results 3",
    nl: "{command} results 3",
  },
  "polls.results.done": {
    en: {
      one: "Results of poll #{number}: {count} person voted.",
      other: "Results of poll #{number}: {count} people voted.",
    },
    cy: "Canlyniadau pôl #{number}. Pobl a bleidleisiodd: {count}.",
    nl: "Resultaten van peiling #{number}. Mensen die stemden: {count}.",
  },
  "polls.list.description": {
    en: "The open polls, then the latest closed ones",
    cy: "Y polau agored, yna'r rhai diweddaraf a gaewyd",
    nl: "De open peilingen, dan de laatst gesloten",
  },
  "polls.list.title": {
    en: "Polls",
    cy: "Polau",
    nl: "Peilingen",
  },
  "polls.list.empty": {
    en: "No polls yet. Start one with /poll Question | option | option.",
    cy: "Dim polau eto. Dechreuwch un gyda /poll Cwestiwn | opsiwn | opsiwn.",
    nl: "Nog geen peilingen. Start er één met /poll Vraag | optie | optie.",
  },
  "polls.list.open": {
    en: "open",
    cy: "ar agor",
    nl: "open",
  },
  "polls.card.by": {
    en: "Poll #{number} from",
    cy: "Pôl #{number} gan",
    nl: "Peiling #{number} van",
  },
  "polls.card.single": {
    en: "one answer",
    cy: "un ateb",
    nl: "één antwoord",
  },
  "polls.card.multiple": {
    en: "several answers allowed",
    cy: "caniateir sawl ateb",
    nl: "meer antwoorden mogelijk",
  },
  "polls.card.named": {
    en: "names shown",
    cy: "enwau'n cael eu dangos",
    nl: "namen zichtbaar",
  },
  "polls.card.anonymous": {
    en: "anonymous",
    cy: "dienw",
    nl: "anoniem",
  },
  "polls.card.voters": {
    en: { one: "{count} person voted", other: "{count} people voted" },
    cy: "Pleidleiswyr: {count}",
    nl: "Stemmers: {count}",
  },
  "polls.card.more": {
    en: "and {count} more",
    cy: "a {count} arall",
    nl: "en nog {count}",
  },
  "polls.card.closed": {
    en: "closed",
    cy: "ar gau",
    nl: "gesloten",
  },
  "polls.card.closes": {
    en: "Closes:",
    cy: "Yn cau:",
    nl: "Sluit:",
  },
  "polls.card.results_title": {
    en: "Results: {question}",
    cy: "Canlyniadau: {question}",
    nl: "Resultaten: {question}",
  },
  "polls.vote.added": {
    en: "Your vote for “{option}” is counted on poll #{number}.",
    cy: "Mae eich pleidlais wedi'i chyfrif ar bôl #{number}: “{option}”.",
    nl: "Je stem voor “{option}” is geteld bij peiling #{number}.",
  },
  "polls.vote.moved": {
    en: "Your vote on poll #{number} is now for “{option}”.",
    cy: "Mae eich pleidlais ar bôl #{number} wedi newid: “{option}”.",
    nl: "Je stem bij peiling #{number} gaat nu naar “{option}”.",
  },
  "polls.vote.removed": {
    en: "Your vote for “{option}” on poll #{number} is taken back.",
    cy: "Mae eich pleidlais ar bôl #{number} wedi'i thynnu'n ôl: “{option}”.",
    nl: "Je stem voor “{option}” bij peiling #{number} is ingetrokken.",
  },
  "polls.vote.closed": {
    en: "Poll #{number} is closed: votes are no longer counted.",
    cy: "Mae pôl #{number} ar gau: nid yw pleidleisiau'n cael eu cyfrif mwyach.",
    nl: "Peiling #{number} is gesloten: stemmen tellen niet meer mee.",
  },
  "polls.kind.closedPolls": {
    en: "Closed polls and their votes, after they close",
    cy: "Polau sydd ar gau a'u pleidleisiau, ar ôl iddynt gau",
    nl: "Gesloten peilingen en hun stemmen, na het sluiten",
  },
  "polls.figure.pollsRun": {
    en: "Polls started",
    cy: "Polau a ddechreuwyd",
    nl: "Gestarte peilingen",
  },
  "polls.figure.pollVotes": {
    en: "Votes cast",
    cy: "Pleidleisiau a fwriwyd",
    nl: "Uitgebrachte stemmen",
  },
  "polls.figure.pollResponses": {
    en: "Poll responses (one per person per poll)",
    cy: "Ymatebion i bolau (un i bob person ar bob pôl)",
    nl: "Antwoorden op peilingen (één per persoon per peiling)",
  },
});
