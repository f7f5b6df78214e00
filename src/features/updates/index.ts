import { defineFeature } from "../../core/feature.js";
import { updateActions } from "./actions.js";
import { refreshUpdateCards, UPDATE_CARD } from "./cards.js";
import { updateCommand } from "./command.js";
import { updateJobs } from "./jobs.js";
import { updateFigures } from "./figures.js";
import { updatesPersonalData } from "./personal-data.js";
import { planFirstDigest } from "./schedule.js";
import { strings } from "./strings/index.js";

/** Project updates: one-paragraph summaries, and the network's searchable directory of them. */
export const updates = defineFeature({
  name: "updates",
  commands: [updateCommand],
  actions: updateActions,
  jobs: updateJobs,
  cards: { [UPDATE_CARD]: (deps, networkId, id) => refreshUpdateCards(deps, networkId, id) },
  strings,
  onChannelSet: async (tx, change) =>
    change.kind === "digest" ? planFirstDigest(tx, change.networkId, change.timeZone, change.now) : undefined,
  personalData: updatesPersonalData,
  figures: updateFigures,
});
