import type {
  APIGuildScheduledEvent,
  RESTPatchAPIGuildScheduledEventJSONBody,
  RESTPostAPIGuildScheduledEventJSONBody,
} from "discord-api-types/v10";
import {
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  RESTJSONErrorCodes,
  Routes,
  type REST,
} from "discord.js";
import type { Logger } from "../../src/core/logger.js";
import {
  EventGoneError,
  EventsNotAllowedError,
  type EventMirror,
  type MirroredEvent,
  type SpaceTarget,
} from "../../src/core/ports.js";
import { DiscordRequestError, request } from "./errors.js";
import { DiscordEventLimits } from "./limits.js";
import { escapeMarkdown, truncate } from "./markdown.js";

/** 10070 Unknown Guild Scheduled Event; 10004 Unknown Guild (the bot was removed from the server). */
const GONE = new Set<number>([RESTJSONErrorCodes.UnknownGuildScheduledEvent, RESTJSONErrorCodes.UnknownGuild]);
/** 50013 Missing Permissions (no Manage Events), 50001 Missing Access. */
const NOT_ALLOWED = new Set<number>([RESTJSONErrorCodes.MissingPermissions, RESTJSONErrorCodes.MissingAccess]);

/**
 * Gather's meetings as Discord guild scheduled events: EXTERNAL ones (a place, not a voice or
 * stage channel), visible to the server's members only. Needs the bot's Manage Events permission;
 * without it, Discord's refusal is logged once per server and reported as
 * {@link EventsNotAllowedError}, so the meeting itself goes on without its event.
 */
export class DiscordEventMirror implements EventMirror {
  readonly #rest: REST;
  readonly #log: Logger | undefined;
  /** Servers already logged as refusing events, so the log says it once, not at every change. */
  readonly #refused = new Set<string>();

  constructor(rest: REST, log?: Logger) {
    this.#rest = rest;
    this.#log = log;
  }

  /** POST /guilds/{guild}/scheduled-events. */
  async create(space: SpaceTarget, event: MirroredEvent): Promise<string> {
    const body: RESTPostAPIGuildScheduledEventJSONBody = {
      ...fieldsOf(event),
      entity_type: GuildScheduledEventEntityType.External,
      privacy_level: GuildScheduledEventPrivacyLevel.GuildOnly,
    };
    const created = await this.#send(space, () =>
      this.#rest.post(Routes.guildScheduledEvents(space.spaceExternalId), { body }),
    );
    return (created as APIGuildScheduledEvent).id;
  }

  /** PATCH /guilds/{guild}/scheduled-events/{event}: name, description, times and place replaced. */
  async update(space: SpaceTarget, externalId: string, event: MirroredEvent): Promise<void> {
    const body: RESTPatchAPIGuildScheduledEventJSONBody = fieldsOf(event);
    await this.#send(space, () =>
      this.#rest.patch(Routes.guildScheduledEvent(space.spaceExternalId, externalId), { body }),
    );
  }

  /** DELETE /guilds/{guild}/scheduled-events/{event}: the event leaves the server's Events tab. */
  async cancel(space: SpaceTarget, externalId: string): Promise<void> {
    await this.#send(space, () => this.#rest.delete(Routes.guildScheduledEvent(space.spaceExternalId, externalId)));
  }

  async #send(space: SpaceTarget, send: () => Promise<unknown>): Promise<unknown> {
    try {
      const result = await request(send);
      this.#refused.delete(space.spaceExternalId);
      return result;
    } catch (error) {
      if (!(error instanceof DiscordRequestError)) throw error;
      const code = Number(error.code);
      if (GONE.has(code)) throw new EventGoneError(String(code));
      if (NOT_ALLOWED.has(code)) {
        if (!this.#refused.has(space.spaceExternalId)) {
          this.#refused.add(space.spaceExternalId);
          this.#log?.warn(
            { guild: space.spaceExternalId, code },
            "Discord refused to manage events: give the bot the Manage Events permission to show meetings in the Events tab",
          );
        }
        throw new EventsNotAllowedError(String(code));
      }
      throw error;
    }
  }
}

/** The fields create and update share, cut to Discord's limits. EXTERNAL events need an end time. */
function fieldsOf(event: MirroredEvent) {
  return {
    name: truncate(event.name, DiscordEventLimits.name),
    // Discord shows the description with markdown: what members typed (links excepted) shows as typed.
    description: truncate(escapeMarkdown(event.description), DiscordEventLimits.description),
    scheduled_start_time: event.startsAt.toISOString(),
    scheduled_end_time: event.endsAt.toISOString(),
    entity_metadata: { location: truncate(event.location, DiscordEventLimits.location) },
  };
}
