/**
 * Names stored outside the code: in the custom ids of posted buttons, in queued jobs and in the audit
 * trail. They keep the feature's old "help." prefix on purpose: renaming them would break the cards
 * already posted and the jobs already queued, and split the audit trail.
 */

/** Custom ids of the ask buttons (stored in posted cards and DMs: keep the "help." names). */
export const ASK_BUTTON = {
  offer: "help.offer",
  choose: "help.choose",
  resolve: "help.resolve",
  close: "help.close",
  undo: "help.undo",
} as const;

/** Job kinds of the ask jobs (stored in queued Job rows: keep the "help." names). */
export const ASK_JOB = {
  match: "help.match",
  bump: "help.bump",
  escalate: "help.escalate",
} as const;

/** Audit actions of asks and standing offers (stored in the audit trail: keep the "help." names). */
export const ASK_AUDIT = {
  asked: "help.asked",
  offered: "help.offered",
  offerChosen: "help.offer_chosen",
  resolved: "help.resolved",
  closed: "help.closed",
  storyTold: "help.story_told",
  undone: "help.undone",
  settingsSet: "help.settings_set",
  standingOfferSet: "help.standing_offer_set",
  standingOfferStopped: "help.standing_offer_stopped",
} as const;
