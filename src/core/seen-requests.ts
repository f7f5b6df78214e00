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
