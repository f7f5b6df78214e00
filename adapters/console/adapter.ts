import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Gather } from "../../src/app.js";
import type { Clock } from "../../src/core/clock.js";
import { fileText } from "../../src/core/files.js";
import { translator, type Locale, type Translate } from "../../src/core/i18n/index.js";
import type { Actor, Responder } from "../../src/core/invocation.js";
import type { Logger } from "../../src/core/logger.js";
import type { Action, Message, PostedRef } from "../../src/core/message.js";
import type { Messenger, PlatformAdapter, UserTarget } from "../../src/core/ports.js";
import type { Reader } from "../../src/core/reader.js";
import { renderText, type TextStyle } from "./render.js";

export interface ConsoleAdapterOptions {
  readonly gather: Gather;
  readonly logger: Logger;
  readonly clock: Clock;
  /** The first demo member's name: the network's admin. `/as Name` acts as someone else. */
  readonly user: string;
  /** The zone and language before the network has its own (then the network's, as members read it). */
  readonly timeZone: string;
  readonly locale: Locale;
  /**
   * How long after a command line more lines may come and still belong to it (a paste of several
   * lines, e.g. CSV for /shift import). Default {@link PASTE_WINDOW_MS}; 0 in tests, where a paste is
   * one write and typed lines are separate ones.
   */
  readonly pasteWindowMs?: number;
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
 * A pasted block reaches the terminal as lines a few milliseconds apart at most; a person typing
 * takes far longer than this to press Enter twice. So lines within this window of a command line
 * are the rest of that command (a blank line ends it sooner).
 */
export const PASTE_WINDOW_MS = 40;

/** At most this long, as member names are elsewhere. */
const NAME_MAX = 80;

/**
 * A terminal adapter: the newcomer is a member (and admin) of a local demo
 * network and types commands as they would in Slack. Forms cannot open here,
 * so the core answers with the one-line way to write a command instead.
 *
 * `/as Name` acts as another member (a plain member; the first name is the admin), so a demo
 * of two people works: DMs are printed with who they are for. Times and Gather's own words
 * follow the reader's language and zone as the network (or the member) has them now.
 * A command pasted over several lines is one command (see {@link PASTE_WINDOW_MS}).
 */
export class ConsoleAdapter implements PlatformAdapter {
  readonly platform = "console" as const;
  readonly description = "console (type /help)";
  readonly messenger: Messenger;
  readonly #options: ConsoleAdapterOptions;
  /** Who is at the keyboard now: their name as typed after /as (the first member's at start). */
  #who: string;
  /** The language and zone of whoever reads what is printed next; the start-up ones until read. */
  #reader: Reader;
  #readline: Interface | undefined;
  #actions: readonly Action[] = [];
  #messageCount = 0;
  /** Resolves when every line typed so far has been handled: lets tests wait without sleeping. */
  #queue: Promise<void> = Promise.resolve();
  /** A command line waiting for the rest of its paste, and the timer that ends the wait. */
  #pending: { lines: string[]; timer: ReturnType<typeof setTimeout>; done: () => void } | undefined;
  #pendingDone: Promise<void> = Promise.resolve();

  constructor(options: ConsoleAdapterOptions) {
    this.#options = options;
    this.#who = options.user;
    this.#reader = { locale: options.locale, timeZone: options.timeZone };
    this.messenger = {
      platform: "console",
      post: async (target, message) => this.#print(message, () => `#${target.channelId}`),
      dm: async (target, message) => this.#printDm(target, message),
      // The terminal cannot change what it printed: the card is printed again, marked as updated.
      edit: async (target, message) => {
        await this.#print(message, (t) => t("console.updated", { channel: target.channelId }));
      },
    };
  }

  async start(): Promise<void> {
    const rl = createInterface({ input: this.#options.input, output: this.#options.output, terminal: false });
    this.#readline = rl;
    // Listening at once: lines may already be waiting (a pipe), and answering them waits for this.
    rl.on("line", (line) => this.#received(line));
    this.#queue = this.#readAs(this.#account()).then(() => {
      this.#write(this.#t("console.welcome", { name: this.#options.user }));
      this.#write(this.#t("console.as_hint"));
    });
    await this.#queue;
    rl.on("close", () => {
      this.#flush();
      void this.#queue.then(() => this.#options.onExit?.());
    });
  }

  async stop(): Promise<void> {
    this.#readline?.close();
    this.#flush();
    await this.#queue;
  }

  /** Waits until every line given so far has been answered (a paste once its window has closed). */
  async idle(): Promise<void> {
    await this.#pendingDone;
    await this.#queue;
  }

  /**
   * A line as it arrives. A command line waits a moment for the rest of a paste: lines that come
   * within the paste window and are not commands themselves join it (one per line, as pasted); a
   * blank line, a new command, or the window passing ends it.
   */
  #received(raw: string): void {
    const line = raw.trim();
    const pending = this.#pending;
    if (pending && line !== "" && !line.startsWith("/")) {
      pending.lines.push(line);
      clearTimeout(pending.timer);
      pending.timer = this.#windowTimer();
      return;
    }
    this.#flush();
    if (line.startsWith("/")) {
      let done = () => {};
      this.#pendingDone = new Promise((resolve) => (done = resolve));
      this.#pending = { lines: [line], timer: this.#windowTimer(), done };
      return;
    }
    this.#enqueue(line);
  }

