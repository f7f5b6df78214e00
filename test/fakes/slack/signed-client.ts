import { createHmac } from "node:crypto";
import { request } from "node:http";
import { performance } from "node:perf_hooks";
import type { BlockAction, SlashCommand, ViewSubmitAction } from "@slack/bolt";

/**
 * Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}`
 * under the app's signing secret.
 */
export function slackSignature(signingSecret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/** Ways to make a request Slack would never send, to see it refused. */
export interface Tampering {
  /** Seconds since the epoch to sign and send; defaults to now. */
  readonly timestamp?: number;
  /** Sign with another secret. */
  readonly secret?: string;
  /** Send this header instead of the real signature. */
  readonly signature?: string;
}

/** The adapter's HTTP answer and how long it took to arrive (the ack latency). */
export interface SlackHttpResult {
  readonly status: number;
  readonly body: string;
  readonly ms: number;
}

/**
 * Plays Slack's side of HTTP mode: posts signed requests to the app's
 * `/slack/events` exactly as Slack does — slash commands form-encoded,
 * interactions as a form field `payload` holding JSON.
 */
export class SignedSlackClient {
  readonly #url: string;
  readonly #secret: string;

  constructor(url: string, signingSecret: string) {
    this.#url = url;
    this.#secret = signingSecret;
  }

  slashCommand(payload: SlashCommand, tampering: Tampering = {}): Promise<SlackHttpResult> {
    const fields = Object.entries(payload).filter((entry): entry is [string, string] => typeof entry[1] === "string");
    return this.#post(new URLSearchParams(fields).toString(), tampering);
  }

  interaction(payload: BlockAction | ViewSubmitAction, tampering: Tampering = {}): Promise<SlackHttpResult> {
    return this.#post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), tampering);
  }

  #post(body: string, tampering: Tampering): Promise<SlackHttpResult> {
    const timestamp = tampering.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = tampering.signature ?? slackSignature(tampering.secret ?? this.#secret, timestamp, body);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      // agent: false — one connection per request, closed after it, so no socket outlives a test.
      const req = request(
        this.#url,
        {
          method: "POST",
          agent: false,
          headers: {
            "Content-Type": "application/x-www-form-urlencoded",
            "Content-Length": Buffer.byteLength(body),
            "X-Slack-Request-Timestamp": String(timestamp),
            "X-Slack-Signature": signature,
            "User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
          },
        },
        (res) => {
          const ms = performance.now() - started;
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), ms }),
          );
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  }
}
