import { checkMessageBlocks, checkModal } from "./block-kit.js";
import type { FakeSlackState } from "./state.js";

/** A Web API answer: `{ ok: true, … }` or `{ ok: false, error, … }`, always HTTP 200, as Slack does. */
export type ApiResult =
  | { readonly ok: true; readonly [key: string]: unknown }
  | { readonly ok: false; readonly error: string; readonly [key: string]: unknown };

export type Args = Readonly<Record<string, unknown>>;

/** Which token a method takes: the bot's (xoxb-) or the app-level one (xapp-). */
export type TokenKind = "bot" | "app";

export interface MethodSpec {
  readonly token: TokenKind;
  /** The bot scope Slack requires; missing_scope otherwise. */
  readonly scope?: string;
  run(args: Args, env: MethodEnv): ApiResult;
}

export interface MethodEnv {
  readonly state: FakeSlackState;
  /** A fresh Socket Mode URL (apps.connections.open). */
  readonly socketUrl: () => string;
}

const fail = (error: string, extra: Record<string, unknown> = {}): ApiResult => ({ ok: false, error, ...extra });
const str = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** The methods Gather's Slack adapter calls, with the checks and errors Slack documents for them. */
export const METHODS: Readonly<Record<string, MethodSpec>> = {
  "auth.test": {
    token: "bot",
    run: (_args, { state }) => {
      const w = state.workspace;
      return {
        ok: true,
        url: `https://${w.teamDomain}.slack.com/`,
        team: w.teamDomain,
        user: "gather",
        team_id: w.teamId,
        user_id: w.botUserId,
        bot_id: w.botId,
        is_enterprise_install: false,
      };
    },
  },

  "chat.postMessage": {
    token: "bot",
    scope: "chat:write",
    run: (args, env) => {
      const channel = str(args["channel"]);
      const problem =
        channel === undefined ? "channel_not_found" : (canPost(channel, env.state) ?? messageProblem(args));
      if (problem) return typeof problem === "string" ? fail(problem) : problem;
      const ts = env.state.nextTs();
      env.state.rememberMessage(channel as string, ts);
      const w = env.state.workspace;
      return {
        ok: true,
        channel,
        ts,
        message: {
          type: "message",
          user: w.botUserId,
          bot_id: w.botId,
          text: args["text"],
          blocks: args["blocks"],
          ts,
        },
      };
    },
  },

  "chat.postEphemeral": {
    token: "bot",
    scope: "chat:write",
    run: (args, env) => {
      const channel = str(args["channel"]);
      const user = str(args["user"]);
      if (user === undefined || !env.state.user(user)) return fail("user_not_found");
      const problem =
        channel === undefined ? "channel_not_found" : (canPost(channel, env.state) ?? messageProblem(args));
      if (problem) return typeof problem === "string" ? fail(problem) : problem;
      return { ok: true, message_ts: env.state.nextTs() };
    },
  },

  "chat.update": {
    token: "bot",
    scope: "chat:write",
    run: (args, env) => {
      const channel = str(args["channel"]);
      const ts = str(args["ts"]);
      if (channel === undefined || ts === undefined || !env.state.hasMessage(channel, ts))
        return fail("message_not_found");
      const problem = messageProblem(args);
      if (problem) return problem;
      return { ok: true, channel, ts, text: args["text"] };
    },
  },

  "views.open": {
    token: "bot",
    run: (args, env) => {
      const trigger = str(args["trigger_id"]);
      const triggerProblem = trigger === undefined ? "invalid_trigger_id" : env.state.useTrigger(trigger);
      if (triggerProblem) return fail(triggerProblem);
      const problems = checkModal(args["view"]);
      if (problems.length)
        return fail("invalid_arguments", { response_metadata: { messages: problems.map((p) => `[ERROR] ${p}`) } });
      const view = args["view"] as Args;
      const w = env.state.workspace;
      return {
        ok: true,
        view: {
          ...view,
          id: env.state.nextId("V"),
          team_id: w.teamId,
          app_id: w.appId,
          bot_id: w.botId,
          state: { values: {} },
          hash: `${Date.now()}.fake`,
          private_metadata: view["private_metadata"] ?? "",
        },
      };
    },
  },

  "conversations.open": {
    token: "bot",
    scope: "im:write",
    run: (args, { state }) => {
      const ids = (str(args["users"]) ?? "").split(",").filter((id) => id !== "");
      if (ids.length !== 1) return fail(ids.length === 0 ? "users_list_not_supplied" : "not_supported_by_fake");
      const user = state.user(ids[0] as string);
      if (!user) return fail("user_not_found");
      if (user.deleted) return fail("user_disabled");
      return { ok: true, channel: { id: state.openIm(user).id } };
    },
  },

  "apps.connections.open": {
    token: "app",
    run: (_args, { socketUrl }) => ({ ok: true, url: socketUrl() }),
  },
};

/**
 * Whether the bot may post in a channel: any channel it is in; a public one
 * it is not in only with chat:write.public (else not_in_channel); private
 * channels and other people's DMs are invisible to it (channel_not_found).
 */
function canPost(channelId: string, state: FakeSlackState): string | undefined {
  const channel = state.channel(channelId);
  if (!channel) return "channel_not_found";
  if (channel.botIsMember) return undefined;
  if (channel.kind !== "public") return "channel_not_found";
  return state.workspace.scopes.includes("chat:write.public") ? undefined : "not_in_channel";
}

function messageProblem(args: Args): ApiResult | undefined {
  const text = args["text"];
  const blocks = args["blocks"];
  if ((typeof text !== "string" || text === "") && blocks === undefined) return fail("no_text");
  if (blocks === undefined) return undefined;
  const problems = checkMessageBlocks(blocks);
  return problems.length
    ? fail("invalid_blocks", { errors: problems, response_metadata: { messages: problems.map((p) => `[ERROR] ${p}`) } })
    : undefined;
}
