import type { Db, Provider } from "../db/index.js";
import type { Clock } from "./clock.js";
import type { CommandDefinition } from "./command.js";
import type { Delivery } from "./delivery.js";
import type { MemberInfo, NetworkInfo, SpaceInfo } from "./domain.js";
import type { Locale, Translate } from "./i18n/index.js";
import type { Platform } from "./invocation.js";
import type { Logger } from "./logger.js";
import type { Form, MemberRef, PostedRef } from "./message.js";

/** Everything a handler may use. Built per invocation by the dispatcher. */
export interface Context {
  readonly db: Db;
  readonly provider: Provider;
  readonly clock: Clock;
  /** A child logger carrying the request's ids (never names or text). */
  readonly log: Logger;
  readonly network: NetworkInfo;
  readonly space: SpaceInfo;
  readonly member: MemberInfo;
  /** The acting member's platform account, for mentions. */
  readonly memberRef: MemberRef;
  readonly platform: Platform;
  readonly channelId: string;
  /** For a pressed button, the message it was on (in `channelId`): the responder replaces that one. */
  readonly pressed?: PostedRef | undefined;
  /** The language this member reads. */
  readonly locale: Locale;
  /** The zone this member's local times are read in. */
  readonly timeZone: string;
  readonly t: Translate;
  /** Sends to other members and channels, on whichever platform they use. */
  readonly delivery: Delivery;
  /** Where the bot's HTTP listener is reached from outside (calendar feed links), without a trailing slash. */
  readonly publicUrl: string;
  /** Every command Gather offers, for help and discovery. */
  readonly commands: readonly CommandDefinition[];
  /** How this command is typed here, e.g. "/update", for usage hints. */
  commandText(command: string): string;
  /** Whether a form can be opened in answer to this invocation. */
  readonly canOpenForms: boolean;
  /** The form of a subcommand, about `arg` and filled with `values` (e.g. an edit form). */
  formFor(
    command: string,
    subcommand: string,
    options?: { arg?: string; values?: Readonly<Record<string, string>> },
  ): Form;
}
