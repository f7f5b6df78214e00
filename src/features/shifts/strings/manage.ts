/**
 * Coordinators' rota work: adding, importing, editing, cancelling shifts and taking people off.
 *
 * English is the source; Welsh and Dutch stand beside it, key by key. A translator changes only the
 * texts, never the keys or the {placeholders} (the compiler and a test check both).
 */
import { defineStrings } from "../../../core/i18n/define.js";

export const manage = defineStrings({
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
    cy: "Tynnwyd {name} oddi ar shifft #{number}; mae {name} wedi cael gwybod.",
    nl: "{name} staat niet meer op dienst #{number} en heeft bericht gekregen.",
  },
  "shift.remove.done_untold": {
    en: "Took {name} off shift #{number}. I couldn't message {name}, so please let them know.",
    cy: "Tynnwyd {name} oddi ar shifft #{number}. Methais anfon neges at {name}, felly rhowch wybod i {name} eich hun.",
    nl: "{name} staat niet meer op dienst #{number}. Ik kon geen bericht sturen, dus laat het {name} zelf weten.",
  },
  "shift.remove.to_holder_title": {
    en: "Off the rota: shift #{number} {role}",
    cy: "Oddi ar y rota: shifft #{number} {role}",
    nl: "Van het rooster gehaald: dienst #{number} {role}",
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
  "shift.add.description": {
    en: "Coordinators: add a shift to the rota",
    cy: "Cydlynwyr: ychwanegu shifft at y rota",
    nl: "Coördinatoren: voeg een dienst toe aan het rooster",
  },
  "shift.add.usage": {
    en: "{command} add Front desk | 2026-12-05 10:00-13:00 | Town hall | 2 | dbs_enhanced",
    cy: "{command} add Desg flaen | 2026-12-05 10:00-13:00 | Neuadd y dref | 2 | dbs_enhanced",
    nl: "{command} add Onthaal | 2026-12-05 10:00-13:00 | Stadhuis | 2 | strafregister_model_2",
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
    en: { one: "Nothing was saved: {count} line needs fixing", other: "Nothing was saved: {count} lines need fixing" },
    cy: "Dim wedi'i gadw: mae angen cywiro {count} llinell",
    nl: "Niets opgeslagen. Regels om te verbeteren: {count}",
  },
  "shift.import.nothing_saved": {
    en: "Fix these lines and import the whole file again. No shift was added.",
    cy: "Cywirwch y llinellau hyn a mewnforiwch y ffeil gyfan eto. Ni ychwanegwyd unrhyw shifft.",
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
    nl: "aantal kolommen: {count}; verwacht: role,date,start,end,place,capacity,checks",
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
    nl: "“{capacity}” plaatsen: gebruik een heel getal van 1 tot en met {max}",
  },
  "shift.import.place_long": {
    en: "the place is longer than {max} characters",
    cy: "mae'r lle yn hirach na {max} nod",
    nl: "de plaats is langer dan {max} tekens",
  },
  "shift.import.done": {
    en: { one: "Added {count} shift: #{first}", other: "Added {count} shifts, #{first} to #{last}" },
    cy: "Ychwanegwyd {count} shifft, #{first} i #{last}",
    nl: "Diensten toegevoegd: {count} (#{first} t/m #{last})",
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
  "shift.cancelled": {
    en: "Shift #{number} was cancelled. See upcoming shifts with /shift list.",
    cy: "Cafodd shifft #{number} ei chanslo. Edrychwch ar y shifftiau nesaf gyda /shift list.",
    nl: "Dienst #{number} is geannuleerd. Bekijk de komende diensten met /shift list.",
  },
  "shift.cancel.description": {
    en: "Coordinators: cancel a shift; everyone on it is told",
    cy: "Cydlynwyr: canslo shifft; caiff pawb arni wybod",
    nl: "Coördinatoren: een dienst annuleren; iedereen die erop staat, krijgt bericht",
  },
  "shift.cancel.usage": {
    en: "{command} cancel 12",
    cy: "{command} cancel 12",
    nl: "{command} cancel 12",
  },
  "shift.cancel.confirm": {
    en: "Cancel shift #{number} {role}? The volunteers on it ({holders}) will be told. It starts",
    cy: "Canslo shifft #{number} {role}? Caiff {holders} gwirfoddolwr arni wybod. Mae'n dechrau",
    nl: "Dienst #{number} {role} annuleren? Ingeschreven vrijwilligers ({holders}) krijgen bericht. Start:",
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
    en: "Cancelled shift #{number} {role}. Told by message: {told} of {holders}.",
    cy: "Wedi canslo shifft #{number} {role}. Cafodd {told} o'r {holders} gwirfoddolwr neges.",
    nl: "Dienst #{number} {role} geannuleerd. Op de hoogte gebracht: {told} van {holders}.",
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
    nl: "Dienst #{number} is geannuleerd, dus je aanbod om te vervangen is niet meer nodig. Bedankt dat je wilde helpen.",
  },
  "shift.edit.description": {
    en: "Coordinators: change a shift's time, place or number of places",
    cy: "Cydlynwyr: newid amser, lle neu nifer lleoedd shifft",
    nl: "Coördinatoren: tijd, plek of aantal plaatsen van een dienst wijzigen",
  },
  "shift.edit.usage": {
    en: "{command} edit 12 | 2026-12-05 10:00-13:00 | Town hall | 2 (or named parts, e.g. capacity: 3)",
    cy: "{command} edit 12 | 2026-12-05 10:00-13:00 | Neuadd y dref | 2 (neu rannau wedi'u henwi, e.e. lleoedd: 3)",
    nl: "{command} edit 12 | 2026-12-05 10:00-13:00 | Stadhuis | 2 (of met namen, bv. plaatsen: 3)",
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
    en: "Shift #{number} has {holders} volunteers on it, so its places can't be {capacity}. Nothing has changed.",
    cy: "Mae {holders} gwirfoddolwr ar shifft #{number}, felly all hi ddim cael dim ond {capacity} lle. Does dim wedi newid.",
    nl: "Op dienst #{number} staan {holders} vrijwilligers, dus het aantal plaatsen kan niet {capacity} zijn. Er is niets veranderd.",
  },
  "shift.edit.overlap": {
    en: "Shift #{number} can't move then: {name} is on shift #{other} at that time. Nothing has changed.",
    cy: "All shifft #{number} ddim symud i'r amser hwnnw: mae {name} ar shifft #{other} bryd hynny. Does dim wedi newid.",
    nl: "Dienst #{number} kan niet naar die tijd: {name} staat dan op dienst #{other}. Er is niets veranderd.",
  },
  "shift.edit.holder_ineligible": {
    en: "Shift #{number} can't move then: for {name}, {why}. Record their renewed check with {command} check first, or keep the shift's time. Nothing has changed.",
    cy: "All shifft #{number} ddim symud i'r amser hwnnw: i {name}, {why}. Cofnodwch wiriad newydd {name} gyda {command} check yn gyntaf, neu cadwch amser y shifft. Does dim wedi newid.",
    nl: "Dienst #{number} kan niet naar die tijd: voor {name} geldt: {why}. Leg eerst de vernieuwde screening van {name} vast met {command} check, of behoud het tijdstip van de dienst. Er is niets veranderd.",
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
    nl: "heeft een van je diensten verplaatst.",
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
  "shift.edit.done_moved": {
    en: "Saved shift #{number}: {when}.",
    cy: "Wedi cadw shifft #{number}: {when}.",
    nl: "Dienst #{number} opgeslagen: {when}.",
  },
  "shift.edit.told": {
    en: "Told by message: {told} of {holders}.",
    cy: "Cafodd {told} o'r {holders} gwirfoddolwr neges.",
    nl: "Op de hoogte gebracht: {told} van {holders}.",
  },
});
