import type { Clock } from "./clock.js";
import type { Logger } from "./logger.js";
import type { Db, Provider } from "../db/index.js";

/**
 * Routes a feature serves over the bot's own HTTP listener (calendar feeds, health, metrics).
 * Platform-free: the listener in src/http turns node's requests into these and back.
 */
export interface HttpRequest {
  readonly method: string;
  /** The path without the query string, e.g. "/calendar/abc.ics". */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array;
}

export interface HttpDeps {
  readonly db: Db;
  readonly provider: Provider;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface HttpRoute {
  readonly method: "GET" | "POST";
  /** Returns the path's parameters when this route serves the path, undefined otherwise. */
  match(path: string): Readonly<Record<string, string>> | undefined;
  handle(request: HttpRequest, params: Readonly<Record<string, string>>, deps: HttpDeps): Promise<HttpResponse>;
}

/** A route for one fixed path, or a path with `:name` segments ("/calendar/:token"). */
export function route(method: HttpRoute["method"], pattern: string, handle: HttpRoute["handle"]): HttpRoute {
  const parts = pattern.split("/");
  return {
    method,
    handle,
    match(path) {
      const segments = path.split("/");
      if (segments.length !== parts.length) return undefined;
      const params: Record<string, string> = {};
      for (const [i, part] of parts.entries()) {
        const segment = segments[i] ?? "";
        if (part.startsWith(":")) {
          if (segment === "") return undefined;
          params[part.slice(1)] = decodeURIComponent(segment);
        } else if (part !== segment) return undefined;
      }
      return params;
    },
  };
}
