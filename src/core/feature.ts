/**
 * A feature is the unit of change: one folder under `src/features/`, one `defineFeature({...})`
 * in its `index.ts`, one line in `src/features/index.ts`. Everything the rest of the program knows
 * of a feature is folded from that list: the registry's commands and buttons, the scheduler's
 * jobs, the HTTP routes, the card refreshers, the string catalogues, and what admin's privacy
 * and report commands loop over.
 */
import type { JobDefinition } from "../scheduler/index.js";
import type { Provider, Tx } from "../db/index.js";
import type { ChannelKind } from "./channels.js";
import type { Delivery } from "./delivery.js";
import type { Logger } from "./logger.js";
import type { Db } from "../db/index.js";
import type { Clock } from "./clock.js";
import { defineCommand, type ActionDefinition, type AnySubcommand, type CommandDefinition } from "./command.js";
import type { HttpRoute } from "./http.js";
import type { Strings } from "./i18n/define.js";
import type { FeatureFigures, PersonalData } from "./personal-data.js";

/** What a card shows: a cover request ("cover"), an ask ("ask"), a meeting ("meeting"), an update ("update"). */
export interface CardSubject {
  readonly type: string;
  readonly id: string;
}

/** What editing a card's posted copies needs. */
export interface RefreshDeps {
  readonly db: Db;
  readonly delivery: Delivery;
  readonly log: Logger;
}

/** What a card refresher is given: enough to read the subject and edit every copy of its card. */
export type CardRefreshDeps = RefreshDeps & { readonly provider: Provider; readonly clock: Clock };

/** Edits every recorded copy of one subject's card to what it shows now. Never throws. */
export type CardRefresher = (deps: CardRefreshDeps, networkId: string, subjectId: string) => Promise<void>;

export interface FeatureDefinition {
  /** Lower-case, the folder's name: "shifts". */
  readonly name: string;
  /** Slash commands, in the order help lists them. */
  readonly commands?: readonly CommandDefinition[];
  /**
   * Subcommands this feature adds to another feature's command, by command name: admin's shift
   * settings are also `/shift settings`, where members look for them.
   */
  readonly extraSubcommands?: Readonly<Record<string, readonly AnySubcommand[]>>;
  /** Buttons, found by the `feature.action` part of their custom id. */
  readonly actions?: readonly ActionDefinition[];
  /** Scheduled work, found by the job's kind. */
  readonly jobs?: readonly JobDefinition[];
  /** Routes on the bot's HTTP listener (calendar feeds). */
  readonly routes?: readonly HttpRoute[];
  /** Card refreshers by card subject type ("cover", "meeting"): admin edits cards after an erasure. */
  readonly cards?: Readonly<Record<string, CardRefresher>>;
  /** The feature's catalogue (its `strings.ts`): declared for the compiler, loaded for run time. */
  readonly strings: Strings;
  /** The feature's part of a member's export, erasure and the network's retention. */
  readonly personalData?: PersonalData;
  /**
   * Called in the transaction that names one of a space's channels (`/gather channel digest`): a
   * feature whose posts go there may plan its first one, and returns when it is due.
   */
  readonly onChannelSet?: (tx: Tx, change: ChannelChange) => Promise<Date | undefined>;
  /** What the feature adds to funders' reports for a period. */
  readonly figures?: FeatureFigures;
}

export type Feature = FeatureDefinition;

/** A channel of a space named for a kind of post (never called when one is cleared). */
export interface ChannelChange {
  readonly networkId: string;
  readonly timeZone: string;
  readonly kind: ChannelKind;
  readonly now: Date;
}

/** Declares a feature. Checks only what a typo would break silently (names repeated within it). */
export function defineFeature<const F extends FeatureDefinition>(feature: F): F {
  const unique = (what: string, names: readonly string[]) => {
    const seen = new Set<string>();
    for (const name of names) {
      if (seen.has(name)) throw new Error(`feature ${feature.name}: two ${what} named "${name}"`);
      seen.add(name);
    }
  };
  unique(
    "commands",
    (feature.commands ?? []).map((c) => c.name),
  );
  unique(
    "actions",
    (feature.actions ?? []).map((a) => a.name),
  );
  unique(
    "jobs",
    (feature.jobs ?? []).map((j) => j.kind),
  );
  return feature;
}

/** Everything the program folds from the features, in list order. */
export interface Folded {
  readonly commands: readonly CommandDefinition[];
  readonly actions: readonly ActionDefinition[];
  readonly jobs: readonly JobDefinition[];
  readonly routes: readonly HttpRoute[];
  readonly cards: Readonly<Record<string, CardRefresher>>;
}

/** Folds a list of features into what the registry, scheduler, HTTP listener and admin read. */
export function foldFeatures(features: readonly FeatureDefinition[]): Folded {
  const cards: Record<string, CardRefresher> = {};
  for (const feature of features) {
    for (const [type, refresh] of Object.entries(feature.cards ?? {})) {
      if (cards[type]) throw new Error(`two features refresh "${type}" cards`);
      cards[type] = refresh;
    }
  }
  const names = features.map((f) => f.name);
  if (new Set(names).size !== names.length) throw new Error("two features share one name");
  const extra = (name: string) => features.flatMap((f) => f.extraSubcommands?.[name] ?? []);
  for (const feature of features)
    for (const name of Object.keys(feature.extraSubcommands ?? {}))
      if (!features.some((f) => f.commands?.some((c) => c.name === name)))
        throw new Error(`feature ${feature.name} adds to /${name}, which no feature defines`);
  return {
    commands: features
      .flatMap((f) => f.commands ?? [])
      .map((c) =>
        extra(c.name).length ? defineCommand({ ...c, subcommands: [...c.subcommands, ...extra(c.name)] }) : c,
      ),
    actions: features.flatMap((f) => f.actions ?? []),
    jobs: features.flatMap((f) => f.jobs ?? []),
    routes: features.flatMap((f) => f.routes ?? []),
    cards,
  };
}
