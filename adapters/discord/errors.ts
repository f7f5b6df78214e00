import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";

/**
 * A failed Discord request, safe to log. discord.js's own errors carry the
 * request body (what members typed) and the URL, which for interaction
 * responses holds the interaction token: neither may reach a log line.
 */
export class DiscordRequestError extends Error {
  /** Discord's JSON error code (50035 Invalid Form Body, 10062 Unknown interaction…) or the HTTP status. */
  readonly code: number | string;
  readonly status: number | undefined;
  readonly method: string;
  /** The route with tokens replaced: `/interactions/123/[token]/callback`. */
  readonly route: string;

  constructor(
    message: string,
    data: { code: number | string; status: number | undefined; method: string; url: string },
  ) {
    super(message);
    this.name = "DiscordRequestError";
    this.code = data.code;
    this.status = data.status;
    this.method = data.method;
    this.route = withoutTokens(data.url);
  }
}

/** Interaction and webhook tokens sit in the path, right after the id. */
export function withoutTokens(url: string): string {
  const path = url.replace(/^https?:\/\/[^/]+/, "").replace(/\?.*$/, "");
  return path.replace(/\/(interactions|webhooks)\/(\d+)\/[^/]+/, "/$1/$2/[token]");
}

/**
 * Turns discord.js's request errors into a {@link DiscordRequestError}; other
 * errors pass unchanged. Discord's message ("Invalid Form Body\nembeds[0]…")
 * names fields, never their content, so it is kept.
 */
export function safeError(error: unknown): unknown {
  if (error instanceof DiscordAPIError) {
    return new DiscordRequestError(error.message, {
      code: error.code,
      status: error.status,
      method: error.method,
      url: error.url,
    });
  }
  if (error instanceof HTTPError) {
    return new DiscordRequestError(error.message, {
      code: error.status,
      status: error.status,
      method: error.method,
      url: error.url,
    });
  }
  if (error instanceof RateLimitError) {
    return new DiscordRequestError(error.message, { code: 429, status: 429, method: error.method, url: error.url });
  }
  return error;
}

/** Runs a Discord request, rethrowing its failure as a loggable error. */
export async function request<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw safeError(error);
  }
}
