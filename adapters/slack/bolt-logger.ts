import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../src/core/logger.js";

/**
 * Bolt, its WebClient and its Socket Mode client as pino lines.
 *
 * Their debug output is dropped on purpose, whatever our level: at debug they
 * log whole request bodies and WebSocket frames ("Received a message on the
 * WebSocket: {…}"), which carry what members typed and their names. Info and
 * above are short operational lines (connections, retries, API error codes).
 */
export function boltLogger(log: Logger): BoltLogger {
  const write = (level: "info" | "warn" | "error", parts: unknown[]) => {
    const err = parts.find((p): p is Error => p instanceof Error);
    const msg = parts
      .filter((p) => p !== err)
      .map((p) => (typeof p === "string" ? p : String(p)))
      .join(" ");
    if (err) log[level]({ err }, msg);
    else log[level](msg);
  };
  return {
    debug: () => {},
    info: (...parts: unknown[]) => write("info", parts),
    warn: (...parts: unknown[]) => write("warn", parts),
    error: (...parts: unknown[]) => write("error", parts),
    // Our level is pino's, set once at start-up; Bolt tries to set its own default.
    setLevel: () => {},
    // Never "debug": the Socket Mode client then stringifies every ack payload.
    getLevel: () => boltLevel(log.level),
    setName: () => {},
  };
}

function boltLevel(level: string): LogLevel {
  if (level === "error" || level === "fatal" || level === "silent") return LogLevel.ERROR;
  if (level === "warn") return LogLevel.WARN;
  return LogLevel.INFO;
}
