/** How long a test waits for something the fake should see, before failing. */
export const DEFAULT_WAIT_MS = 5_000;

interface Waiter<T> {
  readonly matches: (item: T) => boolean;
  readonly resolve: (item: T) => void;
}

/**
 * Everything one part of the fake saw, in order, and a way to wait for the
 * next thing without sleeping: `waitFor` resolves as soon as a matching item
 * is (or already was) recorded, and rejects with a readable message when
 * nothing matches in time, so a missing call fails the test instead of
 * hanging it.
 */
export class Recorder<T> {
  readonly #items: T[] = [];
  #waiters: Waiter<T>[] = [];
  readonly #describe: (item: T) => string;

  constructor(describe: (item: T) => string) {
    this.#describe = describe;
  }

  get items(): readonly T[] {
    return this.#items;
  }

  record(item: T): void {
    this.#items.push(item);
    const waiting = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiting) {
      if (waiter.matches(item)) waiter.resolve(item);
      else this.#waiters.push(waiter);
    }
  }

  /** The first recorded item matching, or the next one to arrive. */
  waitFor(matches: (item: T) => boolean, what: string, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
    const found = this.#items.find(matches);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        matches,
        resolve: (item) => {
          clearTimeout(timer);
          resolve(item);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        const seen = this.#items.map(this.#describe).join(", ") || "nothing";
        reject(new Error(`fake Slack: no ${what} within ${timeoutMs} ms (saw: ${seen})`));
      }, timeoutMs);
      this.#waiters.push(waiter);
    });
  }

  /** Items matching, for asserting that something did *not* happen. */
  filter(matches: (item: T) => boolean): T[] {
    return this.#items.filter(matches);
  }

  clear(): void {
    this.#items.length = 0;
  }
}
