/**
 * Errors a job can end with that retrying would not cure.
 */
import { ErrorCode, GatherError } from "../errors.js";

/**
 * Thrown by a handler (or for it) when running the job again cannot succeed: the job is marked
 * failed at once, with this message as its lastError. Anything else thrown is retried.
 */
export class PermanentJobError extends GatherError {
  declare readonly code: typeof ErrorCode.JobFailedPermanently | typeof ErrorCode.JobBadPayload;
  /** Why, in the thrower's own short, stable words, e.g. "meeting_deleted"; safe to log. */
  readonly reason: string;

  constructor(reason: string, message: string, code: PermanentJobError["code"] = ErrorCode.JobFailedPermanently) {
    super(code, message, { reason });
    this.name = "PermanentJobError";
    this.reason = reason;
  }
}

/** The stored payload does not match the job's schema: a bug or a stale row, never a passing fault. */
export class JobPayloadError extends PermanentJobError {
  declare readonly code: typeof ErrorCode.JobBadPayload;
  readonly kind: string;

  /** `problems` names fields and what is wrong with them, never their values. */
  constructor(kind: string, problems: string) {
    super("bad_payload", `payload does not match ${kind}: ${problems}`, ErrorCode.JobBadPayload);
    this.name = "JobPayloadError";
    this.kind = kind;
  }
}
