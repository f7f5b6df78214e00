/**
 * Durable jobs: every reminder, escalation and digest is a row, claimed by lease and run once
 * across restarts and instances. Features plan jobs (enqueue, reschedule, cancel) and declare
 * how to run them (defineJob); main.ts runs a Scheduler.
 */
export {
  enqueue,
  reschedule,
  cancel,
  cancelWhere,
  type NewJob,
  type JobStatus,
  type RescheduleResult,
} from "./jobs.js";
export { defineJob, type JobContext, type JobDefinition, type JobInfo, type JobSpec } from "./handlers.js";
export { PermanentJobError, JobPayloadError } from "./errors.js";
export { Scheduler, type RenewalResult, type SchedulerOptions, type SkippedJob, type TickResult } from "./scheduler.js";
export { SchedulerDefaults, backoffMs } from "./policy.js";
