/**
 * Project updates as the rest of the feature sees them: plain data the stores return, never
 * database rows.
 */

/** What a member writes about a project. */
export interface UpdateContent {
  readonly title: string;
  readonly summary: string;
  readonly links: readonly string[];
  readonly tags: readonly string[];
  readonly area: string | undefined;
}

/** A stored update, with its JSON columns read. */
export interface StoredUpdate extends UpdateContent {
  readonly id: string;
  readonly networkId: string;
  readonly number: number;
  readonly authorId: string;
  readonly authorName: string;
  readonly status: string;
  readonly confirmedAt: Date;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** What the directory can be narrowed by. */
export interface DirectoryFilter {
  readonly tag?: string | undefined;
  readonly author?: string | undefined;
  readonly area?: string | undefined;
}

/** Where and how a network's weekly digest goes. */
export interface DigestPlan {
  readonly name: string;
  readonly locale: string;
  readonly secondLocale: string | null;
  readonly timeZone: string;
  /** Each space that chose a digest channel. */
  readonly channels: readonly { readonly spaceId: string; readonly channelId: string }[];
}

/** The languages a network's shared posts are written in. */
export interface NetworkLanguages {
  readonly locale: string;
  readonly secondLocale: string | null;
}

/** Folds a title so "Seed Library" and "seed  library!" name the same project. */
export function projectKeyOf(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