  #windowTimer(): ReturnType<typeof setTimeout> {
    return setTimeout(() => this.#flush(), this.#options.pasteWindowMs ?? PASTE_WINDOW_MS);
  }

  /** Hands the waiting command (with its pasted lines) on to be answered. */
  #flush(): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    clearTimeout(pending.timer);
    this.#enqueue(pending.lines.join("\n"));
    pending.done();
  }

  #enqueue(line: string): void {
    this.#queue = this.#queue.then(() => this.#line(line));
  }

  async #line(line: string): Promise<void> {
    if (line === "") return;
    if (line === "/quit" || line === "/exit") {
      this.#readline?.close();
      return;
    }
    await this.#readAs(this.#account());
    if (!line.startsWith("/")) {
      this.#write(this.#t("console.slash_hint"));
      return;
    }
    const [word = "", ...rest] = line.slice(1).split(/\s+/);
    const text = line.slice(1 + word.length).trim();
    if (word === "press") return this.#press(rest[0]);
    if (word === "as") return this.#actAs(text);
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

  /** `/as Name`: from now on, commands are Name's. `/as` alone says who you are. */
  async #actAs(typed: string): Promise<void> {
    const name = typed.replace(/\s+/g, " ");
    if (name === "") {
      this.#write(this.#t("console.as_who", { name: this.#who }));
      return;
    }
    if (name.length > NAME_MAX) {
      this.#write(this.#t("console.as_too_long", { max: NAME_MAX }));
      return;
    }
    this.#who = name;
    await this.#readAs(this.#account());
    this.#write(
      this.#isFirst()
        ? this.#t("console.as_admin", { name })
        : this.#t("console.as_now", { name, admin: this.#options.user }),
    );
  }

  /** Whether the member at the keyboard is the first one, who runs the demo network. */
  #isFirst(): boolean {
    return this.#who.toLowerCase() === this.#options.user.toLowerCase();
  }

  /**
   * The member at the keyboard as the platform knows them. A name is an account, whatever its
   * case ("/as sam" is Sam again); the first member keeps the name they started with as theirs.
   */
  #account(): UserTarget & { readonly name: string } {
    const externalId = this.#isFirst() ? this.#options.user : this.#who.toLowerCase();
    return { spaceExternalId: CONSOLE_SPACE.id, externalId, name: this.#who };
  }

  #actor(): Actor {
    const account = this.#account();
    return {
      platform: "console",
      spaceExternalId: CONSOLE_SPACE.id,
      spaceName: CONSOLE_SPACE.name,
      userExternalId: account.externalId,
      displayName: account.name,
      // The first member runs the demo network; everyone met through /as is a plain member.
      platformAdmin: this.#isFirst(),
    };
  }

  /** `account`'s language and zone as they stand now (the network's settings may have changed them). */
  #readerOf(account: UserTarget): Promise<Reader> {
    return this.#options.gather.readerOf({
      platform: "console",
      spaceExternalId: account.spaceExternalId,
      userExternalId: account.externalId,
    });
  }

  /** Keeps the keyboard member's language and zone for what the console itself says. */
  async #readAs(account: UserTarget): Promise<void> {
    this.#reader = await this.#readerOf(account);
  }

  /** Prints a message for the member at the keyboard, in their language and zone as they are now. */
  async #print(message: Message, where: (t: Translate) => string): Promise<PostedRef> {
    await this.#readAs(this.#account());
    return this.#show(message, where(this.#t), this.#reader);
  }

  /**
   * A DM, headed with whom it is for ("DM to Sam", or "DM to you" for the member at the keyboard),
   * its times in the recipient's zone and language, as they would read it.
   */
  async #printDm(target: UserTarget, message: Message): Promise<PostedRef> {
    if (target.externalId === this.#account().externalId) return this.#print(message, (t) => t("console.dm_you"));
    const reader = await this.#readerOf(target);
    const where = this.#t("console.dm_to", { name: reader.displayName ?? target.externalId });
    return this.#show(message, where, reader);
  }

  /** Gather's own words in the keyboard member's language. */
  get #t(): Translate {
    return translator(this.#reader.locale);
  }

  #responder(): Responder {
    return {
      canOpenForms: false,
      reply: async (message) => this.#print(message, () => `#${CONSOLE_SPACE.channel}`),
      replyPrivately: async (message) => {
        await this.#print(message, (t) => t("console.private"));
      },
      openForm: async () => {
        throw new Error("the console cannot open forms");
      },
      update: async (message) => {
        await this.#print(message, () => "updated");
      },
    };
  }

  #show(message: Message, where: string, reader: Reader): PostedRef {
    if (message.actions?.length) this.#actions = message.actions;
    this.#messageCount += 1;
    const t = translator(reader.locale);
    const style: TextStyle = {
      locale: reader.locale === "en" ? "en-GB" : reader.locale,
      timeZone: reader.timeZone,
      now: () => this.#options.clock.now(),
      pressHint: (n) => t("console.press", { n }),
    };
    this.#write(`\n— ${where} —\n${renderText(message, style)}\n`);
    for (const file of message.files ?? [])
      this.#write(`  ${this.#t("console.file_saved", { path: this.#save(file.name, fileText(file)) })}`);
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
