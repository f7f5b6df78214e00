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

/** The one place a pino logger is made. Use `logger.child({...})` per request. */
export function createLogger(settings: LoggerSettings): Logger {
  const options: LoggerOptions = {
    level: settings.level,
    base: undefined,
    redact: {
      paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
      censor: "[redacted]",
    },
  };
  return settings.destination ? pino(options, settings.destination) : pino(options);
}

/** A logger that writes nothing: the default in tests. */
export const silentLogger: Logger = pino({ level: "silent" });
