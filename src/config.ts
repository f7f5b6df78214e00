import { z } from "zod";
import { GatherError } from "./core/errors.js";
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

const url = (name: string) =>
  optional.refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), { message: `${name} must be an http(s) URL` });

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
  GATHER_CONSOLE_USER: z.string().trim().min(1).max(80).default("You"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  SLACK_BOT_TOKEN: optional.refine((v) => v === undefined || v.startsWith("xoxb-"), {
    message: "must start with xoxb-",
  }),
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional.refine((v) => v === undefined || v.startsWith("xapp-"), {
    message: "must start with xapp-",
  }),
  SLACK_API_URL: url("SLACK_API_URL"),
  SLACK_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SLACK_HOST: z.string().trim().default("0.0.0.0"),

  DISCORD_BOT_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional.refine((v) => v === undefined || /^\d{17,20}$/.test(v), {
    message: "must be a Discord snowflake (digits)",
  }),
  DISCORD_GUILD_ID: optional.refine((v) => v === undefined || /^\d{17,20}$/.test(v), {
    message: "must be a Discord snowflake (digits)",
  }),
  DISCORD_API_URL: url("DISCORD_API_URL"),
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
}

export interface Config {
  readonly databaseUrl: string;
  readonly defaults: { readonly timeZone: string; readonly locale: (typeof LOCALES)[number] };
  readonly logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  readonly console: { readonly enabled: boolean; readonly user: string };
  readonly slack: SlackConfig | undefined;
  readonly discord: DiscordConfig | undefined;
}

/** A config problem, said in one line naming the variable and the fix. */
export class ConfigError extends GatherError {
  constructor(message: string) {
    super("gather_config_invalid", message);
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
      }
    : undefined;
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
  };
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
