/**
 * Platform limits as data, checked before sending (Chat SDK's LIMITS idea).
 * Numbers from Slack's and Discord's API references.
 */
export const DiscordLimits = {
  customId: 100,
  modalFields: 5,
  modalTitle: 45,
  textInputLabel: 45,
  textInputValue: 4000,
  buttonLabel: 80,
  buttonsPerRow: 5,
  actionRows: 5,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  commandName: 32,
  commandDescription: 100,
  optionsPerCommand: 25,
} as const;

export const SlackLimits = {
  actionId: 255,
  callbackId: 255,
  privateMetadata: 3000,
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  elementsPerActions: 25,
  modalTitle: 24,
  modalSubmit: 24,
  inputLabel: 2000,
  slashCommandDescription: 2000,
  slashCommandUsageHint: 1000,
} as const;

/** The tightest of both, for what the core itself builds. */
export const CoreLimits = {
  customId: DiscordLimits.customId,
  formFields: DiscordLimits.modalFields,
  formTitle: SlackLimits.modalTitle,
  buttonLabel: SlackLimits.buttonText,
  actions: DiscordLimits.buttonsPerRow * DiscordLimits.actionRows,
} as const;

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
