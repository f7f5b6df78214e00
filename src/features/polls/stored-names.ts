/**
 * Names stored outside the code: in the custom ids of posted buttons, in queued jobs and in the
 * audit trail. Never rename one: cards already posted and jobs already queued would break.
 */

/** Custom id of a vote button: `poll.vote:<pollId>.<option index>`. */
export const POLL_BUTTON = { vote: "poll.vote" } as const;

/** Job kind of a poll's closing at its time (one per poll, deduplicated by the poll's id). */
export const POLL_JOB = { close: "poll.close" } as const;

/** Audit actions of polls (never of votes: who voted on an anonymous poll is not recorded anywhere). */
export const POLL_AUDIT = { created: "poll.created", closed: "poll.closed" } as const;

/** PostedCard.subjectType of a poll's card. */
export const POLL_CARD = "poll";
