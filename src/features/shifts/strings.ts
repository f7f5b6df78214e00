/**
 * Volunteer shifts: the rota, cover, swaps, checks and hours.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../core/i18n/define.js";

export const strings = defineStrings({
  "shift.description": {
    en: "Volunteer shifts: sign up, ask for cover, claim, swap, checks and hours",
    cy: "Shifftiau gwirfoddolwyr: cofrestru, gofyn am gyflenwi, hawlio, cyfnewid, gwiriadau ac oriau",
    nl: "Vrijwilligersdiensten: inschrijven, vervanging vragen, overnemen, ruilen, screenings en uren",
  },
  "shift.opt.number": {
    en: "Shift",
    cy: "Shifft",
    nl: "Dienst",
  },
  "shift.opt.number.description": {
    en: "The shift's number, e.g. 12",
    cy: "Rhif y shifft, e.e. 12",
    nl: "Het nummer van de dienst, bijv. 12",
  },
  "shift.opt.mine": {
    en: "Your shift",
    cy: "Eich shifft",
    nl: "Jouw dienst",
  },
  "shift.opt.theirs": {
    en: "Their shift",
    cy: "Eu shifft",
    nl: "Hun dienst",
  },
  "shift.opt.role": {
    en: "Role",
    cy: "Rôl",
    nl: "Taak",
  },
  "shift.opt.role.description": {
    en: "What the volunteer does, e.g. Front desk",
    cy: "Beth mae'r gwirfoddolwr yn ei wneud, e.e. Desg flaen",
    nl: "Wat de vrijwilliger doet, bijv. Receptie",
  },
  "shift.opt.when": {
    en: "When",
    cy: "Pryd",
    nl: "Wanneer",
  },
  "shift.opt.when.description": {
    en: "Day and times, in the network's time zone",
    cy: "Diwrnod ac amseroedd, yng nghylchfa amser y rhwydwaith",
    nl: "Dag en tijden, in de tijdzone van het netwerk",
  },
  "shift.opt.when.placeholder": {
    en: "2026-12-05 10:00-13:00",
    cy: "2026-12-05 10:00-13:00",
    nl: "2026-12-05 10:00-13:00",
  },
  "shift.opt.place": {
    en: "Place",
    cy: "Lle",
    nl: "Plaats",
  },
  "shift.opt.place.description": {
    en: "Where it happens",
    cy: "Ble mae'n digwydd",
    nl: "Waar het plaatsvindt",
  },
  "shift.opt.capacity": {
    en: "Places",
    cy: "Lleoedd",
    nl: "Plaatsen",
  },
  "shift.opt.capacity.description": {
    en: "How many volunteers it needs (1 if blank)",
    cy: "Faint o wirfoddolwyr sydd eu hangen (1 os yn wag)",
    nl: "Hoeveel vrijwilligers nodig zijn (1 als leeg)",
  },
  "shift.opt.checks": {
    en: "Checks needed",
    cy: "Gwiriadau angenrheidiol",
    nl: "Vereiste screenings",
  },
  "shift.opt.checks.description": {
    en: "Checks a volunteer must hold on the day, separated by spaces",
    cy: "Gwiriadau y mae'n rhaid i wirfoddolwr eu dal ar y diwrnod, wedi'u gwahanu gan fylchau",
    nl: "Screenings die een vrijwilliger op de dag moet hebben, gescheiden door spaties",
  },
  "shift.opt.checks.placeholder": {
    en: "dbs_enhanced safeguarding",
    cy: "dbs_enhanced safeguarding",
    nl: "dbs_enhanced safeguarding",
  },
  "shift.opt.csv": {
    en: "Shifts (CSV)",
    cy: "Shifftiau (CSV)",
    nl: "Diensten (CSV)",
  },
  "shift.opt.csv.description": {
    en: "One shift a line: role,date,start,end,place,capacity,checks",
    cy: "Un shifft y llinell: role,date,start,end,place,capacity,checks",
    nl: "Eén dienst per regel: role,date,start,end,place,capacity,checks",
  },
  "shift.opt.csv.placeholder": {
    en: "role,date,start,end,place,capacity,checks",
    cy: "role,date,start,end,place,capacity,checks",
    nl: "role,date,start,end,place,capacity,checks",
  },
  "shift.opt.reason": {
    en: "Reason",
    cy: "Rheswm",
    nl: "Reden",
  },
  "shift.opt.reason.description": {
    en: "Why you need cover: only coordinators see it",
    cy: "Pam mae angen cyflenwi arnoch: dim ond cydlynwyr sy'n ei weld",
    nl: "Waarom je vervanging nodig hebt: alleen coördinatoren zien dit",
  },
  "shift.opt.reason.placeholder": {
    en: "Only coordinators see this.",
    cy: "Dim ond cydlynwyr sy'n gweld hwn.",
    nl: "Alleen coördinatoren zien dit.",
  },
  "shift.opt.with": {
    en: "With",
    cy: "Gyda",
    nl: "Met",
  },
  "shift.opt.with.description": {
    en: "Who to swap with, when their shift has several volunteers",
    cy: "Gyda phwy i gyfnewid, pan fo sawl gwirfoddolwr ar eu shifft",
    nl: "Met wie je ruilt, als er meerdere vrijwilligers op hun dienst staan",
  },
  "shift.opt.member": {
    en: "Member",
    cy: "Aelod",
    nl: "Lid",
  },
  "shift.opt.member.description": {
    en: "A mention or the member's name",
    cy: "Cyfeiriad at yr aelod neu ei enw",
    nl: "Een vermelding of de naam van het lid",
  },
  "shift.opt.checks_member.description": {
    en: "Coordinators: whose checks to show",
    cy: "Cydlynwyr: gwiriadau pwy i'w dangos",
    nl: "Coördinatoren: wiens screenings je wilt zien",
  },
  "shift.opt.kind": {
    en: "Check",
    cy: "Gwiriad",
    nl: "Screening",
  },
  "shift.opt.kind.description": {
    en: "The kind of check, e.g. dbs_enhanced or safeguarding",
    cy: "Y math o wiriad, e.e. dbs_enhanced neu safeguarding",
    nl: "Het soort screening, bijv. dbs_enhanced of safeguarding",
  },
  "shift.opt.kind.placeholder": {
    en: "dbs_enhanced",
    cy: "dbs_enhanced",
    nl: "dbs_enhanced",
  },
  "shift.opt.expiry": {
    en: "Expires",
    cy: "Yn dod i ben",
    nl: "Verloopt",
  },
  "shift.opt.expiry.description": {
    en: "The last day it is valid (YYYY-MM-DD), or none",
    cy: "Y diwrnod olaf y mae'n ddilys (BBBB-MM-DD), neu none",
    nl: "De laatste geldige dag (JJJJ-MM-DD), of none",
  },
  "shift.opt.expiry.placeholder": {
    en: "2027-05-01",
    cy: "2027-05-01",
    nl: "2027-05-01",
  },
  "shift.opt.status": {
    en: "Status",
    cy: "Statws",
    nl: "Status",
  },
  "shift.opt.status.description": {
    en: "valid, pending or revoked (valid if blank)",
    cy: "valid, pending neu revoked (valid os yn wag)",
    nl: "valid, pending of revoked (valid als leeg)",
  },
  "shift.opt.scope": {
    en: "Whose",
    cy: "Pwy",
    nl: "Van wie",
  },
  "shift.opt.scope.description": {
    en: "Coordinators: “all” for every volunteer",
    cy: "Cydlynwyr: “all” ar gyfer pob gwirfoddolwr",
    nl: "Coördinatoren: “all” voor alle vrijwilligers",
  },
  "shift.list.description": {
    en: "Upcoming shifts with free places",
    cy: "Shifftiau i ddod gyda lleoedd rhydd",
    nl: "Komende diensten met vrije plaatsen",
  },
  "shift.list.title": {
    en: "Upcoming shifts",
    cy: "Shifftiau i ddod",
    nl: "Komende diensten",
  },
  "shift.list.empty": {
    en: "No upcoming shifts yet.",
    cy: "Dim shifftiau i ddod eto.",
    nl: "Nog geen komende diensten.",
  },
  "shift.list.yours": {
    en: "you're on it",
    cy: "rydych chi arni",
    nl: "jij staat erop",
  },
  "shift.list.footer": {
    en: "Tap Sign up, or type {command} signup <number>.",
    cy: "Tapiwch Cofrestru, neu teipiwch {command} signup <rhif>.",
    nl: "Tik op Inschrijven, of typ {command} signup <nummer>.",
  },
  "shift.places.free": {
    en: "{free} of {capacity} places free",
    cy: "{free} o {capacity} lle yn rhydd",
    nl: "{free} van {capacity} plaatsen vrij",
  },
  "shift.places.full": {
    en: "full",
    cy: "llawn",
    nl: "vol",
  },
  "shift.needs": {
    en: "needs {checks}",
    cy: "angen {checks}",
    nl: "vereist {checks}",
  },
  "shift.button.signup": {
    en: "Sign up #{number}",
    cy: "Cofrestru #{number}",
    nl: "Inschrijven #{number}",
  },
  "shift.button.cover": {
    en: "Need cover #{number}",
    cy: "Angen cyflenwi #{number}",
    nl: "Vervanging #{number}",
  },
  "shift.button.claim": {
    en: "Claim",
    cy: "Hawlio",
    nl: "Overnemen",
  },
  "shift.button.approve": {
    en: "Approve",
    cy: "Cymeradwyo",
    nl: "Goedkeuren",
  },
  "shift.button.decline": {
    en: "Decline",
    cy: "Gwrthod",
    nl: "Afwijzen",
  },
  "shift.button.accept": {
    en: "Accept",
    cy: "Derbyn",
    nl: "Accepteren",
  },
  "shift.button.yes": {
    en: "Yes, I'm coming",
    cy: "Ydw, dwi'n dod",
    nl: "Ja, ik kom",
  },
  "shift.button.cant": {
    en: "Can't make it",
    cy: "Alla i ddim dod",
    nl: "Lukt niet",
  },
  "shift.signup.description": {
    en: "Take a free place on a shift",
    cy: "Cymryd lle rhydd ar shifft",
    nl: "Neem een vrije plaats in een dienst",
  },
  "shift.signup.usage": {
    en: "{command} signup 12",
    cy: "{command} signup 12",
    nl: "{command} signup 12",
  },
  "shift.signup.done": {
    en: "You're on shift #{number} {role}. Thank you! It starts",
    cy: "Rydych chi ar shifft #{number} {role}. Diolch! Mae'n dechrau",
    nl: "Je staat op dienst #{number} {role}. Dank je wel! Begint",
  },
  "shift.not_found": {
    en: "There is no shift #{number}. See upcoming shifts with /shift list.",
    cy: "Does dim shifft #{number}. Gwelwch y shifftiau i ddod gyda /shift list.",
    nl: "Er is geen dienst #{number}. Zie de komende diensten met /shift list.",
  },
  "shift.past": {
    en: "Shift #{number} has already started, so it can't change now.",
    cy: "Mae shifft #{number} eisoes wedi dechrau, felly does dim modd ei newid nawr.",
    nl: "Dienst #{number} is al begonnen en kan nu niet meer veranderen.",
  },
  "shift.full": {
    en: "Shift #{number} is full. Try another one from /shift list.",
    cy: "Mae shifft #{number} yn llawn. Rhowch gynnig ar un arall o /shift list.",
    nl: "Dienst #{number} is vol. Probeer een andere uit /shift list.",
  },
  "shift.already_on": {
    en: "You're already on shift #{number}.",
    cy: "Rydych chi eisoes ar shifft #{number}.",
    nl: "Je staat al op dienst #{number}.",
  },
  "shift.not_yours": {
    en: "You're not on shift #{number}. See yours with /shift mine.",
    cy: "Dydych chi ddim ar shifft #{number}. Gwelwch eich rhai chi gyda /shift mine.",
    nl: "Je staat niet op dienst #{number}. Zie de jouwe met /shift mine.",
  },
  "shift.not_eligible": {
    en: "You can't take shift #{number}: {why}. Nothing has changed.",
    cy: "Allwch chi ddim cymryd shifft #{number}: {why}. Does dim wedi newid.",
    nl: "Je kunt dienst #{number} niet nemen: {why}. Er is niets veranderd.",
  },
  "shift.why.already_on": {
    en: "already on shift #{number}",
    cy: "eisoes ar shifft #{number}",
    nl: "staat al op dienst #{number}",
  },
  "shift.why.check_missing": {
    en: "it needs a valid {check} check",
    cy: "mae angen gwiriad {check} dilys",
    nl: "er is een geldige {check}-screening nodig",
  },
  "shift.why.check_pending": {
    en: "the {check} check is still pending",
    cy: "mae'r gwiriad {check} yn dal i aros",
    nl: "de {check}-screening is nog in behandeling",
  },
  "shift.why.check_expired": {
    en: "the {check} check expires on {date}, before the shift ends",
    cy: "mae'r gwiriad {check} yn dod i ben ar {date}, cyn i'r shifft orffen",
    nl: "de {check}-screening verloopt op {date}, voordat de dienst eindigt",
  },
  "shift.why.overlap": {
    en: "it overlaps shift #{other}",
    cy: "mae'n gorgyffwrdd â shifft #{other}",
    nl: "hij overlapt met dienst #{other}",
  },
  "shift.mine.description": {
    en: "Your upcoming shifts, with a calendar file",
    cy: "Eich shifftiau i ddod, gyda ffeil calendr",
    nl: "Je komende diensten, met een agendabestand",
  },
  "shift.mine.title": {
    en: "Your shifts",
    cy: "Eich shifftiau",
    nl: "Jouw diensten",
  },
  "shift.mine.empty": {
    en: "You have no upcoming shifts. Find one with {command} list.",
    cy: "Does gennych chi ddim shifftiau i ddod. Dewch o hyd i un gyda {command} list.",
    nl: "Je hebt geen komende diensten. Zoek er een met {command} list.",
  },
  "shift.mine.footer": {
    en: "The .ics file adds them to your calendar. Tap Need cover if you can't make one.",
    cy: "Mae'r ffeil .ics yn eu hychwanegu at eich calendr. Tapiwch Angen cyflenwi os na allwch ddod.",
    nl: "Het .ics-bestand zet ze in je agenda. Tik op Vervanging als je niet kunt.",
  },
  "shift.card.when": {
    en: "When",
    cy: "Pryd",
    nl: "Wanneer",
  },
  "shift.card.place": {
    en: "Where",
    cy: "Ble",
    nl: "Waar",
  },
  "shift.card.checks": {
    en: "Checks needed",
    cy: "Gwiriadau angenrheidiol",
    nl: "Vereiste screenings",
  },
  "shift.cover.description": {
    en: "Ask someone to cover your shift",
    cy: "Gofyn i rywun gyflenwi eich shifft",
    nl: "Vraag iemand je dienst over te nemen",
  },
  "shift.cover.usage": {
    en: "{command} cover 12 [reason, seen only by coordinators]",
    cy: "{command} cover 12 [rheswm, i gydlynwyr yn unig]",
    nl: "{command} cover 12 [reden, alleen zichtbaar voor coördinatoren]",
  },
  "shift.cover.form_title": {
    en: "Ask for cover",
    cy: "Gofyn am gyflenwi",
    nl: "Vervanging vragen",
  },
  "shift.cover.submit": {
    en: "Ask",
    cy: "Gofyn",
    nl: "Vragen",
  },
  "shift.cover.title": {
    en: "Cover needed: shift #{number} {role}",
    cy: "Angen cyflenwi: shifft #{number} {role}",
    nl: "Vervanging gezocht: dienst #{number} {role}",
  },
  "shift.cover.text": {
    en: "Can you take this shift? The first to claim it gets it.",
    cy: "Allwch chi gymryd y shifft hon? Y cyntaf i'w hawlio sy'n ei chael.",
    nl: "Kun jij deze dienst nemen? Wie het eerst overneemt, krijgt hem.",
  },
  "shift.cover.by": {
    en: "Cover for",
    cy: "Cyflenwi i",
    nl: "Vervanging voor",
  },
  "shift.cover.already": {
    en: "You've already asked for cover on shift #{number}.",
    cy: "Rydych chi eisoes wedi gofyn am gyflenwi ar shifft #{number}.",
    nl: "Je hebt al vervanging gevraagd voor dienst #{number}.",
  },
  "shift.remove.description": {
    en: "Coordinators: take a volunteer off a shift; they are told",
    cy: "Cydlynwyr: tynnu gwirfoddolwr oddi ar shifft; caiff wybod",
    nl: "Coördinatoren: haal een vrijwilliger van een dienst; die krijgt bericht",
  },
  "shift.remove.usage": {
    en: "{command} remove 12 @member",
    cy: "{command} remove 12 @aelod",
    nl: "{command} remove 12 @lid",
  },
  "shift.remove.changed": {
    en: "Shift #{number} changed just now. Nothing was removed: please look again.",
    cy: "Newidiodd shifft #{number} gynnau. Does dim wedi'i dynnu: edrychwch eto.",
    nl: "Dienst #{number} is net veranderd. Er is niemand verwijderd: kijk nog eens.",
  },
  "shift.remove.done": {
    en: "Took {name} off shift #{number}; they have been told.",
    cy: "Tynnwyd {name} oddi ar shifft #{number}; maen nhw wedi cael gwybod.",
    nl: "{name} staat niet meer op dienst #{number} en heeft bericht gekregen.",
  },
  "shift.remove.done_untold": {
    en: "Took {name} off shift #{number}. I couldn't message {name}, so please let them know.",
    cy: "Tynnwyd {name} oddi ar shifft #{number}. Methais anfon neges at {name}, felly rhowch wybod iddyn nhw.",
    nl: "{name} staat niet meer op dienst #{number}. Ik kon {name} geen bericht sturen, laat het hen zelf weten.",
  },
  "shift.remove.to_holder_title": {
    en: "Off the rota: shift #{number} {role}",
    cy: "Oddi ar y rota: shifft #{number} {role}",
    nl: "Van het rooster: dienst #{number} {role}",
  },
  "shift.remove.to_holder": {
    en: "took you off shift #{number} {role}, which was on",
    cy: "wedi eich tynnu oddi ar shifft #{number} {role}, a oedd ar",
    nl: "haalde je van dienst #{number} {role}, op",
  },
  "shift.remove.to_holder_thanks": {
    en: "You don't need to go. If this is a surprise, ask a coordinator.",
    cy: "Does dim angen i chi fynd. Os yw hyn yn syndod, holwch gydlynydd.",
    nl: "Je hoeft niet te komen. Verrast? Vraag het een coördinator.",
  },
  "shift.remove.to_claimant": {
    en: "The cover request for shift #{number} was dropped, so your claim on it is no longer needed. Thank you for offering.",
    cy: "Cafodd y cais am gyflenwi ar shifft #{number} ei ollwng, felly does dim angen eich hawliad mwyach. Diolch am gynnig.",
    nl: "Het vervangingsverzoek voor dienst #{number} is vervallen, dus je aanbod is niet meer nodig. Bedankt!",
  },
  "shift.opt.cover_for_member.description": {
    en: "The volunteer on the shift: a mention or their name",
    cy: "Y gwirfoddolwr ar y shifft: cyfeiriad ato neu ei enw",
    nl: "De vrijwilliger op de dienst: een vermelding of de naam",
  },
  "shift.cover_for.description": {
    en: "Coordinators: ask for cover for a volunteer who can't come",
    cy: "Cydlynwyr: gofyn am gyflenwi i wirfoddolwr sy'n methu dod",
    nl: "Coördinatoren: vraag vervanging voor een vrijwilliger die niet kan komen",
  },
  "shift.cover_for.usage": {
    en: "{command} cover-for 12 @member [| reason, seen only by coordinators]",
    cy: "{command} cover-for 12 @aelod [| rheswm, i gydlynwyr yn unig]",
    nl: "{command} cover-for 12 @lid [| reden, alleen zichtbaar voor coördinatoren]",
  },
  "shift.cover_for.not_on": {
    en: "{name} isn't on shift #{number}. Nothing has changed.",
    cy: "Dydy {name} ddim ar shifft #{number}. Does dim wedi newid.",
    nl: "{name} staat niet op dienst #{number}. Er is niets veranderd.",
  },
  "shift.cover_for.already": {
    en: "Cover has already been asked for {name}'s place on shift #{number}.",
    cy: "Mae cais am gyflenwi lle {name} ar shifft #{number} eisoes.",
    nl: "Er is al vervanging gevraagd voor de plek van {name} op dienst #{number}.",
  },
  "shift.cover_for.coordinator_text": {
    en: "asked for cover for {name} on shift #{number} {role}, starting",
    cy: "wedi gofyn am gyflenwi i {name} ar shifft #{number} {role}, yn dechrau",
    nl: "vroeg vervanging voor {name} op dienst #{number} {role}, die begint",
  },
  "shift.cover_for.to_holder_title": {
    en: "Cover asked for you: shift #{number}",
    cy: "Cais am gyflenwi i chi: shifft #{number}",
    nl: "Vervanging voor je gevraagd: dienst #{number}",
  },
  "shift.cover_for.to_holder": {
    en: "asked for someone to cover you on shift #{number}. You keep your place until someone claims it. The shift starts",
    cy: "wedi gofyn i rywun gyflenwi i chi ar shifft #{number}. Rydych chi'n cadw'ch lle nes i rywun ei hawlio. Mae'r shifft yn dechrau",
    nl: "vroeg iemand om je te vervangen op dienst #{number}. Je houdt je plek tot iemand hem overneemt. De dienst begint",
  },
  "shift.cover_for.to_holder_withdraw": {
    en: "Can come after all? {command} takes the request back.",
    cy: "Yn gallu dod wedi'r cyfan? Mae {command} yn tynnu'r cais yn ôl.",
    nl: "Kun je toch komen? Met {command} trek je het verzoek in.",
  },
  "shift.cover_for.asked": {
    en: "Cover requested for {name} on shift #{number}; {name} has been told.",
    cy: "Gofynnwyd am gyflenwi i {name} ar shifft #{number}; mae {name} wedi cael gwybod.",
    nl: "Vervanging gevraagd voor {name} op dienst #{number}; {name} weet het.",
  },
  "shift.cover_for.asked_untold": {
    en: "Cover requested for {name} on shift #{number}. I couldn't message {name}, so please let them know.",
    cy: "Gofynnwyd am gyflenwi i {name} ar shifft #{number}. Methais anfon neges at {name}, felly rhowch wybod iddyn nhw.",
    nl: "Vervanging gevraagd voor {name} op dienst #{number}. Ik kon {name} geen bericht sturen, laat het hen zelf weten.",
  },
  "shift.cover.asked": {
    en: "Cover requested for shift #{number}. You're still on it until someone claims it.",
    cy: "Gofynnwyd am gyflenwi ar shifft #{number}. Rydych chi'n dal arni nes i rywun ei hawlio.",
    nl: "Vervanging gevraagd voor dienst #{number}. Je blijft erop staan tot iemand hem overneemt.",
  },
  "shift.cover.asked_there": {
    en: "Cover requested for shift #{number} in the shifts channel. You're still on it until someone claims it.",
    cy: "Gofynnwyd am gyflenwi ar shifft #{number} yn sianel y shifftiau. Rydych chi'n dal arni nes i rywun ei hawlio.",
    nl: "Vervanging gevraagd voor dienst #{number} in het dienstenkanaal. Je blijft erop staan tot iemand hem overneemt.",
  },
  "shift.cover.coordinator_title": {
    en: "Cover requested: shift #{number} {role}",
    cy: "Cais am gyflenwi: shifft #{number} {role}",
    nl: "Vervanging gevraagd: dienst #{number} {role}",
  },
  "shift.cover.late_title": {
    en: "Late cancellation: shift #{number} {role} starts within 24 hours",
    cy: "Canslo hwyr: mae shifft #{number} {role} yn dechrau o fewn 24 awr",
    nl: "Late afmelding: dienst #{number} {role} begint binnen 24 uur",
  },
  "shift.cover.coordinator_text": {
    en: "asked for cover on shift #{number} {role}, starting",
    cy: "wedi gofyn am gyflenwi ar shifft #{number} {role}, yn dechrau",
    nl: "vroeg vervanging voor dienst #{number} {role}, begint",
  },
  "shift.cover.own": {
    en: "That's your own shift (#{number}): you can't claim it.",
    cy: "Eich shifft eich hun yw honno (#{number}): allwch chi ddim ei hawlio.",
    nl: "Dat is je eigen dienst (#{number}): die kun je niet overnemen.",
  },
  "shift.cover.taken": {
    en: "Thanks for offering! Someone has already taken shift #{number}.",
    cy: "Diolch am gynnig! Mae rhywun eisoes wedi cymryd shifft #{number}.",
    nl: "Bedankt voor je aanbod! Iemand heeft dienst #{number} al genomen.",
  },
  "shift.cover.closed": {
    en: "Shift #{number} no longer needs cover. Thanks for offering!",
    cy: "Does dim angen cyflenwi ar shifft #{number} mwyach. Diolch am gynnig!",
    nl: "Dienst #{number} heeft geen vervanging meer nodig. Bedankt voor je aanbod!",
  },
  "shift.cover.gone": {
    en: "Shift #{number} changed hands meanwhile, so nothing was changed. Please look again.",
    cy: "Newidiodd shifft #{number} ddwylo yn y cyfamser, felly newidiwyd dim. Edrychwch eto.",
    nl: "Dienst #{number} is intussen van iemand anders geworden, dus er is niets veranderd. Kijk nog eens.",
  },
  "shift.cover.covered": {
    en: "is covering shift #{number} {role}. Thank you!",
    cy: "yn cyflenwi shifft #{number} {role}. Diolch!",
    nl: "neemt dienst #{number} {role} over. Dank je wel!",
  },
  "shift.cover.yours": {
    en: "Shift #{number} is yours now. It's in /shift mine.",
    cy: "Eich shifft chi yw #{number} nawr. Mae yn /shift mine.",
    nl: "Dienst #{number} is nu van jou. Hij staat in /shift mine.",
  },
  "shift.cover.to_requester": {
    en: "is covering your shift #{number} {role}: you're no longer on it.",
    cy: "yn cyflenwi eich shifft #{number} {role}: dydych chi ddim arni mwyach.",
    nl: "neemt je dienst #{number} {role} over: je staat er niet meer op.",
  },
  "shift.cover.to_coordinators": {
    en: "is covering shift #{number} for {name}.",
    cy: "yn cyflenwi shifft #{number} ar ran {name}.",
    nl: "neemt dienst #{number} over van {name}.",
  },
  "shift.cover.to_requester_pending": {
    en: "offered to cover your shift #{number}. A coordinator will confirm; you're still on it until then.",
    cy: "wedi cynnig cyflenwi eich shifft #{number}. Bydd cydlynydd yn cadarnhau; rydych chi'n dal arni tan hynny.",
    nl: "bood aan je dienst #{number} over te nemen. Een coördinator bevestigt het; tot dan sta je er nog op.",
  },
  "shift.cover.claimed_pending": {
    en: "claimed shift #{number} {role}; waiting for a coordinator's approval.",
    cy: "wedi hawlio shifft #{number} {role}; yn aros am gymeradwyaeth cydlynydd.",
    nl: "nam dienst #{number} {role} over; wacht op goedkeuring van een coördinator.",
  },
  "shift.cover.state_withdrawn": {
    en: "Withdrawn: shift #{number} no longer needs cover.",
    cy: "Tynnwyd yn ôl: does dim angen cyflenwi ar shifft #{number} mwyach.",
    nl: "Ingetrokken: dienst #{number} heeft geen vervanging meer nodig.",
  },
  "shift.cover.state_cancelled": {
    en: "Shift #{number} was cancelled: no cover is needed.",
    cy: "Cafodd shifft #{number} ei chanslo: does dim angen cyflenwi.",
    nl: "Dienst #{number} is geannuleerd: er is geen vervanging nodig.",
  },
  "shift.cover.pending": {
    en: "Thank you! A coordinator will confirm shift #{number}; you'll get a message.",
    cy: "Diolch! Bydd cydlynydd yn cadarnhau shifft #{number}; fe gewch neges.",
    nl: "Dank je wel! Een coördinator bevestigt dienst #{number}; je krijgt een bericht.",
  },
  "shift.approve.title": {
    en: "Approve cover: shift #{number} {role}",
    cy: "Cymeradwyo cyflenwi: shifft #{number} {role}",
    nl: "Vervanging goedkeuren: dienst #{number} {role}",
  },
  "shift.approve.text": {
    en: "offered to cover shift #{number} for {name}, starting",
    cy: "wedi cynnig cyflenwi shifft #{number} ar ran {name}, yn dechrau",
    nl: "bood aan dienst #{number} over te nemen van {name}, begint",
  },
  "shift.approve.already": {
    en: "Shift #{number}'s cover claim was already decided.",
    cy: "Mae'r hawliad ar shifft #{number} eisoes wedi'i benderfynu.",
    nl: "Over de overname van dienst #{number} is al beslist.",
  },
  "shift.approve.done": {
    en: "covers shift #{number}: approved.",
    cy: "yn cyflenwi shifft #{number}: cymeradwywyd.",
    nl: "neemt dienst #{number} over: goedgekeurd.",
  },
  "shift.approve.to_claimant": {
    en: "Approved: shift #{number} {role} is yours. It starts",
    cy: "Cymeradwywyd: eich shifft chi yw #{number} {role}. Mae'n dechrau",
    nl: "Goedgekeurd: dienst #{number} {role} is van jou. Begint",
  },
  "shift.decline.done": {
    en: "Declined. Shift #{number} is open for cover again.",
    cy: "Gwrthodwyd. Mae shifft #{number} ar agor i'w chyflenwi eto.",
    nl: "Afgewezen. Dienst #{number} staat weer open voor vervanging.",
  },
  "shift.decline.to_claimant": {
    en: "A coordinator declined your claim on shift #{number}. Thank you for offering.",
    cy: "Gwrthododd cydlynydd eich hawliad ar shifft #{number}. Diolch am gynnig.",
    nl: "Een coördinator wees je overname van dienst #{number} af. Bedankt voor je aanbod.",
  },
  "shift.decline.to_requester": {
    en: "The claim on your shift #{number} was declined: you're still on it, and it is open for cover again.",
    cy: "Gwrthodwyd yr hawliad ar eich shifft #{number}: rydych chi'n dal arni, ac mae ar agor i'w chyflenwi eto.",
    nl: "De overname van je dienst #{number} is afgewezen: je staat er nog op en hij staat weer open voor vervanging.",
  },
  "shift.swap.description": {
    en: "Propose swapping your shift for someone else's",
    cy: "Cynnig cyfnewid eich shifft am shifft rhywun arall",
    nl: "Stel voor je dienst te ruilen met die van iemand anders",
  },
  "shift.swap.usage": {
    en: "{command} swap <your shift> <their shift> [@who]",
    cy: "{command} swap <eich shifft> <eu shifft> [@pwy]",
    nl: "{command} swap <jouw dienst> <hun dienst> [@wie]",
  },
  "shift.swap.same": {
    en: "Those are the same shift.",
    cy: "Yr un shifft yw'r rheina.",
    nl: "Dat is dezelfde dienst.",
  },
  "shift.swap.nobody": {
    en: "Nobody else is on shift #{number} to swap with. Try /shift cover instead.",
    cy: "Does neb arall ar shifft #{number} i gyfnewid â nhw. Rhowch gynnig ar /shift cover.",
    nl: "Er staat niemand anders op dienst #{number} om mee te ruilen. Probeer /shift cover.",
  },
  "shift.swap.which": {
    en: "Several people are on shift #{number}: say whom, as {usage}",
    cy: "Mae sawl person ar shifft #{number}: dywedwch pwy, fel {usage}",
    nl: "Er staan meerdere mensen op dienst #{number}: zeg met wie, zo: {usage}",
  },
  "shift.swap.not_on": {
    en: "{name} isn't on shift #{number}.",
    cy: "Dydy {name} ddim ar shifft #{number}.",
    nl: "{name} staat niet op dienst #{number}.",
  },
  "shift.swap.covering": {
    en: "One of those places has a cover request open: sort that out first.",
    cy: "Mae cais cyflenwi ar agor ar un o'r lleoedd hynny: datryswch hynny'n gyntaf.",
    nl: "Voor een van die plaatsen loopt een vervangingsverzoek: regel dat eerst.",
  },
  "shift.swap.they_cannot": {
    en: "{name} can't take shift #{number}: {why}. Nothing has changed.",
    cy: "All {name} ddim cymryd shifft #{number}: {why}. Does dim wedi newid.",
    nl: "{name} kan dienst #{number} niet nemen: {why}. Er is niets veranderd.",
  },
  "shift.swap.already": {
    en: "You've already proposed that swap to {name}.",
    cy: "Rydych chi eisoes wedi cynnig y cyfnewid hwnnw i {name}.",
    nl: "Je hebt die ruil al aan {name} voorgesteld.",
  },
  "shift.swap.title": {
    en: "Swap shift #{mine} for #{theirs}?",
    cy: "Cyfnewid shifft #{mine} am #{theirs}?",
    nl: "Dienst #{mine} ruilen voor #{theirs}?",
  },
  "shift.swap.text": {
    en: "asks to swap: you'd give shift #{give} {giveRole} and take #{take} {takeRole}.",
    cy: "yn gofyn am gyfnewid: byddech chi'n rhoi shifft #{give} {giveRole} ac yn cymryd #{take} {takeRole}.",
    nl: "wil ruilen: jij geeft dienst #{give} {giveRole} en neemt #{take} {takeRole}.",
  },
  "shift.swap.you_give": {
    en: "You give #{number}",
    cy: "Rydych chi'n rhoi #{number}",
    nl: "Jij geeft #{number}",
  },
  "shift.swap.you_take": {
    en: "You take #{number}",
    cy: "Rydych chi'n cymryd #{number}",
    nl: "Jij neemt #{number}",
  },
  "shift.swap.proposed": {
    en: "Asked {name} to swap: your #{mine} for their #{theirs}. You'll hear when they answer.",
    cy: "Gofynnwyd i {name} gyfnewid: eich #{mine} chi am eu #{theirs} nhw. Fe glywch chi pan fyddan nhw'n ateb.",
    nl: "{name} gevraagd om te ruilen: jouw #{mine} voor hun #{theirs}. Je hoort het als ze antwoorden.",
  },
  "shift.swap.unreached": {
    en: "I couldn't message {name} to propose swapping #{mine} for #{theirs}. Please ask them directly.",
    cy: "Allwn i ddim anfon neges at {name} i gynnig cyfnewid #{mine} am #{theirs}. Gofynnwch iddyn nhw'n uniongyrchol.",
    nl: "Ik kon {name} geen bericht sturen over het ruilen van #{mine} voor #{theirs}. Vraag het hen zelf.",
  },
  "shift.swap.not_for_you": {
    en: "That swap was proposed to someone else.",
    cy: "Cynigiwyd y cyfnewid hwnnw i rywun arall.",
    nl: "Die ruil is aan iemand anders voorgesteld.",
  },
  "shift.swap.decided": {
    en: "That swap was already answered.",
    cy: "Mae'r cyfnewid hwnnw eisoes wedi'i ateb.",
    nl: "Die ruil is al beantwoord.",
  },
  "shift.swap.stale": {
    en: "One of those places has changed hands since the swap was proposed, so nothing was changed.",
    cy: "Mae un o'r lleoedd hynny wedi newid dwylo ers cynnig y cyfnewid, felly newidiwyd dim.",
    nl: "Een van die plaatsen is van iemand anders geworden sinds de ruil werd voorgesteld, dus er is niets veranderd.",
  },
  "shift.swap.proposer_cannot": {
    en: "The swap can't go ahead: the proposer can't take shift #{number} ({why}). Nothing has changed.",
    cy: "All y cyfnewid ddim digwydd: all y sawl a'i cynigiodd ddim cymryd shifft #{number} ({why}). Does dim wedi newid.",
    nl: "De ruil kan niet doorgaan: de voorsteller kan dienst #{number} niet nemen ({why}). Er is niets veranderd.",
  },
  "shift.swap.done": {
    en: "Swapped. You're now on shift #{number} {role}:",
    cy: "Wedi cyfnewid. Rydych chi nawr ar shifft #{number} {role}:",
    nl: "Geruild. Je staat nu op dienst #{number} {role}:",
  },
  "shift.swap.to_proposer": {
    en: "accepted your swap: you're now on shift #{theirs} instead of #{mine}.",
    cy: "wedi derbyn eich cyfnewid: rydych chi nawr ar shifft #{theirs} yn lle #{mine}.",
    nl: "accepteerde je ruil: je staat nu op dienst #{theirs} in plaats van #{mine}.",
  },
  "shift.swap.to_coordinators": {
    en: "Shifts #{a} and #{b} were swapped between their volunteers.",
    cy: "Cyfnewidiwyd shifftiau #{a} a #{b} rhwng eu gwirfoddolwyr.",
    nl: "De vrijwilligers van diensten #{a} en #{b} hebben geruild.",
  },
  "shift.swap.declined": {
    en: "declined your swap. Your shift hasn't changed.",
    cy: "wedi gwrthod eich cyfnewid. Dydy eich shifft ddim wedi newid.",
    nl: "wees je ruil af. Je dienst is niet veranderd.",
  },
  "shift.swap.declined_done": {
    en: "Declined. Nothing has changed.",
    cy: "Gwrthodwyd. Does dim wedi newid.",
    nl: "Afgewezen. Er is niets veranderd.",
  },
  "shift.check.description": {
    en: "Coordinators: record a member's check and its expiry",
    cy: "Cydlynwyr: cofnodi gwiriad aelod a'i ddyddiad dod i ben",
    nl: "Coördinatoren: leg de screening van een lid en de vervaldatum vast",
  },
  "shift.check.usage": {
    en: "{command} check @member dbs_enhanced 2027-05-01 [pending]",
    cy: "{command} check @aelod dbs_enhanced 2027-05-01 [pending]",
    nl: "{command} check @lid dbs_enhanced 2027-05-01 [pending]",
  },
  "shift.check.form_title": {
    en: "Record a check",
    cy: "Cofnodi gwiriad",
    nl: "Screening vastleggen",
  },
  "shift.check.submit": {
    en: "Record",
    cy: "Cofnodi",
    nl: "Vastleggen",
  },
  "shift.check.bad_status": {
    en: "“{status}” isn't a status: use valid, pending or revoked.",
    cy: "Dydy “{status}” ddim yn statws: defnyddiwch valid, pending neu revoked.",
    nl: "“{status}” is geen status: gebruik valid, pending of revoked.",
  },
  "shift.check.bad_expiry": {
    en: "“{expiry}” isn't a date: write the last valid day as 2027-05-01, or none.",
    cy: "Dydy “{expiry}” ddim yn ddyddiad: ysgrifennwch y diwrnod dilys olaf fel 2027-05-01, neu none.",
    nl: "“{expiry}” is geen datum: schrijf de laatste geldige dag als 2027-05-01, of none.",
  },
  "shift.check.done": {
    en: "Recorded for {name}: {kind}, {status}, {until}.",
    cy: "Cofnodwyd ar gyfer {name}: {kind}, {status}, {until}.",
    nl: "Vastgelegd voor {name}: {kind}, {status}, {until}.",
  },
  "shift.check.until": {
    en: "valid until {date}",
    cy: "yn ddilys tan {date}",
    nl: "geldig tot {date}",
  },
  "shift.check.no_expiry": {
    en: "no expiry date",
    cy: "dim dyddiad dod i ben",
    nl: "geen vervaldatum",
  },
  "shift.check.already_expired": {
    en: "Note: that date has already passed, so it counts as expired.",
    cy: "Sylwch: mae'r dyddiad hwnnw wedi mynd heibio, felly mae'n cyfrif fel un sydd wedi dod i ben.",
    nl: "Let op: die datum is al voorbij, dus hij telt als verlopen.",
  },
  "shift.checks.description": {
    en: "Show your checks and when they expire",
    cy: "Dangos eich gwiriadau a phryd maen nhw'n dod i ben",
    nl: "Toon je screenings en wanneer ze verlopen",
  },
  "shift.checks.title": {
    en: "Checks for {name}",
    cy: "Gwiriadau {name}",
    nl: "Screenings van {name}",
  },
  "shift.checks.none": {
    en: "No checks recorded yet. A coordinator records them.",
    cy: "Dim gwiriadau wedi'u cofnodi eto. Cydlynydd sy'n eu cofnodi.",
    nl: "Nog geen screenings vastgelegd. Een coördinator legt ze vast.",
  },
  "shift.checks.footer": {
    en: "Only status and dates are kept. A coordinator updates them.",
    cy: "Dim ond statws a dyddiadau a gedwir. Cydlynydd sy'n eu diweddaru.",
    nl: "Alleen status en data worden bewaard. Een coördinator werkt ze bij.",
  },
  "shift.checks.own_only": {
    en: "You can see your own checks only. Coordinators can see others'.",
    cy: "Dim ond eich gwiriadau eich hun y gallwch eu gweld. Gall cydlynwyr weld rhai pobl eraill.",
    nl: "Je kunt alleen je eigen screenings zien. Coördinatoren zien die van anderen.",
  },
  "shift.checks.invalid": {
    en: "“{kind}” isn't a check name: use lower-case words with underscores, like dbs_enhanced.",
    cy: "Dydy “{kind}” ddim yn enw gwiriad: defnyddiwch eiriau llythrennau bach gyda thanlinellau, fel dbs_enhanced.",
    nl: "“{kind}” is geen naam van een screening: gebruik kleine letters met liggende streepjes, zoals dbs_enhanced.",
  },
  "shift.status.valid": {
    en: "valid",
    cy: "dilys",
    nl: "geldig",
  },
  "shift.status.pending": {
    en: "pending",
    cy: "yn aros",
    nl: "in behandeling",
  },
  "shift.status.revoked": {
    en: "revoked",
    cy: "wedi'i dynnu'n ôl",
    nl: "ingetrokken",
  },
  "shift.status.expired": {
    en: "expired",
    cy: "wedi dod i ben",
    nl: "verlopen",
  },
  "shift.add.description": {
    en: "Coordinators: add a shift to the rota",
    cy: "Cydlynwyr: ychwanegu shifft at y rota",
    nl: "Coördinatoren: voeg een dienst toe aan het rooster",
  },
  "shift.add.usage": {
    en: "{command} add Front desk | 2026-12-05 10:00-13:00 | Town hall | 2 | dbs_enhanced",
    cy: "{command} add Desg flaen | 2026-12-05 10:00-13:00 | Neuadd y dref | 2 | dbs_enhanced",
    nl: "{command} add Receptie | 2026-12-05 10:00-13:00 | Stadhuis | 2 | dbs_enhanced",
  },
  "shift.add.form_title": {
    en: "Add a shift",
    cy: "Ychwanegu shifft",
    nl: "Dienst toevoegen",
  },
  "shift.add.submit": {
    en: "Add",
    cy: "Ychwanegu",
    nl: "Toevoegen",
  },
  "shift.add.done": {
    en: "Added shift #{number} {role}: {when} ({zone}).",
    cy: "Ychwanegwyd shifft #{number} {role}: {when} ({zone}).",
    nl: "Dienst #{number} {role} toegevoegd: {when} ({zone}).",
  },
  "shift.when.invalid": {
    en: "I can't read “{when}” as a day and times. Write it like 2026-12-05 10:00-13:00.",
    cy: "Alla i ddim darllen “{when}” fel diwrnod ac amseroedd. Ysgrifennwch fel 2026-12-05 10:00-13:00.",
    nl: "Ik kan “{when}” niet lezen als dag en tijden. Schrijf het als 2026-12-05 10:00-13:00.",
  },
  "shift.when.past": {
    en: "That's in the past ({when}). Please give a future day.",
    cy: "Mae hynny yn y gorffennol ({when}). Rhowch ddiwrnod yn y dyfodol.",
    nl: "Dat ligt in het verleden ({when}). Geef een dag in de toekomst.",
  },
  "shift.import.description": {
    en: "Coordinators: add many shifts from CSV text",
    cy: "Cydlynwyr: ychwanegu llawer o shifftiau o destun CSV",
    nl: "Coördinatoren: voeg veel diensten toe uit CSV-tekst",
  },
  "shift.import.usage": {
    en: "{command} import (then paste the CSV: role,date,start,end,place,capacity,checks)",
    cy: "{command} import (yna gludo'r CSV: role,date,start,end,place,capacity,checks)",
    nl: "{command} import (plak dan de CSV: role,date,start,end,place,capacity,checks)",
  },
  "shift.import.form_title": {
    en: "Import shifts",
    cy: "Mewnforio shifftiau",
    nl: "Diensten importeren",
  },
  "shift.import.submit": {
    en: "Import",
    cy: "Mewnforio",
    nl: "Importeren",
  },
  "shift.import.failed": {
    en: "Nothing was saved: {count} line(s) need fixing",
    cy: "Dim wedi'i gadw: mae angen cywiro {count} llinell",
    nl: "Niets opgeslagen: {count} regel(s) moeten worden verbeterd",
  },
  "shift.import.nothing_saved": {
    en: "Fix these lines and import the whole file again. No shift was added.",
    cy: "Cywirwch y llinellau hyn a mewnforio'r ffeil gyfan eto. Ni ychwanegwyd unrhyw shifft.",
    nl: "Verbeter deze regels en importeer het hele bestand opnieuw. Er is geen dienst toegevoegd.",
  },
  "shift.import.more": {
    en: "…and {count} more.",
    cy: "…a {count} arall.",
    nl: "…en nog {count}.",
  },
  "shift.import.line": {
    en: "Line {line}: {problem}",
    cy: "Llinell {line}: {problem}",
    nl: "Regel {line}: {problem}",
  },
  "shift.import.unreadable": {
    en: "the CSV can't be read (check the quotes)",
    cy: "does dim modd darllen y CSV (gwiriwch y dyfynodau)",
    nl: "de CSV is niet te lezen (controleer de aanhalingstekens)",
  },
  "shift.import.empty": {
    en: "There are no shifts in that text.",
    cy: "Does dim shifftiau yn y testun hwnnw.",
    nl: "Er staan geen diensten in die tekst.",
  },
  "shift.import.too_many": {
    en: "Import at most {max} shifts at a time.",
    cy: "Mewnforiwch {max} shifft ar y mwyaf ar y tro.",
    nl: "Importeer hoogstens {max} diensten tegelijk.",
  },
  "shift.import.columns": {
    en: "{count} columns; expected role,date,start,end,place,capacity,checks",
    cy: "{count} colofn; disgwylid role,date,start,end,place,capacity,checks",
    nl: "{count} kolommen; verwacht role,date,start,end,place,capacity,checks",
  },
  "shift.import.no_role": {
    en: "the role is missing",
    cy: "mae'r rôl ar goll",
    nl: "de taak ontbreekt",
  },
  "shift.import.role_long": {
    en: "the role is longer than {max} characters",
    cy: "mae'r rôl yn hirach na {max} nod",
    nl: "de taak is langer dan {max} tekens",
  },
  "shift.import.bad_time": {
    en: "“{date} {start}-{end}” isn't a day and times (write 2026-12-05, 10:00, 13:00)",
    cy: "Dydy “{date} {start}-{end}” ddim yn ddiwrnod ac amseroedd (ysgrifennwch 2026-12-05, 10:00, 13:00)",
    nl: "“{date} {start}-{end}” is geen dag en tijden (schrijf 2026-12-05, 10:00, 13:00)",
  },
  "shift.import.past": {
    en: "{date} is in the past",
    cy: "mae {date} yn y gorffennol",
    nl: "{date} ligt in het verleden",
  },
  "shift.import.capacity": {
    en: "“{capacity}” places: use a whole number from 1 to {max}",
    cy: "“{capacity}” lle: defnyddiwch rif cyfan o 1 i {max}",
    nl: "“{capacity}” plaatsen: gebruik een heel getal van 1 tot {max}",
  },
  "shift.import.place_long": {
    en: "the place is longer than {max} characters",
    cy: "mae'r lle yn hirach na {max} nod",
    nl: "de plaats is langer dan {max} tekens",
  },
  "shift.import.done": {
    en: "Added {count} shifts, #{first} to #{last}",
    cy: "Ychwanegwyd {count} shifft, #{first} i #{last}",
    nl: "{count} diensten toegevoegd, #{first} tot #{last}",
  },
  "shift.import.zone": {
    en: "Times read in {zone}.",
    cy: "Amseroedd wedi'u darllen yn {zone}.",
    nl: "Tijden gelezen in {zone}.",
  },
  "shift.template.description": {
    en: "Coordinators: the CSV template for importing shifts",
    cy: "Cydlynwyr: y templed CSV ar gyfer mewnforio shifftiau",
    nl: "Coördinatoren: het CSV-sjabloon om diensten te importeren",
  },
  "shift.template.text": {
    en: "Here is the template. Fill one shift a line (times in {zone}; an end before the start is the next morning), then paste it into {command} import.",
    cy: "Dyma'r templed. Llenwch un shifft y llinell (amseroedd yn {zone}; mae diwedd cyn y dechrau yn golygu'r bore wedyn), yna gludwch ef i {command} import.",
    nl: "Hier is het sjabloon. Vul één dienst per regel in (tijden in {zone}; een einde vóór het begin is de volgende ochtend) en plak het in {command} import.",
  },
  "shift.at_risk.description": {
    en: "Coordinators: shifts still uncovered",
    cy: "Cydlynwyr: shifftiau sy'n dal heb eu cyflenwi",
    nl: "Coördinatoren: diensten die nog niet gedekt zijn",
  },
  "shift.at_risk.title": {
    en: "Shifts at risk",
    cy: "Shifftiau mewn perygl",
    nl: "Diensten in gevaar",
  },
  "shift.at_risk.none": {
    en: "Nothing is uncovered. Every cover request has been taken and the coming week is full.",
    cy: "Does dim heb ei gyflenwi. Mae pob cais wedi'i gymryd ac mae'r wythnos nesaf yn llawn.",
    nl: "Alles is gedekt. Elk vervangingsverzoek is opgepakt en de komende week is vol.",
  },
  "shift.at_risk.cover": {
    en: "#{number} {role}: cover needed",
    cy: "#{number} {role}: angen cyflenwi",
    nl: "#{number} {role}: vervanging gezocht",
  },
  "shift.at_risk.pending": {
    en: "#{number} {role}: claimed, waiting for approval",
    cy: "#{number} {role}: wedi'i hawlio, yn aros am gymeradwyaeth",
    nl: "#{number} {role}: overgenomen, wacht op goedkeuring",
  },
  "shift.at_risk.unfilled": {
    en: "#{number} {role}: {free} place(s) unfilled",
    cy: "#{number} {role}: {free} lle heb eu llenwi",
    nl: "#{number} {role}: {free} plaats(en) open",
  },
  "shift.hours.description": {
    en: "Hours you've volunteered (coordinators: all)",
    cy: "Yr oriau rydych chi wedi gwirfoddoli (cydlynwyr: pawb)",
    nl: "Je vrijwilligersuren (coördinatoren: iedereen)",
  },
  "shift.hours.usage": {
    en: "{command} hours [all]",
    cy: "{command} hours [all]",
    nl: "{command} hours [all]",
  },
  "shift.hours.mine": {
    en: "You've volunteered {hours} hours over {count} shift(s). Thank you!",
    cy: "Rydych chi wedi gwirfoddoli {hours} awr dros {count} shifft. Diolch!",
    nl: "Je hebt {hours} uur vrijwilligerswerk gedaan in {count} dienst(en). Dank je wel!",
  },
  "shift.hours.none": {
    en: "No completed shifts yet: your hours will add up here.",
    cy: "Dim shifftiau wedi'u cwblhau eto: bydd eich oriau'n adio yma.",
    nl: "Nog geen afgeronde diensten: je uren tellen hier op.",
  },
  "shift.hours.all_title": {
    en: "Volunteer hours",
    cy: "Oriau gwirfoddolwyr",
    nl: "Vrijwilligersuren",
  },
  "shift.hours.all_none": {
    en: "No completed shifts yet.",
    cy: "Dim shifftiau wedi'u cwblhau eto.",
    nl: "Nog geen afgeronde diensten.",
  },
  "shift.hours.line": {
    en: "{hours} h over {count} shift(s)",
    cy: "{hours} awr dros {count} shifft",
    nl: "{hours} u in {count} dienst(en)",
  },
  "shift.hours.total": {
    en: "{hours} hours over {count} shift(s) by {people} volunteer(s). The CSV is for reports.",
    cy: "{hours} awr dros {count} shifft gan {people} gwirfoddolwr. Mae'r CSV ar gyfer adroddiadau.",
    nl: "{hours} uur in {count} dienst(en) door {people} vrijwilliger(s). De CSV is voor verslagen.",
  },
  "shift.remind.title": {
    en: "Tomorrow: shift #{number} {role}",
    cy: "Yfory: shifft #{number} {role}",
    nl: "Morgen: dienst #{number} {role}",
  },
  "shift.remind.text": {
    en: "Still coming?",
    cy: "Ydych chi'n dal i ddod?",
    nl: "Kom je nog?",
  },
  "shift.remind.thanks": {
    en: "Thanks, see you at shift #{number}!",
    cy: "Diolch, welwn ni chi yn shifft #{number}!",
    nl: "Bedankt, tot bij dienst #{number}!",
  },
  "shift.remind.cant": {
    en: "Thanks for letting us know about shift #{number}.",
    cy: "Diolch am roi gwybod am shifft #{number}.",
    nl: "Bedankt dat je het laat weten over dienst #{number}.",
  },
  "shift.escalate.title": {
    en: "Still uncovered, {hours} hours to go: shift #{number} {role}",
    cy: "Heb ei chyflenwi o hyd, {hours} awr i fynd: shifft #{number} {role}",
    nl: "Nog steeds open, nog {hours} uur: dienst #{number} {role}",
  },
  "shift.uncovered.title": {
    en: "Nobody has covered shift #{number} {role}",
    cy: "Does neb wedi cyflenwi shifft #{number} {role}",
    nl: "Niemand heeft dienst #{number} {role} overgenomen",
  },
  "shift.uncovered.text": {
    en: "still needs cover for shift #{number}, starting",
    cy: "angen cyflenwi ar shifft #{number} o hyd, yn dechrau",
    nl: "zoekt nog vervanging voor dienst #{number}, begint",
  },
  "shift.expiry.to_member": {
    en: "Your {kind} check expires on {date} ({days} days). Please renew it and tell your coordinator.",
    cy: "Mae eich gwiriad {kind} yn dod i ben ar {date} ({days} diwrnod). Adnewyddwch ef a rhowch wybod i'ch cydlynydd.",
    nl: "Je {kind}-screening verloopt op {date} ({days} dagen). Vernieuw hem en laat het je coördinator weten.",
  },
  "shift.expiry.to_coordinators": {
    en: "A {kind} check expires on {date} ({days} days), held by",
    cy: "Mae gwiriad {kind} yn dod i ben ar {date} ({days} diwrnod), gan",
    nl: "Een {kind}-screening verloopt op {date} ({days} dagen), van",
  },
  "shift.cancelled": {
    en: "Shift #{number} was cancelled. See upcoming shifts with /shift list.",
    cy: "Cafodd shifft #{number} ei chanslo. Gwelwch y shifftiau nesaf gyda /shift list.",
    nl: "Dienst #{number} is geannuleerd. Bekijk de komende diensten met /shift list.",
  },
  "shift.opt.edit_when.description": {
    en: "A new day and times, in the network's time zone (blank: unchanged)",
    cy: "Diwrnod ac amseroedd newydd, yng nghylchfa amser y rhwydwaith (gwag: dim newid)",
    nl: "Een nieuwe dag en tijden, in de tijdzone van het netwerk (leeg: ongewijzigd)",
  },
  "shift.opt.edit_place.description": {
    en: "A new place, or - for none (blank: unchanged)",
    cy: "Lle newydd, neu - i beidio â rhoi lle (gwag: dim newid)",
    nl: "Een nieuwe plek, of - voor geen (leeg: ongewijzigd)",
  },
  "shift.opt.edit_capacity.description": {
    en: "How many volunteers it needs now (blank: unchanged)",
    cy: "Faint o wirfoddolwyr sydd eu hangen nawr (gwag: dim newid)",
    nl: "Hoeveel vrijwilligers er nu nodig zijn (leeg: ongewijzigd)",
  },
  "shift.button.cancel_yes": {
    en: "Yes, cancel it",
    cy: "Ie, canslo hi",
    nl: "Ja, annuleren",
  },
  "shift.button.cancel_keep": {
    en: "Keep it",
    cy: "Ei chadw",
    nl: "Laten staan",
  },
  "shift.cover.withdrawn": {
    en: "Thanks for offering! The cover request for shift #{number} was withdrawn: it no longer needs cover.",
    cy: "Diolch am gynnig! Cafodd y cais am gyflenwi ar shifft #{number} ei dynnu'n ôl: does dim angen cyflenwi mwyach.",
    nl: "Bedankt voor je aanbod! De vraag om vervanging voor dienst #{number} is ingetrokken: er is geen vervanging meer nodig.",
  },
  "shift.withdraw.description": {
    en: "Withdraw your cover request: you're keeping the shift",
    cy: "Tynnu eich cais am gyflenwi'n ôl: rydych chi'n cadw'r shifft",
    nl: "Je vraag om vervanging intrekken: je houdt de dienst",
  },
  "shift.withdraw.usage": {
    en: "{command} withdraw 12",
    cy: "{command} withdraw 12",
    nl: "{command} withdraw 12",
  },
  "shift.withdraw.none": {
    en: "You have no open cover request for shift #{number}. Nothing has changed.",
    cy: "Does gennych chi ddim cais agored am gyflenwi ar shifft #{number}. Does dim wedi newid.",
    nl: "Je hebt geen open vraag om vervanging voor dienst #{number}. Er is niets veranderd.",
  },
  "shift.withdraw.changed": {
    en: "Your cover request for shift #{number} changed just now (someone claimed it). Nothing was withdrawn: please look again.",
    cy: "Newidiodd eich cais am gyflenwi ar shifft #{number} newydd nawr (mae rhywun wedi'i hawlio). Ni thynnwyd dim yn ôl: edrychwch eto.",
    nl: "Je vraag om vervanging voor dienst #{number} is net veranderd (iemand heeft hem geclaimd). Er is niets ingetrokken: kijk nog eens.",
  },
  "shift.withdraw.done": {
    en: "Withdrawn: you're keeping shift #{number}, and nobody will be asked to cover it.",
    cy: "Wedi'i dynnu'n ôl: rydych chi'n cadw shifft #{number}, ac ni fydd neb yn cael cais i gyflenwi.",
    nl: "Ingetrokken: je houdt dienst #{number}, en niemand wordt gevraagd je te vervangen.",
  },
  "shift.withdraw.to_claimant": {
    en: "The cover request for shift #{number} was withdrawn: the volunteer is keeping it. Thank you for offering.",
    cy: "Cafodd y cais am gyflenwi ar shifft #{number} ei dynnu'n ôl: mae'r gwirfoddolwr yn ei chadw. Diolch am gynnig.",
    nl: "De vraag om vervanging voor dienst #{number} is ingetrokken: de vrijwilliger houdt de dienst. Bedankt voor je aanbod.",
  },
  "shift.withdraw.to_coordinators": {
    en: "withdrew the cover request for shift #{number} {role}, so {name}'s claim awaiting approval is dropped. They're keeping the shift.",
    cy: "wedi tynnu'r cais am gyflenwi ar shifft #{number} {role} yn ôl, felly mae hawliad {name} a oedd yn aros am gymeradwyaeth wedi'i ollwng. Maen nhw'n cadw'r shifft.",
    nl: "heeft de vraag om vervanging voor dienst #{number} {role} ingetrokken, dus de claim van {name} die op goedkeuring wachtte vervalt. Zij houden de dienst.",
  },
  "shift.cancel.description": {
    en: "Coordinators: cancel a shift; everyone on it is told",
    cy: "Cydlynwyr: canslo shifft; caiff pawb arni wybod",
    nl: "Coördinatoren: een dienst annuleren; iedereen erop krijgt bericht",
  },
  "shift.cancel.usage": {
    en: "{command} cancel 12",
    cy: "{command} cancel 12",
    nl: "{command} cancel 12",
  },
  "shift.cancel.confirm": {
    en: "Cancel shift #{number} {role}? {holders} volunteer(s) on it will be told. It starts",
    cy: "Canslo shifft #{number} {role}? Caiff {holders} gwirfoddolwr(wyr) arni wybod. Mae'n dechrau",
    nl: "Dienst #{number} {role} annuleren? {holders} vrijwilliger(s) erop krijgen bericht. Hij begint",
  },
  "shift.cancel.kept": {
    en: "Kept: shift #{number} is not cancelled.",
    cy: "Wedi'i chadw: nid yw shifft #{number} wedi'i chanslo.",
    nl: "Blijft staan: dienst #{number} is niet geannuleerd.",
  },
  "shift.cancel.done": {
    en: "Cancelled shift #{number} {role}. Nobody was on it.",
    cy: "Wedi canslo shifft #{number} {role}. Doedd neb arni.",
    nl: "Dienst #{number} {role} geannuleerd. Er stond niemand op.",
  },
  "shift.cancel.done_told": {
    en: "Cancelled shift #{number} {role}. Told {told} of {holders} volunteer(s) by message.",
    cy: "Wedi canslo shifft #{number} {role}. Cafodd {told} o {holders} gwirfoddolwr(wyr) neges.",
    nl: "Dienst #{number} {role} geannuleerd. {told} van {holders} vrijwilliger(s) kregen bericht.",
  },
  "shift.cancel.to_holder_title": {
    en: "Cancelled: shift #{number} {role}",
    cy: "Wedi'i chanslo: shifft #{number} {role}",
    nl: "Geannuleerd: dienst #{number} {role}",
  },
  "shift.cancel.to_holder": {
    en: "cancelled shift #{number} {role}, which was on",
    cy: "wedi canslo shifft #{number} {role}, a oedd ar",
    nl: "heeft dienst #{number} {role} geannuleerd, gepland op",
  },
  "shift.cancel.to_holder_thanks": {
    en: "You don't need to go. Thank you for signing up.",
    cy: "Does dim angen i chi fynd. Diolch am gofrestru.",
    nl: "Je hoeft niet te komen. Bedankt voor je aanmelding.",
  },
  "shift.cancel.to_claimant": {
    en: "Shift #{number} was cancelled, so your cover claim on it is no longer needed. Thank you for offering.",
    cy: "Cafodd shifft #{number} ei chanslo, felly does dim angen eich hawliad i gyflenwi mwyach. Diolch am gynnig.",
    nl: "Dienst #{number} is geannuleerd, dus je claim om te vervangen is niet meer nodig. Bedankt voor je aanbod.",
  },
  "shift.edit.description": {
    en: "Coordinators: change a shift's time, place or number of places",
    cy: "Cydlynwyr: newid amser, lle neu nifer lleoedd shifft",
    nl: "Coördinatoren: tijd, plek of aantal plaatsen van een dienst wijzigen",
  },
  "shift.edit.usage": {
    en: "{command} edit 12 | 2026-12-05 10:00-13:00 | Town hall | 2 (or named parts, e.g. capacity: 3)",
    cy: "{command} edit 12 | 2026-12-05 10:00-13:00 | Neuadd y dref | 2 (neu rannau wedi'u henwi, e.e. lleoedd: 3)",
    nl: "{command} edit 12 | 2026-12-05 10:00-13:00 | Stadhuis | 2 (of met namen, bijv. plaatsen: 3)",
  },
  "shift.edit.form_title": {
    en: "Change a shift",
    cy: "Newid shifft",
    nl: "Dienst wijzigen",
  },
  "shift.edit.submit": {
    en: "Save",
    cy: "Cadw",
    nl: "Opslaan",
  },
  "shift.edit.unchanged": {
    en: "Shift #{number} already looks like that: nothing has changed.",
    cy: "Mae shifft #{number} eisoes fel yna: does dim wedi newid.",
    nl: "Dienst #{number} ziet er al zo uit: er is niets veranderd.",
  },
  "shift.edit.capacity_below": {
    en: "Shift #{number} has {holders} volunteer(s) on it, so it can't have only {capacity} place(s). Nothing has changed.",
    cy: "Mae {holders} gwirfoddolwr(wyr) ar shifft #{number}, felly all hi ddim cael dim ond {capacity} lle. Does dim wedi newid.",
    nl: "Er staan {holders} vrijwilliger(s) op dienst #{number}, dus hij kan niet maar {capacity} plaats(en) hebben. Er is niets veranderd.",
  },
  "shift.edit.overlap": {
    en: "Shift #{number} can't move then: {name} is on shift #{other} at that time. Nothing has changed.",
    cy: "All shifft #{number} ddim symud i'r amser hwnnw: mae {name} ar shifft #{other} bryd hynny. Does dim wedi newid.",
    nl: "Dienst #{number} kan niet naar die tijd: {name} staat dan op dienst #{other}. Er is niets veranderd.",
  },
  "shift.edit.holder_ineligible": {
    en: "Shift #{number} can't move then: for {name}, {why}. Record their renewed check with {command} check first, or keep the shift's time. Nothing has changed.",
    cy: "All shifft #{number} ddim symud i'r amser hwnnw: i {name}, {why}. Cofnodwch eu gwiriad newydd gyda {command} check yn gyntaf, neu cadwch amser y shifft. Does dim wedi newid.",
    nl: "Dienst #{number} kan niet naar die tijd: voor {name} geldt: {why}. Leg eerst hun vernieuwde controle vast met {command} check, of houd de tijd van de dienst. Er is niets veranderd.",
  },
  "shift.edit.now": {
    en: "Now",
    cy: "Nawr",
    nl: "Nu",
  },
  "shift.edit.was": {
    en: "Was",
    cy: "Cynt",
    nl: "Was",
  },
  "shift.edit.no_place": {
    en: "no place given",
    cy: "dim lle wedi'i roi",
    nl: "geen plek opgegeven",
  },
  "shift.edit.to_holder_title": {
    en: "Changed: shift #{number} {role}",
    cy: "Wedi newid: shifft #{number} {role}",
    nl: "Gewijzigd: dienst #{number} {role}",
  },
  "shift.edit.to_holder_moved": {
    en: "moved a shift you're on.",
    cy: "wedi symud shifft rydych chi arni.",
    nl: "heeft een dienst van je verzet.",
  },
  "shift.edit.to_holder_place": {
    en: "changed where a shift you're on happens.",
    cy: "wedi newid ble mae shifft rydych chi arni.",
    nl: "heeft de plek van een dienst van je gewijzigd.",
  },
  "shift.edit.to_holder_confirm": {
    en: "You're still on it. If the new time doesn't suit you, ask for cover with /shift cover.",
    cy: "Rydych chi arni o hyd. Os nad yw'r amser newydd yn gyfleus, gofynnwch am gyflenwi gyda /shift cover.",
    nl: "Je staat er nog op. Past de nieuwe tijd niet, vraag dan vervanging met /shift cover.",
  },
  "shift.edit.done": {
    en: "Saved shift #{number}.",
    cy: "Wedi cadw shifft #{number}.",
    nl: "Dienst #{number} opgeslagen.",
  },
  "shift.edit.told": {
    en: "Told {told} of {holders} volunteer(s) by message.",
    cy: "Cafodd {told} o {holders} gwirfoddolwr(wyr) neges.",
    nl: "{told} van {holders} vrijwilliger(s) kregen bericht.",
  },
});

declare module "../../core/i18n/index.js" {
  interface FeatureStrings {
    shifts: typeof strings;
  }
}
