/**
 * Killing an instance mid fan-out: a messenger that, after a number of DMs, never answers again
 * (the process is gone, as far as anyone can tell), and the counts a test checks afterwards.
 */
import type { Message, PostedRef } from "../../src/core/message.js";
import type { UserTarget } from "../../src/core/ports.js";
import { RecordingMessenger } from "../support/messenger.js";

/**
 * Records like {@link RecordingMessenger}; once {@link arm}ed, from the (dieAfter + 1)-th DM on, each DM hangs until
 * {@link revive} (the "dead" process's calls in flight), and is recorded only when it returns, as a
 * platform that took the request would have delivered it.
 */
export class DyingMessenger extends RecordingMessenger {
  #dms = 0;
  #armed = false;
  readonly inFlight = new Set<string>();
  #revive!: () => void;
  readonly #revived = new Promise<void>((resolve) => (this.#revive = resolve));
  #waiters: { n: number; resolve: () => void }[] = [];

  constructor(private readonly dieAfter: number) {
    super("slack");
  }

  override async dm(target: UserTarget, message: Message): Promise<PostedRef> {
    if (this.#armed) this.#dms += 1;
    if (this.#dms > this.dieAfter) {
      this.inFlight.add(target.externalId);
      for (const w of this.#waiters) w.resolve();
      await this.#revived;
    }
    return super.dm(target, message);
  }

  /** From now on, DMs count towards the death; what was sent before is forgotten. */
  arm(): void {
    this.sent.splice(0, this.sent.length);
    this.#armed = true;
  }

  /** Resolves once a DM hangs: the instance is "dead" with that send in flight. */
  died(): Promise<void> {
    return this.inFlight.size > 0 ? Promise.resolve() : new Promise((resolve) => this.#waiters.push({ n: 1, resolve }));
  }

  /** The hung calls return (the zombie wakes up); a test's end calls it too. */
  revive(): void {
    this.#revive();
  }
}

/** DMs per user id across several messengers (several instances' worth of sends). */
export function dmCounts(...messengers: RecordingMessenger[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of messengers)
    for (const o of m.sent)
      if (o.kind === "dm") counts.set(o.target.externalId, (counts.get(o.target.externalId) ?? 0) + 1);
  return counts;
}
