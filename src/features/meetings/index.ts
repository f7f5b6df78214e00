import { defineFeature } from "../../core/feature.js";
import { meetingActions } from "./actions.js";
import { MEETING_CARD, refreshMeetingCards } from "./cards.js";
import { meetingCommand } from "./command.js";
import { calendarRoute } from "./feed.js";
import { meetingJobs } from "./jobs.js";
import { meetingFigures } from "./figures.js";
import { meetingsPersonalData } from "./personal-data.js";
import { strings } from "./strings/index.js";

/** Network meetings: scheduling, answers, reminders, calendar feeds and platform events. */
export const meetings = defineFeature({
  name: "meetings",
  commands: [meetingCommand],
  actions: meetingActions,
  jobs: meetingJobs,
  routes: [calendarRoute],
  cards: { [MEETING_CARD]: (deps, networkId, id) => refreshMeetingCards(deps, networkId, id) },
  strings,
  personalData: meetingsPersonalData,
  figures: meetingFigures,
});
