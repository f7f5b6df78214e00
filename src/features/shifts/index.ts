import { defineFeature } from "../../core/feature.js";
import { shiftActions } from "./actions.js";
import { COVER_CARD, refreshCoverCards } from "./cards.js";
import { shiftCommand } from "./command.js";
import { shiftJobs } from "./jobs.js";
import { offerJob } from "./open-cover.js";
import { shiftFigures } from "./figures.js";
import { shiftsPersonalData } from "./personal-data.js";
import { strings } from "./strings/index.js";

/** Volunteer shifts: the rota, sign-up, cover, swaps, checks and hours. */
export const shifts = defineFeature({
  name: "shifts",
  commands: [shiftCommand],
  actions: shiftActions,
  jobs: [...shiftJobs, offerJob],
  cards: { [COVER_CARD]: (deps, networkId, id) => refreshCoverCards(deps, networkId, [id]) },
  strings,
  personalData: shiftsPersonalData,
  figures: shiftFigures,
});
