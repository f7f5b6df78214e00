import { z } from "zod";
import { ErrorCode, GatherError } from "./errors.js";
import { LOCALES } from "./core/i18n/index.js";

/**
 * Environment → typed Config, once, at the edge. Library code takes the parts
 * it needs as arguments and never reads process.env.
 */

const optional = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

// The loader puts the variable's name in front of the message.
const url = () =>
  optional.refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), { message: "must be an http(s) URL" });

const timeZone = z
  .string()
  .trim()
  .refine((zone) => isTimeZone(zone), { message: "must be an IANA time zone such as Europe/London" });

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .default("file:./data/gather.db")
    .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), {
      message: "must start with file: (SQLite) or postgresql:// (PostgreSQL)",
    }),
  GATHER_TIME_ZONE: timeZone.default("Europe/London"),
  GATHER_LOCALE: z.enum(LOCALES).default("en"),
  GATHER_CONSOLE: z.enum(["auto", "on", "off"]).default("auto"),
  // A name, not "You": other members read it in third-person messages ("Alex took you off shift #4").
  GATHER_CONSOLE_USER: z.string().trim().min(1).max(80).default("Alex"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  SLACK_BOT_TOKEN: optional.refine((v) => v === undefined || v.startsWith("xoxb-"), {
    message: "must start with xoxb-",
  }),
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional.refine((v) => v === undefined || v.startsWith("xapp-"), {
    message: "must start with xapp-",
  }),
  SLACK_API_URL: url(),
  SLACK_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SLACK_HOST: z.string().trim().default("0.0.0.0"),

  DISCORD_BOT_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional.refine((v) => v === undefined || /^\d{17,20}$/.test(v), {
    message: "must be a Discord snowflake (digits)",
  }),
  DISCORD_GUILD_ID: optional.refine((v) => v === undefined || /^\d{17,20}$/.test(v), {
    message: "must be a Discord snowflake (digits)",
  }),
  DISCORD_API_URL: url(),
  DISCORD_SHARD_IDS: optional.refine((v) => v === undefined || /^\d+(\s*,\s*\d+)*$/.test(v), {
    message: 'must be shard numbers separated by commas, e.g. "0,1"',
  }),
  DISCORD_SHARD_COUNT: optional.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 1), {
    message: "must be a whole number of shards, 1 or more",
  }),

  HTTP_PORT: optional.refine((v) => v === undefined || v === "off" || (/^\d+$/.test(v) && Number(v) <= 65535), {
    message: 'must be a port number (0 picks a free one) or "off"',
  }),
  HTTP_HOST: z.string().trim().min(1).default("127.0.0.1"),
  GATHER_PUBLIC_URL: url(),
});

export type Env = z.input<typeof EnvSchema>;

export interface SlackConfig {
  readonly botToken: string;
  readonly signingSecret: string;
  /** Socket Mode when set; HTTP (`/slack/events`) otherwise. */
  readonly appToken: string | undefined;
  readonly apiUrl: string | undefined;
  readonly port: number;
  readonly host: string;
}

export interface DiscordConfig {
  readonly botToken: string;
  readonly applicationId: string | undefined;
  readonly guildId: string | undefined;
  readonly apiUrl: string | undefined;
  /**
   * The gateway shards this instance runs, of how many in all; undefined: one shard, the whole bot.
   * Several instances each take some shard ids of the same count, together all of them.
   */
  readonly shards?: { readonly ids: readonly number[]; readonly count: number } | undefined;
}

/** The bot's own HTTP listener: health, readiness, metrics and the features' routes (calendar feeds). */
export interface HttpConfig {
  readonly port: number;
  readonly host: string;
  /** How members reach the listener (links in messages); no trailing slash. See {@link boundPublicUrl}. */
  readonly publicUrl: string;
  /** Whether GATHER_PUBLIC_URL gave it; else it is localhost on the configured port. */
  readonly publicUrlGiven: boolean;
}

/**
 * The public URL once the listener is bound: GATHER_PUBLIC_URL as given, else localhost on the
 * port actually taken — with HTTP_PORT=0 the system picks it, and `localhost:0` reaches nothing.
 */
export function boundPublicUrl(http: HttpConfig, port: number): string {
  return http.publicUrlGiven ? http.publicUrl : `http://localhost:${port}`;
}

export interface Config {
  readonly databaseUrl: string;
  readonly defaults: { readonly timeZone: string; readonly locale: (typeof LOCALES)[number] };
  readonly logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  readonly console: { readonly enabled: boolean; readonly user: string };
  readonly slack: SlackConfig | undefined;
  readonly discord: DiscordConfig | undefined;
  /** Undefined when HTTP_PORT=off. */
  readonly http: HttpConfig | undefined;
}

/** A config problem, said in one line naming the variable and the fix. */
export class ConfigError extends GatherError {
  constructor(message: string) {
    super(ErrorCode.ConfigInvalid, message);
    this.name = "ConfigError";
  }
}

