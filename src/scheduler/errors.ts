/**
 * Errors a job can end with that retrying would not cure.
 */

/**
 * Thrown by a handler (or for it) when running the job again cannot succeed: the job is marked
 * failed at once, with this message as its lastError. Anything else thrown is retried.
 */
export class PermanentJobError extends Error {
  /** A stable code, e.g. "job.bad_payload". */
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "PermanentJobError";
    this.code = code;
  }
}

/** The stored payload does not match the job's schema: a bug or a stale row, never a passing fault. */
export class JobPayloadError extends PermanentJobError {
  readonly kind: string;

  /** `problems` names fields and what is wrong with them, never their values. */
  constructor(kind: string, problems: string) {
    super("job.bad_payload", `payload does not match ${kind}: ${problems}`);
    this.name = "JobPayloadError";
    this.kind = kind;
  }
}
