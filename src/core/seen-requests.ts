/**
 * Remembers requests already handled, so a copy of one is refused (a replayed signed Slack request).
 * A port: the core and adapters see only this; src/db/seen-requests.ts keeps it in the database,
 * so every instance sharing the database refuses the same copy.
 */
export interface SeenRequests {
  /**
   * True the first time `key` is offered (before `expiresAt`), false for every later copy, on any
   * instance. Atomic: of two instances offering the same key at once, exactly one gets true.
   * Rejects when the store cannot answer (the database is unreachable); callers decide whether to
   * go on without the check.
   */
  firstSeen(key: string, expiresAt: Date): Promise<boolean>;
}

/**
 * A bounded in-memory {@link SeenRequests} for one process (tests, and callers with no database):
 * the oldest keys are forgotten first once `capacity` are held.
 */
export function memorySeenRequests(capacity = 10_000, now: () => number = Date.now): SeenRequests {
  const seen = new Map<string, number>();
  return {
    firstSeen(key, expiresAt) {
      const expires = seen.get(key);
      if (expires !== undefined && expires > now()) return Promise.resolve(false);
      seen.delete(key);
      seen.set(key, expiresAt.getTime());
      // A Map iterates in insertion order: the first key is the oldest.
      while (seen.size > capacity) seen.delete(seen.keys().next().value as string);
      return Promise.resolve(true);
    },
  };
}
