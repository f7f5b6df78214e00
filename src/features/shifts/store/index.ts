/**
 * The shift feature's stores: they alone touch its tables, return the rota's domain types and
 * never speak to the member; a refused change comes back as `{ refused }` for the handler to say.
 */
import type { Db } from "../../../db/index.js";
import type { RotaPlan } from "../domain.js";
import { ShiftChanges } from "./changes.js";
import { CheckStore } from "./checks.js";
import { CoverStore } from "./covers.js";
import { HoursStore } from "./hours.js";
import { RotaPeople } from "./people.js";
import { PlaceStore } from "./places.js";
import { RotaStore } from "./rota.js";
import { SwapStore } from "./swaps.js";

export { ShiftReads } from "./reads.js";
export type { Recipient } from "./people.js";

/** The shift stores, one per part of the rota. */
export interface ShiftStores {
  readonly rota: RotaStore;
  readonly places: PlaceStore;
  readonly changes: ShiftChanges;
  readonly covers: CoverStore;
  readonly swaps: SwapStore;
  readonly checks: CheckStore;
  readonly hours: HoursStore;
  readonly people: RotaPeople;
}

/** Every shift store on `db`, planning jobs with `plan` in the transactions that need them. */
export function shiftStores(db: Db, plan: RotaPlan): ShiftStores {
  return {
    rota: new RotaStore(db),
    places: new PlaceStore(db, plan),
    changes: new ShiftChanges(db, plan),
    covers: new CoverStore(db, plan),
    swaps: new SwapStore(db, plan),
    checks: new CheckStore(db, plan),
    hours: new HoursStore(db),
    people: new RotaPeople(db),
  };
}
