/**
 * Swaps, checks (DBS, training) and their expiry, and volunteer hours.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const swapsChecks = defineStrings({
  "shift.swap.description": {
    en: "Propose swapping your shift for someone else's",
    cy: "Cynnig cyfnewid eich shifft am shifft rhywun arall",
    nl: "Stel voor je dienst te ruilen met die van iemand anders",
  },
  "shift.swap.usage": {
    en: "{command} swap <your shift> <their shift> [@who]",
    cy: "{command} swap <eich shifft> <eu shifft> [@pwy]",
    nl: "{command} swap <jouw dienst> <andere dienst> [@wie]",
  },
  "shift.swap.same": {
    en: "Those are the same shift.",
    cy: "Yr un shifft yw'r rheina.",
    nl: "Dat is dezelfde dienst.",
  },
  "shift.swap.nobody": {
    en: "Nobody else is on shift #{number} to swap with. Try /shift cover instead.",
    cy: "Does neb arall ar shifft #{number} i gyfnewid gyda chi. Rhowch gynnig ar /shift cover.",
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
    cy: "Gofynnwyd i {name} gyfnewid: eich #{mine} chi am #{theirs}. Fe glywch chi pan fydd {name} yn ateb.",
    nl: "Ik heb {name} gevraagd om te ruilen: jouw #{mine} voor #{theirs}. Je hoort het zodra {name} antwoordt.",
  },
  "shift.swap.unreached": {
    en: "I couldn't message {name} to propose swapping #{mine} for #{theirs}. Please ask them directly.",
    cy: "Allwn i ddim anfon neges at {name} i gynnig cyfnewid #{mine} am #{theirs}. Gofynnwch i {name} yn uniongyrchol.",
    nl: "Ik kon {name} geen bericht sturen over het ruilen van #{mine} voor #{theirs}. Vraag het {name} zelf.",
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
    nl: "De ruil kan niet doorgaan: wie de ruil voorstelde, kan dienst #{number} niet nemen ({why}). Er is niets veranderd.",
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
    nl: "{command} check @lid strafregister_model_2 2027-05-01 [pending]",
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
    nl: "geldig tot en met {date}",
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
    nl: "Alleen status en datums worden bewaard. Een coördinator werkt ze bij.",
  },
  "shift.checks.own_only": {
    en: "You can see your own checks only. Coordinators can see others'.",
    cy: "Dim ond eich gwiriadau eich hun y gallwch eu gweld. Gall cydlynwyr weld gwiriadau pobl eraill.",
    nl: "Je kunt alleen je eigen screenings zien. Coördinatoren zien die van anderen.",
  },
  "shift.checks.invalid": {
    en: "“{kind}” isn't a check name: use lower-case words with underscores, like dbs_enhanced.",
    cy: "Dydy “{kind}” ddim yn enw gwiriad: defnyddiwch eiriau llythrennau bach gyda thanlinellau, fel dbs_enhanced.",
    nl: "“{kind}” is geen naam van een screening: gebruik kleine letters met lage streepjes (_), zoals strafregister_model_2.",
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
    cy: "wedi'i ddirymu",
    nl: "ingetrokken",
  },
  "shift.status.expired": {
    en: "expired",
    cy: "wedi dod i ben",
    nl: "verlopen",
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
    en: {
      one: "You've volunteered {hours} h on {count} shift. Thank you!",
      other: "You've volunteered {hours} h on {count} shifts. Thank you!",
    },
    cy: "Rydych chi wedi gwirfoddoli {hours} awr mewn {count} shifft. Diolch!",
    nl: "Je hebt {hours} uur vrijwilligerswerk gedaan (aantal diensten: {count}). Dank je wel!",
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
    en: { one: "{hours} h over {count} shift", other: "{hours} h over {count} shifts" },
    cy: "{hours} awr mewn {count} shifft",
    nl: "{hours} u · diensten: {count}",
  },
  "shift.hours.total": {
    en: {
      one: "Total: {hours} h over {count} shift · volunteers: {people}. The CSV is for reports.",
      other: "Total: {hours} h over {count} shifts · volunteers: {people}. The CSV is for reports.",
    },
    cy: "Cyfanswm: {hours} awr mewn {count} shifft · gwirfoddolwyr: {people}. Mae'r CSV ar gyfer adroddiadau.",
    nl: "Totaal: {hours} uur · diensten: {count} · vrijwilligers: {people}. De CSV is voor verslagen.",
  },
  "shift.expiry.to_member": {
    en: "Your {kind} check expires on {date} ({days} days). Please renew it and tell your coordinator.",
    cy: "Mae eich gwiriad {kind} yn dod i ben ar {date} ({days} diwrnod). Adnewyddwch ef a rhowch wybod i'ch cydlynydd.",
    nl: "Je {kind}-screening verloopt op {date} ({days} dagen). Vernieuw hem en laat het je coördinator weten.",
  },
  "shift.expiry.to_coordinators": {
    en: "A {kind} check expires on {date} ({days} days), held by",
    cy: "Mae gwiriad {kind} yn dod i ben ar {date} (ymhen {days} diwrnod). Deiliad:",
    nl: "Een {kind}-screening verloopt op {date} ({days} dagen), van",
  },
});
