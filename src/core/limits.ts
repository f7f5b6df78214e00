/**
 * What the core itself builds stays within these, whatever the platform: it knows no platform's
 * limits. Each adapter states its platform's own limits as data (adapters/<platform>/limits.ts),
 * checks messages against them before sending, and its tests assert that the platform allows at
 * least these.
 */
export const CoreLimits = {
  /** Characters in a button's or form's custom id (core/custom-id.ts refuses longer). */
  customId: 100,
  /** Fields in a form (the dispatcher refuses a subcommand's form with more). */
  formFields: 5,
  /** Characters in a button's label, in both languages together (core/bilingual.ts keeps one otherwise). */
  buttonLabel: 75,
  /** Buttons on one message. */
  actions: 25,
} as const satisfies Record<string, number>;

/**
 * Abuse limits per member (issue: governance). Counted in fixed windows in the
 * RateWindow table, so every instance shares them. The dispatcher takes its
 * own copy in DispatcherDeps (tests that hammer on purpose pass generous ones).
 */
export interface RateLimits {
  /** Commands, button presses and form submissions per member per minute. */
  readonly commandsPerMinute: number;
  /** Pings to other members (offers, DM hand-offs, cover pings) per member per hour. */
  readonly pingsPerHour: number;
}

export const DefaultRateLimits: RateLimits = { commandsPerMinute: 30, pingsPerHour: 10 };
