/**
 * Cover: asking, claiming, approving, withdrawing, escalation and reminders.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const cover = defineStrings({
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
    cy: "Cyflenwi dros",
    nl: "Vervanging voor",
  },
  "shift.cover.already": {
    en: "You've already asked for cover on shift #{number}.",
    cy: "Rydych chi eisoes wedi gofyn am gyflenwi ar shifft #{number}.",
    nl: "Je hebt al vervanging gevraagd voor dienst #{number}.",
  },
  "shift.cover_for.description": {
    en: "Coordinators: ask for cover for a volunteer who can't come",
    cy: "Cydlynwyr: gofyn am gyflenwi dros wirfoddolwr sy'n methu dod",
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
    cy: "wedi gofyn am gyflenwi dros {name} ar shifft #{number} {role}. Dechrau:",
    nl: "vroeg vervanging voor {name} op dienst #{number} {role}. Start:",
  },
  "shift.cover_for.to_holder_title": {
    en: "Cover asked for you: shift #{number}",
    cy: "Cais am gyflenwi drosoch chi: shifft #{number}",
    nl: "Vervanging voor je gevraagd: dienst #{number}",
  },
  "shift.cover_for.to_holder": {
    en: "asked for someone to cover you on shift #{number}. You keep your place until someone claims it. The shift starts",
    cy: "wedi gofyn i rywun gyflenwi drosoch chi ar shifft #{number}. Rydych chi'n cadw'ch lle nes i rywun ei hawlio. Dechrau'r shifft:",
    nl: "vroeg iemand om je te vervangen op dienst #{number}. Je houdt je plek tot iemand hem overneemt. Start van de dienst:",
  },
  "shift.cover_for.to_holder_withdraw": {
    en: "Can come after all? {command} takes the request back.",
    cy: "Yn gallu dod wedi'r cyfan? Mae {command} yn tynnu'r cais yn ôl.",
    nl: "Kun je toch komen? Met {command} trek je het verzoek in.",
  },
  "shift.cover_for.asked": {
    en: "Cover requested for {name} on shift #{number}; {name} has been told.",
    cy: "Gofynnwyd am gyflenwi dros {name} ar shifft #{number}; mae {name} wedi cael gwybod.",
    nl: "Vervanging gevraagd voor {name} op dienst #{number}; {name} weet het.",
  },
  "shift.cover_for.asked_untold": {
    en: "Cover requested for {name} on shift #{number}. I couldn't message {name}, so please let them know.",
    cy: "Gofynnwyd am gyflenwi dros {name} ar shifft #{number}. Methais anfon neges at {name}, felly rhowch wybod i {name} eich hun.",
    nl: "Vervanging gevraagd voor {name} op dienst #{number}. Ik kon geen bericht sturen, dus laat het {name} zelf weten.",
  },
  "shift.cover.asked": {
    en: "Cover requested for shift #{number}. You're still on it until someone claims it.",
    cy: "Gofynnwyd am gyflenwi ar shifft #{number}. Rydych chi'n dal arni nes i rywun ei hawlio.",
    nl: "Vervanging gevraagd voor dienst #{number}. Je blijft ingeschreven tot iemand hem overneemt.",
  },
  "shift.cover.asked_there": {
    en: "Cover requested for shift #{number} in the shifts channel. You're still on it until someone claims it.",
    cy: "Gofynnwyd am gyflenwi ar shifft #{number} yn sianel y shifftiau. Rydych chi'n dal arni nes i rywun ei hawlio.",
    nl: "Vervanging gevraagd voor dienst #{number} in het dienstenkanaal. Je blijft ingeschreven tot iemand hem overneemt.",
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
    cy: "wedi gofyn am gyflenwi ar shifft #{number} {role}. Dechrau:",
    nl: "vroeg vervanging voor dienst #{number} {role}. Start:",
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
    cy: "Eich shifft chi yw #{number} nawr. Mae hi i'w gweld yn /shift mine.",
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
    nl: "wil dienst #{number} {role} overnemen; dat wacht op goedkeuring van een coördinator.",
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
    cy: "wedi cynnig cyflenwi shifft #{number} ar ran {name}. Dechrau:",
    nl: "bood aan dienst #{number} over te nemen van {name}. Start:",
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
    nl: "Goedgekeurd: dienst #{number} {role} is van jou. Start:",
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
  "shift.at_risk.description": {
    en: "Coordinators: shifts still uncovered",
    cy: "Cydlynwyr: shifftiau sy'n dal heb eu cyflenwi",
    nl: "Coördinatoren: diensten die nog niet gedekt zijn",
  },
  "shift.at_risk.title": {
    en: "Shifts at risk",
    cy: "Shifftiau mewn perygl",
    nl: "Diensten die aandacht vragen",
  },
  "shift.at_risk.none": {
    en: "Nothing is uncovered. Every cover request has been taken and the coming week is full.",
    cy: "Does dim heb ei gyflenwi. Mae pob cais am gyflenwi wedi'i gymryd ac mae'r saith diwrnod nesaf yn llawn.",
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
    nl: "#{number} {role}: overname wacht op goedkeuring",
  },
  "shift.at_risk.unfilled": {
    en: "#{number} {role}: not full yet (places open: {free})",
    cy: "#{number} {role}: {free} lle yn wag",
    nl: "#{number} {role}: nog niet vol (open plaatsen: {free})",
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
    nl: "Bedankt, tot ziens bij dienst #{number}!",
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
    cy: "yn dal i chwilio am rywun i gyflenwi ar shifft #{number}, sy'n dechrau",
    nl: "zoekt nog vervanging voor dienst #{number}. Start:",
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
    nl: "Je vraag om vervanging voor dienst #{number} is net veranderd (iemand heeft zich aangeboden). Er is niets ingetrokken: kijk nog eens.",
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
    cy: "wedi tynnu'r cais am gyflenwi ar shifft #{number} {role} yn ôl, felly mae hawliad {name} a oedd yn aros am gymeradwyaeth wedi'i ollwng. Mae'r gwirfoddolwr yn cadw'r shifft.",
    nl: "heeft de vraag om vervanging voor dienst #{number} {role} ingetrokken en houdt de dienst zelf. De overname door {name}, die nog op goedkeuring wachtte, vervalt.",
  },
});
