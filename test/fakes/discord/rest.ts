import type { IncomingMessage, ServerResponse } from "node:http";
import type {
  APIDMChannel,
  APIGuildScheduledEvent,
  ChannelFlags,
  RESTGetAPIGatewayBotResult,
} from "discord-api-types/v10";
import { ChannelType } from "discord-api-types/v10";
import { now, type RequestLog } from "./recorder.js";
import { InteractionRoutes } from "./rest-interactions.js";
import { content, error, readBody, refused, type Reply, type Request, type UploadedFile } from "./rest-shared.js";
import type { FakeStore } from "./store.js";
import { snowflake } from "./ids.js";
import { checkCommands, checkMessage, checkScheduledEvent, isEmptyMessage } from "./validate.js";

type Handler = (request: Request, params: readonly string[]) => Reply;

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  /** Bot routes need `Authorization: Bot <token>`; interaction and webhook routes carry their token in the path. */
  readonly auth: "bot" | "path";
  readonly handle: Handler;
}

/**
 * Discord's REST API under `/api/v10`, for the routes Gather uses. Each
 * request is checked as Discord checks it, answered with Discord's shapes
 * and error codes, and recorded for the test.
 */
export class FakeRest {
  readonly #store: FakeStore;
  readonly #log: RequestLog;
  readonly #gatewayUrl: () => string;
  readonly #routes: Route[];
  /** Exceptions inside the fake itself: a test should fail when there are any. */
  readonly failures: unknown[] = [];

