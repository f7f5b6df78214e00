/**
 * The Metrics port in Prometheus form, in a Registry of its own (never prom-client's global one):
 * two Gathers in one process (tests, benches) count separately, and nothing else in the process
 * can add to or clash with what `/metrics` serves.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { CommandOutcome, JobEvent, Metrics } from "../core/metrics.js";

export interface PrometheusMetricsOptions {
  /** Also export the process's own metrics (CPU, memory, event loop lag). Default true. */
  readonly processMetrics?: boolean;
  /** The platforms this process serves, as their adapters name them: their rate-limit counts start at 0. */
  readonly platforms?: readonly string[];
}

export class PrometheusMetrics implements Metrics {
  readonly registry = new Registry();
  readonly #commands: Counter<"command" | "outcome">;
  readonly #latency: Histogram<"command">;
  readonly #jobs: Counter<"event">;
  readonly #duePending: Gauge;
  readonly #rateLimited: Counter<"platform">;

  constructor(options: PrometheusMetricsOptions = {}) {
    const registers = [this.registry];
    this.#commands = new Counter({
      name: "gather_commands_total",
      help: "Commands, buttons and form submissions handled, by name and outcome (ok, refused, unavailable, error, busy).",
      labelNames: ["command", "outcome"],
      registers,
    });
    this.#latency = new Histogram({
      name: "gather_command_duration_seconds",
      help: "Time from receiving an invocation to its last reply, by name.",
      labelNames: ["command"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.#jobs = new Counter({
      name: "gather_jobs_total",
      help: "Scheduled jobs by what happened: due (read as claimable), claimed, sent (ran to done), failed, skipped, retried, lost.",
      labelNames: ["event"],
      registers,
    });
    this.#duePending = new Gauge({
      name: "gather_jobs_due_pending",
      help: "Jobs due now and not yet claimed, as of the last tick.",
      registers,
    });
    this.#rateLimited = new Counter({
      name: "gather_platform_rate_limited_total",
      help: "Times a platform answered 429 (rate limited), by platform.",
      labelNames: ["platform"],
      registers,
    });
    // Zero series up front, so dashboards see 0 rather than nothing before the first event.
    for (const event of ["due", "claimed", "sent", "failed", "skipped", "retried", "lost"] satisfies JobEvent[])
      this.#jobs.inc({ event }, 0);
    for (const platform of options.platforms ?? []) this.#rateLimited.inc({ platform }, 0);
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: "gather_" });
  }

  commandHandled(name: string, outcome: CommandOutcome, seconds: number): void {
    this.#commands.inc({ command: name, outcome });
    // A command turned away as busy was never handled: its zero would flatter the latency.
    if (outcome !== "busy") this.#latency.observe({ command: name }, seconds);
  }

  jobs(event: JobEvent, count: number): void {
    if (count > 0) this.#jobs.inc({ event }, count);
  }

  jobsDuePending(count: number): void {
    this.#duePending.set(count);
  }

  rateLimited(platform: string): void {
    this.#rateLimited.inc({ platform });
  }

  /** The exposition text `/metrics` serves. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
