import { defineFeature } from "../../core/feature.js";
import { helpActions } from "./actions.js";
import { ASK_CARD, refreshAskCards } from "./cards.js";
import { askCommand, offerCommand } from "./command.js";
import { helpJobs } from "./jobs.js";
import { askFigures } from "./figures.js";
import { asksPersonalData } from "./personal-data.js";
import { strings } from "./strings.js";

/** Asks and offers: members ask for information, advice or support, and others offer it. */
export const asks = defineFeature({
  name: "asks",
  commands: [askCommand, offerCommand],
  actions: helpActions,
  jobs: helpJobs,
  cards: { [ASK_CARD]: (deps, networkId, id) => refreshAskCards(deps, networkId, id) },
  strings,
  personalData: asksPersonalData,
  figures: askFigures,
});
