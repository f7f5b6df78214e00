/**
 * Small concurrency helpers for the tick.
 */

/**
 * Works through `items` with at most `concurrency` at once, in order. Each worker takes the
 * next item only when it is free, so one slow item holds up one worker, not the rest, and
 * items not yet taken stay untouched (another instance may take them meanwhile).
 * `work` must not reject. `stopped()` is checked before each item.
 */
export async function drain<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
  stopped: () => boolean,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !stopped()) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}

/** Resolves with `promise`'s value, or with `onTimeout` after `ms` of real time, whichever is first. */
export async function within<T, U>(promise: Promise<T>, ms: number, onTimeout: U): Promise<T | U> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<U>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout), ms);
    // A pending timeout must not keep the process alive on its own.
    timer.unref();
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
