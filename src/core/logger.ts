import { pino, type Logger, type LoggerOptions } from "pino";

export type { Logger } from "pino";

/**
 * Keys whose values never reach a log line: platform secrets, and the free
 * text and names members type (personal data under UK GDPR).
 */
export const REDACTED_KEYS = [
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "password",
  "authorization",
  "text",
  "summary",
  "title",
  "displayName",
  "values",
] as const;

export interface LoggerSettings {
  level: LoggerOptions["level"];
  /** Where lines go; defaults to stdout. Tests pass a stream to read them back. */
  destination?: pino.DestinationStream;
}

/** Longest error message kept in a log line. */
const MAX_ERROR_MESSAGE = 300;

/**
 * Prisma's messages quote the failing query's arguments (names, free text) under an
 * "Invalid `prisma.x.y()` invocation" header and a code frame; only the header and the last line,
 * which says what was wrong, are kept.
 */
export function withoutQueryArguments(message: string): string {
  const header = /Invalid `[^`]*` invocation/.exec(message);
  if (!header) return message;
  const lines = message.split("\n").map((l) => l.trim());
  const last = lines.filter((l) => l !== "").at(-1) ?? "";
  const reason = lines.length > 1 && !last.includes(header[0]) && !/[{}]|→/.test(last) ? `: ${last}` : "";
  return `${header[0]}${reason} (query arguments not logged)`;
}

const shorten = (text: string) => (text.length > MAX_ERROR_MESSAGE ? `${text.slice(0, MAX_ERROR_MESSAGE - 1)}…` : text);

/**
 * Errors keep what helps an operator (type, message, code, HTTP status and method, stack frames)
 * and lose everything else: platform SDK errors carry the request body (discord.js's
 * `requestBody`, holding the message's text) and data with names. Strings under the error keys
 * are cleaned the same way.
 */
export function safeError(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return shorten(withoutQueryArguments(value));
  if (!(value instanceof Error)) return value;
  const fields = value as Error & Record<string, unknown>;
  const out: Record<string, unknown> = {
    type: value.constructor?.name ?? value.name,
    message: shorten(withoutQueryArguments(value.message)),
  };
  for (const key of ["code", "status", "statusCode", "method", "errorCode", "clientVersion"]) {
    const field = fields[key];
    if (typeof field === "string" || typeof field === "number") out[key] = field;
  }
  const frames = (value.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  if (frames.length) out.stack = frames.join("\n");
  if (value.cause !== undefined && depth < 3) out.cause = safeError(value.cause, depth + 1);
  return out;
}

/** The one place a pino logger is made. Use `logger.child({...})` per request. */
export function createLogger(settings: LoggerSettings): Logger {
  const options: LoggerOptions = {
    level: settings.level,
    base: undefined,
    serializers: { err: (value: unknown) => safeError(value), error: (value: unknown) => safeError(value) },
    redact: {
      paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
      censor: "[redacted]",
    },
  };
  return settings.destination ? pino(options, settings.destination) : pino(options);
}

/** A logger that writes nothing: the default in tests. */
export const silentLogger: Logger = pino({ level: "silent" });
