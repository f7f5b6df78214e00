/**
 * Requests acked but still being handled. Slack has its answer already, so
 * nothing would wait for them; stop() does, so a shutdown never cuts a reply
 * off halfway or closes the database under a running handler.
 */
export class InFlight {
  readonly #running = new Set<Promise<void>>();

  /** Runs `work`, remembering it until it settles. */
  async track(work: () => Promise<void>): Promise<void> {
    const running = work();
    this.#running.add(running);
    try {
      await running;
    } finally {
      this.#running.delete(running);
    }
  }

  /** Resolves when everything started so far has settled (failures are the caller's to see). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#running]);
  }
}