  constructor(store: FakeStore, log: RequestLog, gatewayUrl: () => string) {
    this.#store = store;
    this.#log = log;
    this.#gatewayUrl = gatewayUrl;
    const interactions = new InteractionRoutes(store);
    const app = "(\\d+)";
    const id = "(\\d+)";
    const token = "([^/]+)";
    const route = (method: string, path: string, auth: Route["auth"], handle: Handler): Route => ({
      method,
      pattern: new RegExp(`^${path}$`),
      auth,
      handle,
    });
    this.#routes = [
      route("GET", "/gateway/bot", "bot", () => this.#gatewayBot()),
      route("GET", "/users/@me", "bot", () => ({ status: 200, body: store.world.bot })),
      route("GET", "/applications/@me", "bot", () => ({
        status: 200,
        body: { ...store.world.application, bot: store.world.bot },
      })),
      route("GET", `/applications/${app}/commands`, "bot", (r, [a]) => this.#getCommands(r, a, undefined)),
      route("PUT", `/applications/${app}/commands`, "bot", (r, [a]) => this.#putCommands(r, a, undefined)),
      route("GET", `/applications/${app}/guilds/${id}/commands`, "bot", (r, [a, g]) => this.#getCommands(r, a, g)),
      route("PUT", `/applications/${app}/guilds/${id}/commands`, "bot", (r, [a, g]) => this.#putCommands(r, a, g)),
      route("POST", `/interactions/${id}/${token}/callback`, "path", (r, [i, t]) => interactions.callback(r, i, t)),
      route("POST", `/webhooks/${app}/${token}`, "path", (r, [a, t]) => interactions.followUp(r, a, t)),
      route("GET", `/webhooks/${app}/${token}/messages/(@original|\\d+)`, "path", (r, [a, t, m]) =>
        interactions.webhookMessage(r, a, t, m),
      ),
      route("PATCH", `/webhooks/${app}/${token}/messages/(@original|\\d+)`, "path", (r, [a, t, m]) =>
        interactions.webhookMessage(r, a, t, m),
      ),
      route("DELETE", `/webhooks/${app}/${token}/messages/(@original|\\d+)`, "path", (r, [a, t, m]) =>
        interactions.webhookMessage(r, a, t, m),
      ),
      route("POST", `/channels/${id}/messages`, "bot", (r, [c]) => this.#postMessage(r, c)),
      route("PATCH", `/channels/${id}/messages/${id}`, "bot", (r, [c, m]) => this.#editMessage(r, c, m)),
      route("POST", "/users/@me/channels", "bot", (r) => this.#openDm(r)),
      route("POST", `/guilds/${id}/scheduled-events`, "bot", (r, [g]) => this.#createEvent(r, g)),
      route("PATCH", `/guilds/${id}/scheduled-events/${id}`, "bot", (r, [g, e]) => this.#editEvent(r, g, e)),
      route("DELETE", `/guilds/${id}/scheduled-events/${id}`, "bot", (r, [g, e]) => this.#deleteEvent(g, e)),
    ];
  }

  /** Serves one HTTP request. Never throws: the fake's own failures become 500s and are kept. */
  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = now();
    const url = new URL(req.url ?? "/", "http://fake");
    let reply: Reply;
    let body: unknown;
    let files: UploadedFile[] = [];
    // discord.js sends `@original` as `%40original`; Discord decodes the path, and so does the fake.
    let path = url.pathname.split("/").map(decodeURIComponent).join("/");
    try {
      ({ body, files } = await readBody(req));
      if (!path.startsWith("/api/v10/")) reply = error(404, 0, "404: Not Found");
      else {
        path = path.slice("/api/v10".length);
        reply = this.#route({
          method: req.method ?? "GET",
          path,
          query: url.searchParams,
          headers: req.headers,
          body,
          files,
        });
      }
    } catch (failure) {
      this.failures.push(failure);
      reply = error(500, 0, failure instanceof Error ? failure.message : "fake failure");
    }
    this.#log.record({
      method: req.method ?? "GET",
      path,
      query: url.searchParams,
      headers: req.headers,
      body,
      files,
      status: reply.status,
      response: reply.body,
      at,
    });
    if (reply.body === undefined) {
      res.writeHead(reply.status).end();
    } else {
      res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify(reply.body));
    }
  }

  #route(request: Request): Reply {
    const candidates = this.#routes
      .map((r) => ({ route: r, match: r.pattern.exec(request.path) }))
      .filter((c) => c.match);
    const found = candidates.find((c) => c.route.method === request.method);
    if (!found?.match)
      return candidates.length ? error(405, 0, "405: Method Not Allowed") : error(404, 0, "404: Not Found");
    if (found.route.auth === "bot" && request.headers.authorization !== `Bot ${this.#store.world.token}`) {
      return error(401, 0, "401: Unauthorized");
    }
    return found.route.handle(request, found.match.slice(1));
  }

  #gatewayBot(): Reply {
    const body: RESTGetAPIGatewayBotResult = {
      url: this.#gatewayUrl(),
      shards: 1,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
    };
    return { status: 200, body };
  }

  #getCommands(request: Request, applicationId: string | undefined, guildId: string | undefined): Reply {
    const problem = this.#checkScope(applicationId, guildId);
    if (problem) return problem;
    const commands = guildId ? (this.#store.guildCommands.get(guildId) ?? []) : this.#store.globalCommands;
    if (request.query.get("with_localizations") === "true") return { status: 200, body: commands };
    // Without with_localizations Discord sends the caller's language only, not the maps.
    return { status: 200, body: commands.map(withoutLocalizations) };
  }

  #putCommands(request: Request, applicationId: string | undefined, guildId: string | undefined): Reply {
    const problem = this.#checkScope(applicationId, guildId);
    if (problem) return problem;
    const problems = checkCommands(request.body);
    if (problems.length) return refused(problems);
    return { status: 200, body: this.#store.overwriteCommands(guildId, request.body as Record<string, unknown>[]) };
  }

  #checkScope(applicationId: string | undefined, guildId: string | undefined): Reply | undefined {
    if (applicationId !== this.#store.world.application.id) return error(403, 50001, "Missing Access");
    if (guildId !== undefined && guildId !== this.#store.world.guild.id) return error(403, 50001, "Missing Access");
    return undefined;
  }

  #postMessage(request: Request, channelId: string | undefined): Reply {
    const channel = this.#store.channels.get(channelId ?? "");
    if (!channel) return error(404, 10003, "Unknown Channel");
    if (channel.recipientId && this.#store.dmsClosed.has(channel.recipientId))
      return error(403, 50007, "Cannot send messages to this user");
    const problems = checkMessage(request.body);
    if (problems.length) return refused(problems);
    if (isEmptyMessage(request.body)) return error(400, 50006, "Cannot send an empty message");
    return { status: 200, body: this.#store.createMessage(channel.id, content(request.body, request.files)) };
  }

  /** Edit Message: only the bot's own messages, in the channel named; the body is checked as a new message's. */
  #editMessage(request: Request, channelId: string | undefined, messageId: string | undefined): Reply {
    const channel = this.#store.channels.get(channelId ?? "");
    if (!channel) return error(404, 10003, "Unknown Channel");
    const message = this.#store.messages.get(messageId ?? "");
    if (!message || message.channel_id !== channel.id) return error(404, 10008, "Unknown Message");
    if (message.author.id !== this.#store.world.bot.id)
      return error(403, 50005, "Cannot edit a message authored by another user");
    const problems = checkMessage(request.body);
    if (problems.length) return refused(problems);
    if (isEmptyMessage(request.body)) return error(400, 50006, "Cannot send an empty message");
    return { status: 200, body: this.#store.editMessage(message.id, content(request.body, request.files)) };
  }

  /** The guild's events may be managed by the bot: the guild is known and the bot has Manage Events. */
  #eventsProblem(guildId: string | undefined): Reply | undefined {
    if (guildId !== this.#store.world.guild.id) return error(404, 10004, "Unknown Guild");
    if (!this.#store.botManagesEvents) return error(403, 50013, "Missing Permissions");
    return undefined;
  }

  /** Create Guild Scheduled Event: checked as Discord does, stored as SCHEDULED (1). */
  #createEvent(request: Request, guildId: string | undefined): Reply {
    const problem = this.#eventsProblem(guildId);
    if (problem) return problem;
    const problems = checkScheduledEvent(request.body);
    if (problems.length) return refused(problems);
    const body = request.body as Partial<APIGuildScheduledEvent>;
    const event = {
      id: snowflake(),
      guild_id: this.#store.world.guild.id,
      channel_id: body.channel_id ?? null,
      creator_id: this.#store.world.bot.id,
      name: body.name ?? "",
      description: body.description ?? null,
      scheduled_start_time: body.scheduled_start_time ?? "",
      scheduled_end_time: body.scheduled_end_time ?? null,
      privacy_level: body.privacy_level,
      status: 1,
      entity_type: body.entity_type,
      entity_id: null,
      entity_metadata: body.entity_metadata ?? null,
      creator: this.#store.world.bot,
      recurrence_rule: null,
    } as APIGuildScheduledEvent;
    this.#store.scheduledEvents.set(event.id, event);
    return { status: 200, body: event };
  }

  /** Modify Guild Scheduled Event: the stored event with the body over it must pass the same checks. */
  #editEvent(request: Request, guildId: string | undefined, eventId: string | undefined): Reply {
    const problem = this.#eventsProblem(guildId);
    if (problem) return problem;
    const current = this.#store.scheduledEvents.get(eventId ?? "");
    if (!current) return error(404, 10070, "Unknown Guild Scheduled Event");
    if (typeof request.body !== "object" || request.body === null) return refused(checkScheduledEvent(request.body));
    const edited = { ...current, ...(request.body as object) } as APIGuildScheduledEvent;
    const problems = checkScheduledEvent(edited);
    if (problems.length) return refused(problems);
    this.#store.scheduledEvents.set(edited.id, edited);
    return { status: 200, body: edited };
  }

  /** Delete Guild Scheduled Event: 204, and the event is gone. */
  #deleteEvent(guildId: string | undefined, eventId: string | undefined): Reply {
    const problem = this.#eventsProblem(guildId);
    if (problem) return problem;
    if (!this.#store.scheduledEvents.delete(eventId ?? "")) return error(404, 10070, "Unknown Guild Scheduled Event");
    return { status: 204 };
  }

  #openDm(request: Request): Reply {
    const recipientId = (request.body as { recipient_id?: unknown } | undefined)?.recipient_id;
    const { alice, bob } = this.#store.world.members;
    const user = [alice.user, bob.user].find((u) => u.id === recipientId);
    if (!user) return error(404, 10013, "Unknown User");
    const channel = this.#store.dmChannel(user.id);
    const body: APIDMChannel = {
      id: channel.id,
      type: ChannelType.DM,
      name: null,
      last_message_id: null,
      recipients: [user],
      flags: 0 as ChannelFlags,
    };
    return { status: 200, body };
  }
}

function withoutLocalizations<T extends object>(value: T): T {
  const { name_localizations: _n, description_localizations: _d, ...rest } = value as Record<string, unknown>;
  if (Array.isArray(rest.options)) rest.options = rest.options.map((o: object) => withoutLocalizations(o));
  return rest as T;
}
