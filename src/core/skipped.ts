import type { Db } from "../db/index.js";
import type { Delivery } from "./delivery.js";
import { tellCoordinators } from "./people.js";

/** What the scheduler says of a job it could not run in time. */
export interface MissedJob {
  readonly kind: string;
  readonly dueAt: Date;
  readonly networkId: string | null;
}

/**
 * After downtime longer than a job's grace, the job is skipped rather than
 * sent days late; the network's coordinators and admins (never erased ones)
 * are told what was missed, so nobody relies on a reminder that never came.
 */
export function tellCoordinatorsOfMissedJob(db: Db, delivery: Delivery) {
  return async (job: MissedJob): Promise<void> => {
    if (!job.networkId) return;
    await tellCoordinators(db, delivery, job.networkId, (t) => ({
      text: [t("job.skipped", { kind: job.kind }), " ", { kind: "time", at: job.dueAt, style: "datetime" }],
    }));
  };
}
