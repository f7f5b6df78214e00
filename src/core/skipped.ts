import type { Db } from "../db/index.js";
import type { Delivery } from "./delivery.js";
import { matchLocale, translator } from "./i18n/index.js";

/** What the scheduler says of a job it could not run in time. */
export interface MissedJob {
  readonly kind: string;
  readonly dueAt: Date;
  readonly networkId: string | null;
}

/**
 * After downtime longer than a job's grace, the job is skipped rather than
 * sent days late; the network's coordinators and admins are told what was
 * missed, so nobody relies on a reminder that never came.
 */
export function tellCoordinatorsOfMissedJob(db: Db, delivery: Delivery) {
  return async (job: MissedJob): Promise<void> => {
    if (!job.networkId) return;
    const network = await db.network.findUnique({ where: { id: job.networkId } });
    if (!network) return;
    const coordinators = await db.member.findMany({
      where: { networkId: job.networkId, role: { in: ["coordinator", "admin"] } },
      select: { id: true, locale: true },
    });
    for (const member of coordinators) {
      const t = translator(matchLocale(member.locale) ?? matchLocale(network.locale) ?? "en");
      await delivery.toMember(member.id, {
        text: [t("job.skipped", { kind: job.kind }), " ", { kind: "time", at: job.dueAt, style: "datetime" }],
      });
    }
  };
}