/** Parses the environment; throws a ConfigError with a fix-it message on the first problem. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "environment");
    throw new ConfigError(`${name} ${issue?.message ?? "is invalid"}: fix it in .env (see .env.example).`);
  }
  const e = parsed.data;
  const slack = e.SLACK_BOT_TOKEN ? slackConfig(e) : undefined;
  if (!slack && e.SLACK_APP_TOKEN)
    throw new ConfigError(
      "SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not: add the bot token (xoxb-…) from your Slack app's OAuth page.",
    );
  const discord: DiscordConfig | undefined = e.DISCORD_BOT_TOKEN
    ? {
        botToken: e.DISCORD_BOT_TOKEN,
        applicationId: e.DISCORD_APPLICATION_ID ?? applicationIdFromToken(e.DISCORD_BOT_TOKEN),
        guildId: e.DISCORD_GUILD_ID,
        apiUrl: e.DISCORD_API_URL,
        shards: shardConfig(e.DISCORD_SHARD_IDS, e.DISCORD_SHARD_COUNT),
      }
    : undefined;
  if (!discord && (e.DISCORD_SHARD_IDS || e.DISCORD_SHARD_COUNT))
    throw new ConfigError("DISCORD_SHARD_IDS/DISCORD_SHARD_COUNT are set but DISCORD_BOT_TOKEN is not: add the token.");
  const http = httpConfig(e);
  const noPlatform = !slack && !discord;
  return {
    databaseUrl: e.DATABASE_URL,
    defaults: { timeZone: e.GATHER_TIME_ZONE, locale: e.GATHER_LOCALE },
    logLevel: e.LOG_LEVEL,
    console: {
      enabled: e.GATHER_CONSOLE === "on" || (e.GATHER_CONSOLE === "auto" && noPlatform),
      user: e.GATHER_CONSOLE_USER,
    },
    slack,
    discord,
    http,
  };
}

function httpConfig(e: z.infer<typeof EnvSchema>): HttpConfig | undefined {
  if (e.HTTP_PORT === "off") {
    if (e.GATHER_PUBLIC_URL)
      throw new ConfigError(
        "GATHER_PUBLIC_URL is set but HTTP_PORT=off: links to the bot's HTTP listener would not work; set a port.",
      );
    return undefined;
  }
  const port = e.HTTP_PORT === undefined ? 8080 : Number(e.HTTP_PORT);
  if (e.SLACK_BOT_TOKEN && !e.SLACK_APP_TOKEN && port !== 0 && port === e.SLACK_PORT)
    throw new ConfigError(
      `HTTP_PORT and SLACK_PORT are both ${port}: give Slack's HTTP receiver and the bot's listener different ports.`,
    );
  return {
    port,
    host: e.HTTP_HOST,
    publicUrl: (e.GATHER_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ""),
    publicUrlGiven: e.GATHER_PUBLIC_URL !== undefined,
  };
}

/** DISCORD_SHARD_IDS="0,1" + DISCORD_SHARD_COUNT="4" → shards 0 and 1 of 4; the count alone → all of them. */
function shardConfig(ids: string | undefined, count: string | undefined): DiscordConfig["shards"] {
  if (ids === undefined && count === undefined) return undefined;
  if (count === undefined)
    throw new ConfigError(
      "DISCORD_SHARD_IDS is set but DISCORD_SHARD_COUNT is not: set the total number of shards across all instances.",
    );
  const total = Number(count);
  if (ids === undefined) return { ids: Array.from({ length: total }, (_, i) => i), count: total };
  const list = ids.split(",").map((id) => Number(id.trim()));
  const outside = list.find((id) => id >= total);
  if (outside !== undefined)
    throw new ConfigError(
      `DISCORD_SHARD_IDS has shard ${outside}, but DISCORD_SHARD_COUNT is ${total}: shard ids run from 0 to ${total - 1}.`,
    );
  if (new Set(list).size !== list.length) throw new ConfigError("DISCORD_SHARD_IDS names a shard twice.");
  return { ids: [...list].sort((a, b) => a - b), count: total };
}

function slackConfig(e: z.infer<typeof EnvSchema>): SlackConfig {
  if (!e.SLACK_SIGNING_SECRET) {
    throw new ConfigError(
      "SLACK_SIGNING_SECRET is missing: copy it from your Slack app's Basic Information page into .env.",
    );
  }
  return {
    botToken: e.SLACK_BOT_TOKEN as string,
    signingSecret: e.SLACK_SIGNING_SECRET,
    appToken: e.SLACK_APP_TOKEN,
    apiUrl: e.SLACK_API_URL,
    port: e.SLACK_PORT,
    host: e.SLACK_HOST,
  };
}

/** A Discord bot token starts with the base64 of the application's id. */
export function applicationIdFromToken(token: string): string | undefined {
  const first = token.split(".")[0] ?? "";
  try {
    const id = Buffer.from(first, "base64").toString("utf8");
    return /^\d{17,20}$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}
