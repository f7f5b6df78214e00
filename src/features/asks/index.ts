import { defineFeature } from "../../core/feature.js";
import { askActions } from "./actions.js";
import { ASK_CARD, refreshAskCards } from "./cards.js";
import { askCommand, offerCommand } from "./command.js";
import { askFigures } from "./figures.js";
import { askJobs } from "./jobs.js";
import { asksPersonalData } from "./personal-data.js";
import { strings } from "./strings/index.js";

/** Asks and offers: members ask for information, advice or support, and others offer it. */
export const asks = defineFeature({
  name: "asks",
  commands: [askCommand, offerCommand],
  actions: askActions,
  jobs: askJobs,
  cards: { [ASK_CARD]: (deps, networkId, id) => refreshAskCards(deps, networkId, id) },
  strings,
  personalData: asksPersonalData,
  figures: askFigures,
});
