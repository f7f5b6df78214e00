/** Between the database's rows of project updates and the feature's {@link StoredUpdate}. */
import type { Db } from "../../db/index.js";
import { projectKeyOf, type StoredUpdate, type UpdateContent } from "./domain.js";

/** A stored row with its author's name, as every read includes it. */
export type Row = Awaited<ReturnType<Db["projectUpdate"]["findFirstOrThrow"]>> & { author: { displayName: string } };

/** The `include` that reads the author's name with a row. */
export const withAuthor = { author: { select: { displayName: true } } } as const;

/** A row as the feature sees it: JSON lists read, no database types. */
export function toStored(row: Row): StoredUpdate {
  return {
    id: row.id,
    networkId: row.networkId,
    number: row.number,
    authorId: row.authorId,
    authorName: row.author.displayName,
    title: row.title,
    summary: row.summary,
    links: parseList(row.links),
    tags: parseList(row.tags),
    area: row.area ?? undefined,
    status: row.status,
    confirmedAt: row.confirmedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

/** The columns content is stored in (lists as JSON, the project key folded from the title). */
export function columns(content: UpdateContent) {
  return {
    title: content.title,
    projectKey: projectKeyOf(content.title),
    summary: content.summary,
    links: JSON.stringify(content.links),
    tags: JSON.stringify(content.tags),
    area: content.area ?? null,
  };
}
