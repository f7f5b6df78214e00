/**
 * What the core and the adapters count, as a platform-free port. The HTTP listener's `/metrics`
 * serves a Prometheus implementation (src/http/metrics.ts); everything else gets {@link noMetrics}
 * unless one is passed in, so tests and scripts need no registry.
 */
import type { Platform } from "./invocation.js";

/** How a command, button or form submission ended. */
/** "busy": turned away unanswered because the instance was overloaded (see Dispatcher.busy). */
export type CommandOutcome = "ok" | "refused" | "unavailable" | "error" | "busy";

/** What happened to jobs in a tick, as the scheduler counts them. */
export type JobEvent = "due" | "claimed" | "sent" | "failed" | "skipped" | "retried" | "lost";

export interface Metrics {
  /** One invocation handled by the dispatcher: its command (or button/form) name, outcome and real time taken. */
  commandHandled(name: string, outcome: CommandOutcome, seconds: number): void;
  /** `count` jobs reached this point in a tick. */
  jobs(event: JobEvent, count: number): void;
  /** How many jobs are due now and still pending (sampled at each tick). */
  jobsDuePending(count: number): void;
  /** The platform answered 429 (or the SDK waited out a rate limit) once. */
  rateLimited(platform: Platform | string, route?: string): void;
}

/** Counts nothing. */
export const noMetrics: Metrics = {
  commandHandled: () => undefined,
  jobs: () => undefined,
  jobsDuePending: () => undefined,
  rateLimited: () => undefined,
};
