import type {
  APIInteractionResponse,
  APIModalInteractionResponseCallbackData,
  RESTPostAPIInteractionCallbackWithResponseResult,
} from "discord-api-types/v10";
import { InteractionResponseType, InteractionType, MessageType } from "discord-api-types/v10";
import { now } from "./recorder.js";
import { content, EPHEMERAL, error, refused, type Reply, type Request, type UploadedFile } from "./rest-shared.js";
import { LOADING_FLAG, type FakeStore, type IssuedInteraction } from "./store.js";
import { checkMessage, checkModal, isEmptyMessage } from "./validate.js";

/** Discord answers an interaction only within 3 seconds of sending it. */
export const INTERACTION_RESPONSE_DEADLINE_MS = 3000;

const UNKNOWN_INTERACTION = () => error(404, 10062, "Unknown interaction");
const UNKNOWN_WEBHOOK = () => error(404, 10015, "Unknown Webhook");
const UNKNOWN_MESSAGE = () => error(404, 10008, "Unknown Message");

/**
 * The routes that answer interactions: the one interaction response
 * (`POST /interactions/:id/:token/callback`), then the interaction's webhook
 * for follow-ups and for reading, editing and deleting its messages. Their
 * token is in the path; Discord wants no bot token on them.
 */
export class InteractionRoutes {
  readonly #store: FakeStore;

  constructor(store: FakeStore) {
    this.#store = store;
  }

  /**
   * The interaction response: once, within 3 s, of a type the interaction
   * allows. With `with_response=true` Discord returns the message it made.
   */
  callback(request: Request, interactionId: string | undefined, token: string | undefined): Reply {
    const interaction = this.#store.interactions.get(interactionId ?? "");
    if (!interaction || interaction.token !== token) return UNKNOWN_INTERACTION();
    if (now() - interaction.dispatchedAt > INTERACTION_RESPONSE_DEADLINE_MS) return UNKNOWN_INTERACTION();
    if (interaction.response) return error(400, 40060, "Interaction has already been acknowledged.");
    const response = request.body as APIInteractionResponse;
    const answered = this.#respond(interaction, response, request.files);
    if (answered.status >= 400) return answered;
    interaction.response = { type: response.type, at: now() };
    if (request.query.get("with_response") !== "true") return { status: 204 };
    const message =
      interaction.originalId && response.type !== InteractionResponseType.Modal
        ? this.#store.messages.get(interaction.originalId)
        : undefined;
    const body: RESTPostAPIInteractionCallbackWithResponseResult = {
      interaction: {
        id: interaction.id,
        type: interaction.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: ((message.flags ?? 0) & LOADING_FLAG) !== 0,
              response_message_ephemeral: ((message.flags ?? 0) & EPHEMERAL) !== 0,
            }
          : {}),
      },
      ...(message ? { resource: { type: response.type, message } } : {}),
    } as RESTPostAPIInteractionCallbackWithResponseResult;
    return { status: 200, body };
  }

  /** Carries out an interaction response; a 4xx when Discord would refuse it. */
  #respond(interaction: IssuedInteraction, response: APIInteractionResponse, files: readonly UploadedFile[]): Reply {
    const component = interaction.type === InteractionType.MessageComponent;
    switch (response.type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        const problems = checkMessage(response.data);
        if (problems.length) return refused(problems);
        if (isEmptyMessage(response.data)) return error(400, 50006, "Cannot send an empty message");
        const message = this.#store.createMessage(interaction.channelId, content(response.data, files), {
          type: MessageType.ChatInputCommand,
          interaction,
        });
        interaction.originalId = message.id;
        return { status: 200 };
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const flags = LOADING_FLAG | ((response.data?.flags ?? 0) & EPHEMERAL);
        const message = this.#store.createMessage(
          interaction.channelId,
          { flags },
          { type: MessageType.ChatInputCommand, interaction },
        );
        interaction.originalId = message.id;
        return { status: 200 };
      }
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        if (!component || !interaction.messageId)
          return refused([
            {
              path: ["type"],
              code: "INTERACTION_RESPONSE_TYPE_INVALID",
              message: "Only components can update their message",
            },
          ]);
        interaction.originalId = interaction.messageId;
        if (response.type === InteractionResponseType.DeferredMessageUpdate) return { status: 200 };
        const problems = checkMessage(response.data);
        if (problems.length) return refused(problems);
        this.#store.editMessage(interaction.messageId, content(response.data, files));
        return { status: 200 };
      }
      case InteractionResponseType.Modal: {
        if (interaction.type === InteractionType.ModalSubmit) {
          return refused([
            {
              path: ["type"],
              code: "INTERACTION_RESPONSE_TYPE_INVALID",
              message: "A modal submission cannot open a modal",
            },
          ]);
        }
        const problems = checkModal(response.data);
        if (problems.length) return refused(problems);
        interaction.modal = response.data as APIModalInteractionResponseCallbackData;
        return { status: 200 };
      }
      default:
        return refused([
          { path: ["type"], code: "BASE_TYPE_CHOICES", message: "This fake does not do that response type" },
        ]);
    }
  }

  /** The interaction behind a webhook token, once it has been answered (before that, Discord knows no webhook). */
  #webhookOf(applicationId: string | undefined, token: string | undefined): IssuedInteraction | undefined {
    if (applicationId !== this.#store.world.application.id) return undefined;
    const interaction = [...this.#store.interactions.values()].find((i) => i.token === token);
    return interaction?.response ? interaction : undefined;
  }

  /** A follow-up message; the first after a deferral fills in the "thinking" message instead. */
  followUp(request: Request, applicationId: string | undefined, token: string | undefined): Reply {
    const interaction = this.#webhookOf(applicationId, token);
    if (!interaction) return UNKNOWN_WEBHOOK();
    const problems = checkMessage(request.body);
    if (problems.length) return refused(problems);
    if (isEmptyMessage(request.body)) return error(400, 50006, "Cannot send an empty message");
    const original = interaction.originalId ? this.#store.messages.get(interaction.originalId) : undefined;
    if (original && ((original.flags ?? 0) & LOADING_FLAG) !== 0) {
      // The first follow-up after a deferral fills in the "thinking" message, and stays as public or private as it.
      const { flags: _ignored, ...body } = content(request.body, request.files);
      return { status: 200, body: this.#store.editMessage(original.id, body) };
    }
    const message = this.#store.createMessage(interaction.channelId, content(request.body, request.files), {
      type: MessageType.ChatInputCommand,
      interaction,
    });
    return { status: 200, body: message };
  }

  /** GET, PATCH or DELETE of `@original` or another message of the interaction. */
  webhookMessage(
    request: Request,
    applicationId: string | undefined,
    token: string | undefined,
    which: string | undefined,
  ): Reply {
    const interaction = this.#webhookOf(applicationId, token);
    if (!interaction) return UNKNOWN_WEBHOOK();
    const id = which === "@original" ? interaction.originalId : which;
    const message = id ? this.#store.messages.get(id) : undefined;
    if (!message || message.channel_id !== interaction.channelId) return UNKNOWN_MESSAGE();
    switch (request.method) {
      case "GET":
        return { status: 200, body: message };
      case "DELETE":
        this.#store.messages.delete(message.id);
        if (interaction.originalId === message.id) interaction.originalId = undefined;
        return { status: 204 };
      default: {
        const problems = checkMessage(request.body);
        if (problems.length) return refused(problems);
        return { status: 200, body: this.#store.editMessage(message.id, content(request.body, request.files)) };
      }
    }
  }
}
