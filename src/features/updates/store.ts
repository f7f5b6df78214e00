import { audit } from "../../core/audit.js";
import type { Db, Provider, Tx } from "../../db/index.js";
import { cancelWhere } from "../../scheduler/index.js";
import { projectKeyOf, type DirectoryFilter, type StoredUpdate, type UpdateContent } from "./domain.js";
import { columns, toStored, withAuthor } from "./rows.js";
import { AUTO_ARCHIVE_JOB, FRESHNESS_JOB, scheduleAutoArchive, scheduleFreshness } from "./schedule.js";
import { indexUpdate, searchUpdates, unindexUpdate } from "./search.js";

export { projectKeyOf, type StoredUpdate, type UpdateContent } from "./domain.js";
export { toStored } from "./rows.js";

function recordAudit(
  tx: Tx,
  networkId: string,
  actorId: string | null,
  action: string,
  subjectId: string,
  at: Date,
  details = {},
) {
  return audit(tx, { networkId, actorId, action, subjectType: "ProjectUpdate", subjectId, at, details });
}

/** Asks the author "still current?" after the network's freshness period. */
async function checkLater(tx: Tx, row: { id: string; networkId: string; confirmedAt: Date }): Promise<void> {
  const network = await tx.network.findUniqueOrThrow({
    where: { id: row.networkId },
    select: { updateFreshnessWeeks: true },
  });
  await scheduleFreshness(tx, row, network.updateFreshnessWeeks);
}

async function stopChecks(tx: Tx, id: string): Promise<void> {
  await cancelWhere(tx, { keyPrefix: `${FRESHNESS_JOB}:${id}:` });
  await cancelWhere(tx, { keyPrefix: `${AUTO_ARCHIVE_JOB}:${id}:` });
}

/** The store of project updates for one database. Every write keeps the search index and the audit trail in step. */
export class UpdateStore {
  constructor(
    private readonly db: Db,
    private readonly provider: Provider,
  ) {}

  /** An update by its number, only within `networkId`: another network's number is "not found". */
  async byNumber(networkId: string, number: number): Promise<StoredUpdate | undefined> {
    const row = await this.db.projectUpdate.findUnique({
      where: { networkId_number: { networkId, number } },
      include: withAuthor,
    });
    return row ? toStored(row) : undefined;
  }

  async byId(id: string): Promise<StoredUpdate | undefined> {
    const row = await this.db.projectUpdate.findUnique({ where: { id }, include: withAuthor });
    return row ? toStored(row) : undefined;
  }

