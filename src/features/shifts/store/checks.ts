/** Members' checks (a DBS, a safeguarding course), as coordinators record them. */
import type { Db } from "../../../db/index.js";
import type { RotaPlan, StoredCheck } from "../domain.js";
import { record } from "./rows.js";

type CheckRow = StoredCheck & Record<string, unknown>;
const toCheck = ({ id, networkId, memberId, kind, status, expiresAt }: CheckRow): StoredCheck => ({
  id,
  networkId,
  memberId,
  kind,
  status,
  expiresAt,
});

/** Members' checks: recorded with their expiry warnings planned, listed, found. */
export class CheckStore {
  constructor(
    private readonly db: Db,
    private readonly plan: RotaPlan,
  ) {}

  /** Records (or replaces) a member's check and plans its expiry warnings, in one transaction. */
  async record(
    networkId: string,
    memberId: string,
    kind: string,
    status: string,
    expiresAt: Date | null,
    verifiedById: string,
    at: Date,
  ): Promise<StoredCheck> {
    return this.db.$transaction(async (tx) => {
      const data = { status, expiresAt, verifiedById, updatedAt: at };
      const check = await tx.memberCheck.upsert({
        where: { memberId_kind: { memberId, kind } },
        create: { networkId, memberId, kind, createdAt: at, ...data },
        update: data,
      });
      await record(tx, networkId, verifiedById, "shift.check_recorded", { type: "MemberCheck", id: check.id }, at, {
        kind,
        status,
        expiresAt: expiresAt?.toISOString() ?? null,
      });
      await this.plan.checkRecorded(tx, check, at);
      return toCheck(check);
    });
  }

  /** Every check of a member, by kind. */
  async of(memberId: string): Promise<StoredCheck[]> {
    const rows = await this.db.memberCheck.findMany({ where: { memberId }, orderBy: { kind: "asc" } });
    return rows.map(toCheck);
  }

  async byId(id: string): Promise<StoredCheck | undefined> {
    const row = await this.db.memberCheck.findUnique({ where: { id } });
    return row ? toCheck(row) : undefined;
  }
}
