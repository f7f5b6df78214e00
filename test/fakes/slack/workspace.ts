/**
 * The world the fake Slack holds: one workspace, its people and channels,
 * and the app's credentials. Ids follow Slack's shapes (T…, U…, C…, G…, D…).
 */
export interface FakeUser {
  readonly id: string;
  /** The legacy handle Slack sends as `user_name` / `username` (and users.info `name`): nobody's name to show. */
  readonly name: string;
  /** users.info profile.display_name: what Slack shows for them; blank when they set none. */
  readonly displayName?: string;
  /** users.info real_name (and profile.real_name); the handle when absent, as for the older fakes. */
  readonly realName?: string;
  /** A deactivated account: conversations.open answers user_disabled. */
  readonly deleted?: boolean;
  /** A workspace admin (users.info: is_admin). */
  readonly admin?: boolean;
  /** A workspace owner (users.info: is_owner; the primary owner too when "primary"). */
  readonly owner?: boolean | "primary";
}

export interface FakeChannel {
  readonly id: string;
  readonly name: string;
  /** Public channels accept posts from a non-member bot with chat:write.public; private ones and DMs do not. */
  readonly kind: "public" | "private" | "im";
  readonly botIsMember: boolean;
}

export interface FakeWorkspace {
  readonly teamId: string;
  readonly teamDomain: string;
  readonly appId: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly botToken: string;
  readonly appToken: string;
  readonly signingSecret: string;
  /** Scopes granted to the bot token. */
  readonly scopes: readonly string[];
  readonly users: readonly FakeUser[];
  readonly channels: readonly FakeChannel[];
}

export const alice: FakeUser = { id: "U0ALICE01", name: "alice" };
export const bob: FakeUser = { id: "U0BOB0002", name: "bob" };
export const gone: FakeUser = { id: "U0GONE003", name: "gone", deleted: true };
/** A workspace admin: Gather treats her as a platform admin. */
export const carol: FakeUser = { id: "U0CAROL04", name: "carol", admin: true };
/** A handle that is nobody's name: Slack shows her display name, "Dee". */
export const dee: FakeUser = { id: "U0DEE0005", name: "jane.smith2", displayName: "Dee", realName: "Jane Smith" };
/** No display name set: Slack shows his real name. */
export const eli: FakeUser = { id: "U0ELI0006", name: "tester", displayName: "", realName: "Eli Jones" };

export const general: FakeChannel = { id: "C0GENERAL", name: "general", kind: "public", botIsMember: true };
export const projects: FakeChannel = { id: "C0PROJECT", name: "projects", kind: "public", botIsMember: false };
/** A private channel nobody invited the bot to: chat.postMessage answers channel_not_found. */
export const secret: FakeChannel = { id: "G0SECRET1", name: "secret", kind: "private", botIsMember: false };

export function defaultWorkspace(overrides: Partial<FakeWorkspace> = {}): FakeWorkspace {
  return {
    teamId: "T0GATHER1",
    teamDomain: "arts-network",
    appId: "A0GATHER1",
    botUserId: "U0BOTUSER",
    botId: "B0BOTID01",
    botToken: "xoxb-fake-bot-token",
    appToken: "xapp-1-fake-app-token",
    signingSecret: "fake-signing-secret-0123456789abcdef",
    scopes: ["commands", "chat:write", "chat:write.public", "im:write", "users:read", "files:write"],
    users: [alice, bob, gone, carol, dee, eli],
    channels: [general, projects, secret],
    ...overrides,
  };
}
