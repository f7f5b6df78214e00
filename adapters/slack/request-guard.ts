import type { IncomingMessage } from "node:http";
import { isValidSlackRequest } from "@slack/bolt";

/**
 * Slack's rule for X-Slack-Request-Timestamp: within 5 minutes of now, either way. Bolt refuses
 * only stale timestamps; a future one would stay replayable for as long as it is in the future.
 */
export const TIMESTAMP_WINDOW_SECONDS = 5 * 60;

/**
 * How long a request's signature is remembered after its timestamp: the window, plus a minute for
 * instances whose clocks disagree a little. Later copies are refused for their timestamp anyway.
 */
export const SEEN_FOR_SECONDS = TIMESTAMP_WINDOW_SECONDS + 60;

/** More than any request Slack sends (a slash command is a few hundred bytes; a form's state, tens of KB). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** What the guard made of a request to the events path. */
export type RequestCheck =
  /** Correctly signed, within the window: `signature` is the key for the replay check. */
  | { readonly kind: "signed"; readonly signature: string; readonly timestamp: number }
  /** Slack's unsigned `ssl_check=1` probe: Bolt answers it and strips anything else in it. */
  | { readonly kind: "ssl_check" }
  /** To be answered 401; `reason` is for the log only. */
  | { readonly kind: "refused"; readonly reason: string };

/** Checks a request's headers and raw body the way Slack says to, with both edges of the window. */
export function checkSlackRequest(
  req: IncomingMessage,
  body: string,
  signingSecret: string,
  nowMs: number,
): RequestCheck {
  if (req.headers["content-type"] === "application/x-www-form-urlencoded") {
    if (new URLSearchParams(body).get("ssl_check") === "1") return { kind: "ssl_check" };
  }
  const signature = req.headers["x-slack-signature"];
  const stamp = req.headers["x-slack-request-timestamp"];
  if (typeof signature !== "string" || typeof stamp !== "string") return { kind: "refused", reason: "unsigned" };
  const timestamp = Number(stamp);
  if (!Number.isSafeInteger(timestamp)) return { kind: "refused", reason: "bad timestamp" };
  if (Math.abs(Math.floor(nowMs / 1000) - timestamp) > TIMESTAMP_WINDOW_SECONDS)
    return { kind: "refused", reason: "timestamp outside 5 minutes" };
  const valid = isValidSlackRequest({
    signingSecret,
    body,
    headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp },
    nowMilliseconds: nowMs,
  });
  return valid ? { kind: "signed", signature, timestamp } : { kind: "refused", reason: "bad signature" };
}

/** Thrown by {@link readBody} past its limit. */
export class BodyTooLarge extends Error {}

/** The whole body, or BodyTooLarge as soon as it passes `limit` bytes (the rest is drained, unkept). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume(); // drain and drop the rest
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
