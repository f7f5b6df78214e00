import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Gather } from "../../src/app.js";
import type { Clock } from "../../src/core/clock.js";
import { translator, type Locale, type Translate } from "../../src/core/i18n/index.js";
import type { Actor, Responder } from "../../src/core/invocation.js";
import type { Logger } from "../../src/core/logger.js";
import type { Action, Message, PostedRef } from "../../src/core/message.js";
import type { Messenger, PlatformAdapter } from "../../src/core/ports.js";
import { renderText, type TextStyle } from "./render.js";

export interface ConsoleAdapterOptions {
  readonly gather: Gather;
  readonly logger: Logger;
  readonly clock: Clock;
  /** The demo member's name. */
  readonly user: string;
  readonly timeZone: string;
  readonly locale: Locale;
  readonly input: Readable;
  readonly output: Writable;
  /** Where files sent to the member (exports) are saved. */
  readonly fileDir: string;
  /** Called when the member types /quit or input ends. */
  readonly onExit?: () => void;
}

/** The one space and channel the console plays in. */
export const CONSOLE_SPACE = { id: "local", name: "Demo network", channel: "general" } as const;

/**
 * A terminal adapter: the newcomer is a member (and admin) of a local demo
 * network and types commands as they would in Slack. Forms cannot open here,
 * so the core answers with the one-line way to write a command instead.
 */
export class ConsoleAdapter implements PlatformAdapter {
  readonly platform = "console" as const;
  readonly description = "console (type /help)";
  readonly messenger: Messenger;
  readonly #options: ConsoleAdapterOptions;
  readonly #style: TextStyle;
  readonly #t: Translate;
  #readline: Interface | undefined;
  #actions: readonly Action[] = [];
  #messageCount = 0;
  /** Resolves when every line typed so far has been handled: lets tests wait without sleeping. */
  #queue: Promise<void> = Promise.resolve();

  constructor(options: ConsoleAdapterOptions) {
    this.#options = options;
    this.#t = translator(options.locale);
    this.#style = {
      locale: options.locale === "en" ? "en-GB" : options.locale,
      timeZone: options.timeZone,
      now: () => options.clock.now(),
      pressHint: (n) => this.#t("console.press", { n }),
    };
    this.messenger = {
      platform: "console",
      post: async (target, message) => this.#show(message, `#${target.channelId}`),
      dm: async (_target, message) => this.#show(message, "direct message"),
      // The terminal cannot change what it printed: the card is printed again, marked as updated.
      edit: async (target, message) => {
        this.#show(message, this.#t("console.updated", { channel: target.channelId }));
      },
    };
  }

  async start(): Promise<void> {
    const rl = createInterface({ input: this.#options.input, output: this.#options.output, terminal: false });
    this.#readline = rl;
    this.#write(this.#t("console.welcome", { name: this.#options.user }));
    rl.on("line", (line) => {
      this.#queue = this.#queue.then(() => this.#line(line.trim()));
    });
    rl.on("close", () => {
      void this.#queue.then(() => this.#options.onExit?.());
    });
  }

  async stop(): Promise<void> {
    this.#readline?.close();
    await this.#queue;
  }

  /** Waits until every line given so far has been answered. */
  idle(): Promise<void> {
    return this.#queue;
  }

  async #line(line: string): Promise<void> {
    if (line === "") return;
    if (line === "/quit" || line === "/exit") {
      this.#readline?.close();
      return;
    }
    if (!line.startsWith("/")) {
      this.#write(this.#t("console.slash_hint"));
      return;
    }
    const [word = "", ...rest] = line.slice(1).split(/\s+/);
    const text = line.slice(1 + word.length).trim();
    if (word === "press") return this.#press(rest[0]);
    // "/help" is the console's shortcut for "/gather help".
    const [command, input] = word === "help" ? ["gather", "help"] : [word.toLowerCase(), text];
    await this.#options.gather.dispatcher.handle({
      kind: "command",
      actor: this.#actor(),
      channelId: CONSOLE_SPACE.channel,
      command,
      input: { kind: "text", text: input },
      responder: this.#responder(),
    });
  }

  async #press(which: string | undefined): Promise<void> {
    const action = this.#actions[Number(which) - 1];
    if (!action) {
      this.#write(this.#t("console.no_button"));
      return;
    }
    await this.#options.gather.dispatcher.handle({
      kind: "action",
      actor: this.#actor(),
      channelId: CONSOLE_SPACE.channel,
      customId: action.id,
      responder: this.#responder(),
    });
  }

  #actor(): Actor {
    return {
      platform: "console",
      spaceExternalId: CONSOLE_SPACE.id,
      spaceName: CONSOLE_SPACE.name,
      userExternalId: this.#options.user,
      displayName: this.#options.user,
      // The person at the terminal runs the demo network.
      platformAdmin: true,
    };
  }

  #responder(): Responder {
    return {
      canOpenForms: false,
      reply: async (message) => this.#show(message, `#${CONSOLE_SPACE.channel}`),
      replyPrivately: async (message) => {
        this.#show(message, this.#t("console.private"));
      },
      openForm: async () => {
        throw new Error("the console cannot open forms");
      },
      update: async (message) => {
        this.#show(message, "updated");
      },
    };
  }

  #show(message: Message, where: string): PostedRef {
    if (message.actions?.length) this.#actions = message.actions;
    this.#messageCount += 1;
    this.#write(`\n— ${where} —\n${renderText(message, this.#style)}\n`);
    for (const file of message.files ?? [])
      this.#write(`  ${this.#t("console.file_saved", { path: this.#save(file.name, file.content) })}`);
    return { channelId: CONSOLE_SPACE.channel, messageId: String(this.#messageCount) };
  }

  /** Saves a file under fileDir; the name is reduced to a plain file name first. */
  #save(name: string, content: string): string {
    const dir = resolve(this.#options.fileDir);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, name.replace(/[^\w.-]+/g, "_").replace(/^\.+/, ""));
    writeFileSync(path, content);
    return path;
  }

  #write(text: string): void {
    this.#options.output.write(`${text}\n`);
  }
}
