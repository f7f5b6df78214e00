import { checkMessageBlocks, checkModal } from "./block-kit.js";
import type { FakeFile, FakeSlackState } from "./state.js";

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
  /** Where the bytes of an announced file are to be posted (files.getUploadURLExternal). */
  readonly uploadUrl: (fileId: string) => string;
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

  /**
   * A member's profile. Only the fields Gather reads, and what identifies
   * them; Slack sends more. Deactivated members are found, with deleted: true.
   */
  "users.info": {
    token: "bot",
    scope: "users:read",
    run: (args, { state }) => {
      const id = str(args["user"]);
      if (id === undefined) return fail("user_not_found");
      const user = state.user(id);
      if (!user) return fail("user_not_found");
      return {
        ok: true,
        user: {
          id: user.id,
          team_id: state.workspace.teamId,
          name: user.name,
          real_name: user.realName ?? user.name,
          profile: { display_name: user.displayName ?? "", real_name: user.realName ?? user.name },
          deleted: user.deleted === true,
          is_admin: user.admin === true || user.owner !== undefined,
          is_owner: user.owner !== undefined,
          is_primary_owner: user.owner === "primary",
          is_bot: false,
          is_app_user: false,
        },
      };
    },
  },

  /** Step 1 of Slack's external upload: announce a file, get a URL to post its bytes to. */
  "files.getUploadURLExternal": {
    token: "bot",
    scope: "files:write",
    run: (args, { state, uploadUrl }) => {
      const filename = str(args["filename"]);
      if (filename === undefined) return missing("filename");
      // Form-encoded, so "123"; JSON bodies may send a number.
      const length = args["length"];
      if (length === undefined || length === "") return missing("length");
      const bytes = Number(length);
      if (!Number.isInteger(bytes) || bytes < 0) return invalid("length", "must be a positive integer");
      // Slack's documented reason for missing_argument: "the length provided is 0".
      if (bytes === 0) return fail("missing_argument");
      const file = state.announceFile(filename, bytes);
      return { ok: true, upload_url: uploadUrl(file.id), file_id: file.id };
    },
  },

  /**
   * Step 3: finish the uploads and share them in `channel_id` (or keep them
   * private without one). Each file must have been announced and its bytes
   * posted, and can be completed once; the fake answers file_not_found for
   * any of those, as it does not know Slack's finer codes.
   */
  "files.completeUploadExternal": {
    token: "bot",
    scope: "files:write",
    run: (args, { state }) => {
      const entries = args["files"];
      if (entries === undefined) return missing("files");
      if (!Array.isArray(entries) || entries.length === 0) return invalid("files", "must be a non-empty array");
      if (args["channels"] !== undefined) return fail("not_supported_by_fake");
      const wanted: { id: string; title: string | undefined }[] = [];
      for (const entry of entries as unknown[]) {
        const id = typeof entry === "object" && entry !== null ? str((entry as Args)["id"]) : undefined;
        if (id === undefined) return invalid("files", "each file needs an id");
        wanted.push({ id, title: str((entry as Args)["title"]) });
      }
      const files = wanted.map(({ id }) => state.file(id));
      if (files.some((f) => f === undefined || f.bytes === undefined || f.completed)) return fail("file_not_found");
      const channel = str(args["channel_id"]);
      if (channel !== undefined) {
        const problem = canShare(channel, state);
        if (problem) return fail(problem);
      }
      const initialComment = str(args["initial_comment"]);
      return {
        ok: true,
        files: (files as FakeFile[]).map((file, i) => {
          const title = wanted[i]?.title ?? file.filename;
          file.completed = { channel, initialComment, title };
          return { id: file.id, name: file.filename, title, size: file.bytes?.length ?? 0 };
        }),
      };
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

/** Sharing a file needs the bot in the channel (or its DM): chat:write.public does not stretch to files. */
function canShare(channelId: string, state: FakeSlackState): string | undefined {
  const channel = state.channel(channelId);
  if (!channel || (!channel.botIsMember && channel.kind !== "public")) return "channel_not_found";
  return channel.botIsMember ? undefined : "not_in_channel";
}

/** Slack's answer to a missing required argument. */
function missing(name: string): ApiResult {
  return invalid(name, "missing required field");
}

function invalid(name: string, why: string): ApiResult {
  return fail("invalid_arguments", { response_metadata: { messages: [`[ERROR] ${why}: ${name}`] } });
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
