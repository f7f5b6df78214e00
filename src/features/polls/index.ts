import { defineFeature } from "../../core/feature.js";
import { pollActions } from "./actions.js";
import { refreshPollCards } from "./cards.js";
import { pollCommand } from "./command.js";
import { pollFigures } from "./figures.js";
import { pollJobs } from "./jobs.js";
import { pollsPersonalData } from "./personal-data.js";
import { POLL_CARD } from "./stored-names.js";
import { strings } from "./strings/index.js";

/** Polls: a question with 2 to 15 answers, single or multiple choice, named or anonymous. */
export const polls = defineFeature({
  name: "polls",
  commands: [pollCommand],
  actions: pollActions,
  jobs: pollJobs,
  cards: { [POLL_CARD]: (deps, networkId, id) => refreshPollCards(deps, networkId, id) },
  strings,
  personalData: pollsPersonalData,
  figures: pollFigures,
});
