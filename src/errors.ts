/**
 * Failures that are the operator's or the programmer's to fix, never the member's: one base class
 * and one list of stable codes for every layer (configuration, database, scheduler, core, ports,
 * adapters), in the manner of Bolt's `ErrorCode`. Members are shown `UserError`s (core/errors.ts),
 * translation keys with parameters, instead.
 *
 * A leaf module that imports nothing, so the database layer at the bottom can use it too.
 */

/** Every code a {@link GatherError} can carry: safe to log, match on and alert on. Never reuse or rename one. */
export const ErrorCode = {
  /** The environment does not make a working configuration (ConfigError). */
  ConfigInvalid: "gather_config_invalid",
  /** A custom id that is not `feature.action[:argument]`, or longer than the core allows. */
  CustomIdInvalid: "gather_custom_id_invalid",
  /** Two definitions (actions, buttons) share one name. */
  DuplicateName: "gather_duplicate_name",
  /** A message, form, command or id is beyond what a platform takes; the adapter refuses it before sending. */
  PlatformLimitExceeded: "gather_platform_limit_exceeded",
  /** The message to edit is not there any more (MessageGoneError). */
  MessageGone: "gather_message_gone",
  /** The space's event is not there any more (EventGoneError). */
  EventGone: "gather_event_gone",
  /** The bot may not manage events in the space (EventsNotAllowedError). */
  EventsNotAllowed: "gather_events_not_allowed",
  /** A send names a space that is not stored (DeliveryError). */
  DeliveryUnknownSpace: "gather_delivery_unknown_space",
  /** No adapter running in this process can send to (or edit in) the space's platform (DeliveryError). */
  DeliveryNoMessenger: "gather_delivery_no_messenger",
  /** A job's handler says running it again cannot succeed (PermanentJobError). */
  JobFailedPermanently: "gather_job_failed_permanently",
  /** A job's stored payload does not match its schema (JobPayloadError). */
  JobBadPayload: "gather_job_bad_payload",
  /** An applied migration's file was changed afterwards (MigrationHistoryError). */
  MigrationChecksumMismatch: "gather_migration_checksum_mismatch",
  /** A migration failed earlier and may be half-applied (MigrationHistoryError). */
  MigrationFailedEarlier: "gather_migration_failed_earlier",
  /** The database has tables but no migration history (MigrationHistoryError). */
  MigrationDatabaseNotEmpty: "gather_migration_database_not_empty",
  /** A migration's script failed now (MigrationError). */
  MigrationFailed: "gather_migration_failed",
  /** Another process holds the migration lock for too long (MigrationError). */
  MigrationLockTimeout: "gather_migration_lock_timeout",
  /** The migrations folder holds no migration (MigrationError). */
  MigrationsMissing: "gather_migrations_missing",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * An operator-facing error with a stable {@link ErrorCode} and data, like Bolt's and discord.js's.
 * Subclasses name the situation (`MessageGoneError`) and narrow the code; `data` holds ids and
 * numbers that help, never what members wrote.
 */
export class GatherError extends Error {
  readonly code: ErrorCode;
  readonly data: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, data: Record<string, unknown> = {}, options?: ErrorOptions) {
    super(message, options);
    this.name = "GatherError";
    this.code = code;
    this.data = data;
  }
}
