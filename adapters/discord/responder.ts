import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  InteractionEditReplyOptions,
  InteractionReplyOptions,
  Message as DiscordMessage,
  ModalSubmitInteraction,
} from "discord.js";
import { MessageFlags } from "discord.js";
import type { Responder } from "../../src/core/invocation.js";
import type { Logger } from "../../src/core/logger.js";
import type { Form, Message, PostedRef } from "../../src/core/message.js";
import { request } from "./errors.js";
import {
  renderFiles,
  renderForm,
  renderMessage,
  type RenderedFile,
  type RenderedMessage,
  type RenderTarget,
} from "./render.js";

/** The interactions Gather answers: slash commands, buttons and modal submissions. */
export type GatherInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/** How an {@link InteractionResponder} behaves. */
export interface ResponderOptions {
  readonly log: Logger;
  /**
   * Discord drops an interaction not answered within 3 seconds. When the core
   * has not answered after this long, the responder acknowledges it ("thinking…")
   * and answers later by editing or following up.
   */
  readonly deferAfterMs: number;
}

/**
 * Where the interaction stands. Discord takes exactly one initial response
 * (reply, modal, update or a deferral); everything after it is an edit of
 * that response or a follow-up message.
 */
type State =
  | { readonly kind: "open" }
  | { readonly kind: "deferring"; readonly done: Promise<void> }
  /** Acknowledged with nothing shown yet: "thinking…" for commands, silently for buttons. */
  | { readonly kind: "deferred" }
  | { readonly kind: "answered" };

/**
 * The core's Responder over one Discord interaction: the first answer is the
 * interaction's response, later ones follow up; a modal can only be the first.
 */
export class InteractionResponder implements Responder {
  readonly #interaction: GatherInteraction;
  readonly #target: RenderTarget;
  readonly #log: Logger;
  #state: State = { kind: "open" };
  #timer: NodeJS.Timeout | undefined;

  constructor(interaction: GatherInteraction, options: ResponderOptions) {
    this.#interaction = interaction;
    this.#target = { guildId: interaction.guildId ?? undefined };
    this.#log = options.log;
    this.#timer = setTimeout(() => this.#defer(), options.deferAfterMs);
  }

  /** A modal must be the first response, and a modal cannot open another. */
  get canOpenForms(): boolean {
    return this.#state.kind === "open" && !this.#interaction.isModalSubmit();
  }

  async reply(message: Message): Promise<PostedRef | undefined> {
    const out = outgoing(message, this.#target);
    const state = await this.#claim();
    if (state === "open") {
      const response = await request(() => this.#interaction.reply({ ...replyOptions(out), withResponse: true }));
      const posted = response.resource?.message;
      return posted ? refOf(posted) : refOf(await request(() => this.#interaction.fetchReply()));
    }
    if (state === "deferred" && !this.#deferredSilently()) {
      return refOf(await request(() => this.#interaction.editReply(editOptions(out))));
    }
    return refOf(await request(() => this.#interaction.followUp(replyOptions(out))));
  }

  async replyPrivately(message: Message): Promise<void> {
    const options = { ...replyOptions(outgoing(message, this.#target)), flags: MessageFlags.Ephemeral } as const;
    const state = await this.#claim();
    if (state === "open") {
      await request(() => this.#interaction.reply(options));
      return;
    }
    if (state === "deferred" && !this.#deferredSilently()) {
      // "Thinking…" was shown to everyone and cannot turn private: remove it, then answer privately.
      await request(() => this.#interaction.deleteReply());
    }
    await request(() => this.#interaction.followUp(options));
  }

  async openForm(form: Form): Promise<void> {
    const modal = renderForm(form);
    const interaction = this.#interaction;
    if (!this.canOpenForms || interaction.isModalSubmit()) {
      throw new Error("a Discord modal can only be the first answer to a command or button");
    }
    this.#settle("answered");
    await request(() => interaction.showModal(modal));
  }

  async update(message: Message): Promise<void> {
    const interaction = this.#interaction;
    const pressed = interaction.isButton()
      ? interaction
      : interaction.isModalSubmit() && interaction.isFromMessage()
        ? interaction
        : undefined;
    if (!pressed) {
      // A slash command, or a form opened by one, has no message of ours to replace: post instead.
      await this.reply(message);
      return;
    }
    const options = editOptions(outgoing(message, this.#target));
    if ((await this.#claim()) === "open") {
      await request(() => pressed.update(options));
      return;
    }
    // Once acknowledged, the interaction's webhook edits the message the button is on.
    await request(() => pressed.editReply({ ...options, message: pressed.message.id }));
  }

  /** Stops the deferral timer; call when the core is done with the interaction. */
  close(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /**
   * Waits for a deferral in flight, then takes the turn: returns the state the
   * answer must be given in and marks the interaction answered.
   */
  async #claim(): Promise<"open" | "deferred" | "answered"> {
    // A deferral that settles leaves "deferred", or "open" again when it failed.
    while (this.#state.kind === "deferring") await this.#state.done;
    const before = this.#state.kind;
    this.#settle("answered");
    return before;
  }

  #settle(kind: "deferred" | "answered"): void {
    this.close();
    this.#state = { kind };
  }

  /** A button's deferral (type 6) shows nothing; its message stays as it was. */
  #deferredSilently(): boolean {
    return this.#interaction.isButton();
  }

  #defer(): void {
    this.#timer = undefined;
    if (this.#state.kind !== "open") return;
    const interaction = this.#interaction;
    const acknowledge = interaction.isButton() ? () => interaction.deferUpdate() : () => interaction.deferReply();
    const done = request(acknowledge).then(
      () => {
        if (this.#state.kind === "deferring") this.#state = { kind: "deferred" };
      },
      (error: unknown) => {
        // Probably too late already (Discord's 3 s passed); the answer will fail and be logged too.
        this.#log.warn({ err: error }, "could not defer the interaction");
        if (this.#state.kind === "deferring") this.#state = { kind: "open" };
      },
    );
    this.#state = { kind: "deferring", done };
    this.#log.debug("deferred: the core is taking a while");
  }
}

/** A message ready to send: its JSON body and the files to upload with it. */
interface Outgoing {
  readonly body: RenderedMessage;
  readonly files: RenderedFile[];
}

function outgoing(message: Message, target: RenderTarget): Outgoing {
  return { body: renderMessage(message, target), files: renderFiles(message) };
}

/** As discord.js takes files; it sends them as multipart, and Discord reads the type from the name. */
function attachments(out: Outgoing) {
  return out.files.map((file) => ({ attachment: file.data, name: file.name }));
}

function replyOptions(out: Outgoing): InteractionReplyOptions {
  return {
    ...(out.body.content !== undefined ? { content: out.body.content } : {}),
    embeds: out.body.embeds,
    components: out.body.components,
    allowedMentions: { parse: [...(out.body.allowed_mentions.parse ?? [])] },
    ...(out.files.length ? { files: attachments(out) } : {}),
  };
}

/** Edits replace the whole message: content is cleared when the new one is a card, and vice versa. */
function editOptions(out: Outgoing): InteractionEditReplyOptions {
  return {
    content: out.body.content ?? "",
    embeds: out.body.embeds,
    components: out.body.components,
    allowedMentions: { parse: [...(out.body.allowed_mentions.parse ?? [])] },
    ...(out.files.length ? { files: attachments(out) } : {}),
  };
}

function refOf(message: DiscordMessage): PostedRef {
  return { channelId: message.channelId, messageId: message.id };
}
