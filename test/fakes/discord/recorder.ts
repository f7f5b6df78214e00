import { performance } from "node:perf_hooks";
import type { UploadedFile } from "./rest-shared.js";

/** One request the fake answered, as the test sees it. */
export interface RecordedRequest {
  readonly method: string;
  /** The path after `/api/v10`, e.g. `/interactions/123/abc/callback`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Parsed JSON (from `payload_json` for a multipart body), or undefined for no body. */
  readonly body: unknown;
  /** Files uploaded with a multipart body. */
  readonly files: readonly UploadedFile[];
  /** The status the fake answered with. */
  readonly status: number;
  /** The fake's response body, parsed. */
  readonly response: unknown;
  /** `performance.now()` when the request arrived. */
  readonly at: number;
}

export type RequestPredicate = (request: RecordedRequest) => boolean;

interface Waiter {
  readonly predicate: RequestPredicate;
  readonly resolve: (request: RecordedRequest) => void;
}

/**
 * Every request the fake answered, in order, and promises for the ones a test
 * waits for: tests wait on events, never on the clock.
 */
export class RequestLog {
  readonly #requests: RecordedRequest[] = [];
  readonly #waiters = new Set<Waiter>();

  get all(): readonly RecordedRequest[] {
    return this.#requests;
  }

  record(request: RecordedRequest): void {
    this.#requests.push(request);
    for (const waiter of this.#waiters) {
      if (waiter.predicate(request)) {
        this.#waiters.delete(waiter);
        waiter.resolve(request);
      }
    }
  }

  /** The requests matching a predicate so far. */
  filter(predicate: RequestPredicate): RecordedRequest[] {
    return this.#requests.filter(predicate);
  }

  /**
   * The first request matching `predicate` — already recorded or still to come;
   * with `since` (a count of requests, see {@link RequestLog.all}), only from there on.
   * Rejects after `timeoutMs` with what was recorded, so a test fails with a
   * reason instead of hanging.
   */
  waitFor(
    predicate: RequestPredicate,
    options: { timeoutMs?: number; what?: string; since?: number } = {},
  ): Promise<RecordedRequest> {
    const found = this.#requests.slice(options.since ?? 0).find(predicate);
    if (found) return Promise.resolve(found);
    const timeoutMs = options.timeoutMs ?? 5000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        const seen = this.#requests.map((r) => `${r.method} ${redact(r.path)} → ${r.status}`).join("\n  ");
        reject(
          new Error(
            `fake Discord: no ${options.what ?? "matching request"} within ${timeoutMs} ms; saw:\n  ${seen || "(nothing)"}`,
          ),
        );
      }, timeoutMs);
      const waiter: Waiter = {
        predicate,
        resolve: (request) => {
          clearTimeout(timer);
          resolve(request);
        },
      };
      this.#waiters.add(waiter);
    });
  }
}

/** Paths carry interaction tokens; failure messages do not need them. */
export function redact(path: string): string {
  return path.replace(/\/(interactions|webhooks)\/(\d+)\/[^/]+/, "/$1/$2/…");
}

export const now = () => performance.now();
