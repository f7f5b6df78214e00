import { audit } from "../../core/audit.js";
import type { Locale } from "../../core/i18n/index.js";
import type { Db } from "../../db/index.js";

/** The language each member chose for themselves (`/gather language`). Changes are audited. */
export class LanguageStore {
  constructor(private readonly db: Db) {}

  /** Sets the member's own language; "auto" clears it (the platform's, then the network's, is used). */
  async choose(
    member: { readonly id: string; readonly networkId: string },
    chosen: Locale | "auto",
    at: Date,
  ): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.member.update({ where: { id: member.id }, data: { locale: chosen === "auto" ? null : chosen } });
      await audit(tx, {
        networkId: member.networkId,
        actorId: member.id,
        at,
        action: "member.language_set",
        subjectType: "Member",
        subjectId: member.id,
        details: { language: chosen },
      });
    });
  }
}
