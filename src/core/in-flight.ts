/**
 * Requests an adapter has acknowledged but is still handling. The platform has
 * its answer already (Slack's ack, Discord's deferral), so nothing would wait
 * for them; stop() does, so a shutdown never cuts a reply off halfway or
 * closes the database under a running handler.
 *
 * At most `limit` run at once; the rest wait their turn. Without a cap a burst
 * (a whole network pressing Claim) starts every handler together: they share
 * the CPU and the database pool, and the acks of new requests wait behind
 * them (a p99 ack of 13 s at 64 concurrent requests in `npm run bench -- slack`).
 *
 * At most `maxWaiting` wait. Beyond that the process is overloaded: the queue
 * would only grow, and every answer come later. `full` tells the adapter to
 * answer new commands "busy, try again" at once instead (Dispatcher.busy;
 * nothing is stored for them), so memory stays bounded and queued replies
 * stay prompt.
 */
export class InFlight {
  readonly #limit: number;
  readonly #maxWaiting: number;
  readonly #tracked = new Set<Promise<void>>();
  readonly #waiting: (() => void)[] = [];
  #active = 0;

  constructor(limit = 8, maxWaiting = 256) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError("InFlight limit must be a positive integer");
    if (!Number.isInteger(maxWaiting) || maxWaiting < 0)
      throw new RangeError("InFlight maxWaiting must be a whole number");
    this.#limit = limit;
    this.#maxWaiting = maxWaiting;
  }

  /** True when `maxWaiting` handlers already wait for a slot: new commands should be turned away. */
  get full(): boolean {
    return this.#active >= this.#limit && this.#waiting.length >= this.#maxWaiting;
  }

  /** Runs `work` when a slot is free, remembering it until it settles. */
  track(work: () => Promise<void>): Promise<void> {
    const tracked = this.#run(work);
    this.#tracked.add(tracked);
    tracked.then(
      () => this.#tracked.delete(tracked),
      () => this.#tracked.delete(tracked),
    );
    return tracked;
  }

  /** Resolves when everything started or queued so far has settled (failures are the caller's to see). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#tracked]);
  }

  async #run(work: () => Promise<void>): Promise<void> {
    if (this.#active < this.#limit) this.#active++;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve)); // the slot is handed over
    try {
      await work();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#active--;
    }
  }
}
