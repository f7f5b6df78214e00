/** Discord's epoch (2015-01-01): snowflakes count milliseconds from it. */
const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/**
 * A fresh snowflake, shaped like Discord's (timestamp << 22 | increment), so
 * ids look real to code that checks them (17–20 digits).
 */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/** A bot token in Discord's shape: base64 of the application id, a timestamp part and a signature part. */
export function botToken(applicationId: string): string {
  const id = Buffer.from(applicationId).toString("base64").replace(/=+$/, "");
  return `${id}.GfAkE1.${"x".repeat(38)}`;
}

/** An interaction token: long and opaque, as Discord's are. */
export function interactionToken(): string {
  return `aW50ZXJhY3Rpb246${snowflake()}${Math.random().toString(36).slice(2)}`;
}
