import type { Clock } from "./core/clock.js";
import { Dispatcher } from "./core/dispatcher.js";
import type { Logger } from "./core/logger.js";
import type { NetworkDefaults } from "./core/members.js";
import type { Registry } from "./core/registry.js";
import type { Db, Provider } from "./db/index.js";
import { createRegistry } from "./features/index.js";

export interface GatherDeps {
  readonly db: Db;
  /** Which database `db` talks to: search and locking differ between them. */
  readonly provider: Provider;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly defaults: NetworkDefaults;
}

/** The platform-free bot: what every adapter is given. */
export interface Gather {
  readonly dispatcher: Dispatcher;
  readonly registry: Registry;
}

/** Wires every feature into one dispatcher. Adapters and tests start here. */
export function createGather(deps: GatherDeps): Gather {
  const registry = createRegistry();
  return { registry, dispatcher: new Dispatcher({ ...deps, registry }) };
}