  async byIds(ids: readonly string[]): Promise<StoredUpdate[]> {
    const rows = await this.db.projectUpdate.findMany({ where: { id: { in: [...ids] } }, include: withAuthor });
    const byId = new Map(rows.map((r) => [r.id, toStored(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * Posts an update, or — when the author already has an active entry for the
   * same project — revises that entry, keeping the old text as a revision.
   */
  async post(
    networkId: string,
    author: { readonly id: string; readonly displayName: string },
    content: UpdateContent,
    at: Date,
  ): Promise<{ update: StoredUpdate; revised: boolean }> {
    const authorId = author.id;
    return this.db.$transaction(async (tx) => {
      const same = await tx.projectUpdate.findFirst({
        // Archived entries count too: posting a project again brings its entry back, history and all.
        where: { networkId, authorId, projectKey: projectKeyOf(content.title) },
        orderBy: { updatedAt: "desc" },
      });
      if (same) return { update: await this.#revise(tx, same.id, authorId, content, at), revised: true };
      // The network row's counter hands out numbers: its row lock queues concurrent posts.
      const { lastUpdateNumber, updateFreshnessWeeks } = await tx.network.update({
        where: { id: networkId },
        data: { lastUpdateNumber: { increment: 1 } },
        select: { lastUpdateNumber: true, updateFreshnessWeeks: true },
      });
      const row = await tx.projectUpdate.create({
        data: {
          networkId,
          authorId,
          number: lastUpdateNumber,
          ...columns(content),
          confirmedAt: at,
          createdAt: at,
          updatedAt: at,
        },
      });
      // The author is the member posting: no need to read their name back (an `include` is two more statements).
      const withName = { ...row, author: { displayName: author.displayName } };
      await indexUpdate(tx, this.provider, withName, { isNew: true });
      await scheduleFreshness(tx, row, updateFreshnessWeeks, { isNew: true });
      await recordAudit(tx, networkId, authorId, "update.posted", row.id, at);
      return { update: toStored(withName), revised: false };
    });
  }

  /** Replaces an update's content, keeping the previous version as a revision. */
  async edit(id: string, editorId: string, content: UpdateContent, at: Date): Promise<StoredUpdate> {
    return this.db.$transaction((tx) => this.#revise(tx, id, editorId, content, at));
  }

  async #revise(tx: Tx, id: string, editorId: string, content: UpdateContent, at: Date): Promise<StoredUpdate> {
    const before = await tx.projectUpdate.findUniqueOrThrow({ where: { id } });
    await tx.updateRevision.create({
      data: {
        updateId: id,
        editorId,
        title: before.title,
        summary: before.summary,
        links: before.links,
        tags: before.tags,
        area: before.area,
        at,
      },
    });
    const row = await tx.projectUpdate.update({
      where: { id },
      data: { ...columns(content), status: "active", archivedAt: null, confirmedAt: at, updatedAt: at },
      include: withAuthor,
    });
    await indexUpdate(tx, this.provider, row);
    await checkLater(tx, row);
    await recordAudit(tx, row.networkId, editorId, "update.edited", id, at);
    return toStored(row);
  }

  /**
   * Deletes an update and its history; the audit trail keeps that it happened (no text). False when
   * it was already gone (a second press of Delete or Undo at the same moment).
   */
  async delete(id: string, actorId: string, at: Date): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const row = await tx.projectUpdate.findUnique({ where: { id }, select: { networkId: true, number: true } });
      if (!row) return false;
      const { count } = await tx.projectUpdate.deleteMany({ where: { id } });
      if (count === 0) return false;
      await unindexUpdate(tx, this.provider, id);
      await stopChecks(tx, id);
      await recordAudit(tx, row.networkId, actorId, "update.deleted", id, at, { number: row.number });
      return true;
    });
  }

  /** The author says it is still current: freshness counts from now. */
  async confirm(id: string, actorId: string | null, at: Date): Promise<StoredUpdate> {
    return this.db.$transaction(async (tx) => {
      const { updatedAt } = await tx.projectUpdate.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
      // Confirming is not a change of content: keep updatedAt, which orders the directory and feeds the digest.
      const row = await tx.projectUpdate.update({
        where: { id },
        data: { confirmedAt: at, status: "active", archivedAt: null, updatedAt },
        include: withAuthor,
      });
      await indexUpdate(tx, this.provider, row); // the index keys on status
      await checkLater(tx, row);
      await recordAudit(tx, row.networkId, actorId, "update.confirmed", id, at);
      return toStored(row);
    });
  }

  /** Archives an update: out of the directory, never deleted. `actorId` null: the bot, for an unanswered check. */
  async archive(id: string, actorId: string | null, at: Date): Promise<StoredUpdate> {
    return this.db.$transaction(async (tx) => {
      const { updatedAt } = await tx.projectUpdate.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
      const row = await tx.projectUpdate.update({
        where: { id },
        data: { status: "archived", archivedAt: at, updatedAt },
        include: withAuthor,
      });
      await indexUpdate(tx, this.provider, row); // the index keys on status
      await stopChecks(tx, id);
      await recordAudit(tx, row.networkId, actorId, "update.archived", id, at);
      return toStored(row);
    });
  }

  /** Active updates, newest change first, filtered by tag, author name or area. */
  async list(
    networkId: string,
    filter: DirectoryFilter,
    page: { limit: number; offset: number },
  ): Promise<{ updates: StoredUpdate[]; total: number }> {
    const where = {
      networkId,
      status: "active",
      // Tags are a JSON array of lower-case strings: match the quoted element.
      ...(filter.tag ? { tags: { contains: JSON.stringify(filter.tag.toLowerCase()) } } : {}),
      ...(filter.area ? { area: this.#containsIgnoringCase(filter.area) } : {}),
      ...(filter.author ? { author: { displayName: this.#containsIgnoringCase(filter.author) } } : {}),
    };
    const [rows, total] = await Promise.all([
      this.db.projectUpdate.findMany({
        where,
        include: withAuthor,
        orderBy: [{ updatedAt: "desc" }, { number: "desc" }],
        take: page.limit,
        skip: page.offset,
      }),
      this.db.projectUpdate.count({ where }),
    ]);
    return { updates: rows.map(toStored), total };
  }

  /**
   * A case-insensitive "contains". SQLite's LIKE already ignores (ASCII) case; PostgreSQL's
   * does not, and only its client knows `mode: "insensitive"`, hence the cast.
   */
  #containsIgnoringCase(text: string): { contains: string } {
    return this.provider === "postgresql"
      ? ({ contains: text, mode: "insensitive" } as { contains: string })
      : { contains: text };
  }

  /** Every update of a network, archived too, oldest first: for exports. */
  async all(networkId: string): Promise<StoredUpdate[]> {
    const rows = await this.db.projectUpdate.findMany({
      where: { networkId },
      include: withAuthor,
      orderBy: { number: "asc" },
    });
    return rows.map(toStored);
  }

  /** Updates new or changed since `since`, for the digest. */
  async changedSince(networkId: string, since: Date, until: Date): Promise<StoredUpdate[]> {
    const rows = await this.db.projectUpdate.findMany({
      where: { networkId, status: "active", updatedAt: { gt: since, lte: until } },
      include: withAuthor,
      orderBy: { updatedAt: "asc" },
    });
    return rows.map(toStored);
  }

  /** One page of a network's active updates matching `words`, best first (see search.ts). */
  async search(
    networkId: string,
    words: string,
    page: { limit: number; offset: number },
  ): Promise<{ updates: StoredUpdate[]; total: number }> {
    const { ids, total } = await searchUpdates(this.db, this.provider, { networkId, words, ...page });
    return { updates: await this.byIds(ids), total };
  }

  /** After the author was asked "still current?": archive unless they answer in time. */
  async planAutoArchive(update: StoredUpdate, askedAt: Date): Promise<void> {
    await this.db.$transaction((tx) => scheduleAutoArchive(tx, update, askedAt));
  }

  /** Someone offered help or asked to talk (`action`), and whether the author was reached. */
  async recordHandOff(update: StoredUpdate, actorId: string, action: string, delivered: string, at: Date) {
    await recordAudit(this.db, update.networkId, actorId, action, update.id, at, { delivered });
  }
}
