import type { Clock } from "./core/clock.js";
import { Messengers, type Delivery } from "./core/delivery.js";
import { createDelivery } from "./delivery/service.js";
import { Dispatcher } from "./core/dispatcher.js";
import { tellCoordinatorsOfMissedJob } from "./core/skipped.js";
import type { RateLimits } from "./core/limits.js";
import type { Logger } from "./core/logger.js";
import { noMetrics, type Metrics } from "./core/metrics.js";
import type { NetworkDefaults } from "./core/members.js";
import { readerOf, type Reader, type ReaderAccount } from "./core/reader.js";
import type { Registry } from "./core/registry.js";
import type { Db, Provider } from "./db/index.js";
import type { SeenRequests } from "./core/seen-requests.js";
import { databaseSeenRequests } from "./db/seen-requests.js";
import { createRegistry, jobs as featureJobs } from "./features/index.js";
import { deliveryJobs } from "./delivery/outbox.js";
import { Scheduler, type JobDefinition, type SchedulerOptions } from "./scheduler/index.js";

export interface GatherDeps {
  readonly db: Db;
  /** Which database `db` talks to: search and locking differ between them. */
  readonly provider: Provider;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly defaults: NetworkDefaults;
  /** The HTTP listener's public base URL (calendar feed links). */
  readonly publicUrl?: string;
  /** Where proactive output goes; adapters register theirs as they start. A new, empty one by default. */
  readonly messengers?: Messengers;
  /** What commands, jobs and adapters count (served at /metrics); counts nothing by default. */
  readonly metrics?: Metrics;
  /** Per-member abuse limits (commands a minute, pings an hour); the defaults in core/limits.ts when absent. */
  readonly limits?: RateLimits;
  /** Requests already handled (replay refusal); the SeenRequest table of `db` unless given. */
  readonly seenRequests?: SeenRequests;
}

/** What a scheduler needs beyond what Gather already has. */
export type GatherSchedulerOptions = Omit<
  SchedulerOptions,
  "db" | "provider" | "clock" | "logger" | "delivery" | "jobs"
> & {
  /** Default: every feature's jobs. */
  readonly jobs?: readonly JobDefinition[];
};

/** The platform-free bot: what every adapter is given. */
export interface Gather {
  readonly dispatcher: Dispatcher;
  readonly registry: Registry;
  /** The adapters' Messengers: register each as its adapter starts. */
  readonly messengers: Messengers;
  /** Sends to members and channels by their stored records (reminders, hand-offs, digests). */
  readonly delivery: Delivery;
  /** Every feature's scheduled jobs. */
  readonly jobs: readonly JobDefinition[];
  /** Where the dispatcher, schedulers and adapters count things. */
  readonly metrics: Metrics;
  /** Signed platform requests already handled, shared by every instance on the database (replays are refused). */
  readonly seenRequests: SeenRequests;
  /** A scheduler that runs this Gather's jobs on its database, clock and delivery. */
  createScheduler(options: GatherSchedulerOptions): Scheduler;
  /** The language and zone an account reads in now (for an adapter that renders times itself). */
  readerOf(account: ReaderAccount): Promise<Reader>;
}

/** Wires every feature into one dispatcher. Adapters and tests start here. */
export function createGather(deps: GatherDeps): Gather {
  const registry = createRegistry();
  const messengers = deps.messengers ?? new Messengers();
  const delivery = createDelivery({ db: deps.db, messengers, logger: deps.logger });
  const jobs: readonly JobDefinition[] = [...featureJobs, ...deliveryJobs];
  return {
    registry,
    dispatcher: new Dispatcher({ ...deps, registry, delivery }),
    messengers,
    delivery,
    jobs,
    metrics: deps.metrics ?? noMetrics,
    seenRequests: deps.seenRequests ?? databaseSeenRequests(deps.db, deps.logger),
    readerOf: (account) => readerOf(deps.db, account, deps.defaults),
    createScheduler: (options) =>
      new Scheduler({
        ...options,
        jobs: options.jobs ?? jobs,
        onSkipped: options.onSkipped ?? tellCoordinatorsOfMissedJob(deps.db, delivery),
        db: deps.db,
        provider: deps.provider,
        clock: deps.clock,
        logger: deps.logger.child({ component: "scheduler" }),
        delivery,
        metrics: options.metrics ?? deps.metrics ?? noMetrics,
      }),
  };
}
