import { audit } from "../../core/audit.js";
import { CHANNEL_COLUMNS, CHANNEL_KINDS, type ChannelKind } from "../../core/channels.js";
import type { Db, Tx } from "../../db/index.js";

/** The channel a space chose for each kind of post; null: none chosen. */
export type SpaceChannels = { readonly [K in ChannelKind]: string | null };

/** The channels of spaces (`/gather channel`). Every change is audited in its transaction. */
export class ChannelStore {
  constructor(private readonly db: Db) {}

  /** The channels the space chose, as stored now. */
  async of(spaceId: string): Promise<SpaceChannels> {
    const space = await this.db.space.findUniqueOrThrow({ where: { id: spaceId } });
    return Object.fromEntries(CHANNEL_KINDS.map((kind) => [kind, space[CHANNEL_COLUMNS[kind]]])) as SpaceChannels;
  }

  /**
   * Sets the space's channel for `kind` (null: clears it), with its audit record; `then` runs in the
   * same transaction (choosing a digest channel plans the first digest) and its result is returned.
   */
  async set<T>(
    where: { readonly networkId: string; readonly spaceId: string },
    kind: ChannelKind,
    channelId: string | null,
    actorId: string,
    at: Date,
    then: (tx: Tx) => Promise<T>,
  ): Promise<T> {
    return this.db.$transaction(async (tx) => {
      await tx.space.update({ where: { id: where.spaceId }, data: { [CHANNEL_COLUMNS[kind]]: channelId } });
      await audit(tx, {
        networkId: where.networkId,
        actorId,
        at,
        action: channelId === null ? "space.channel_cleared" : "space.channel_set",
        subjectType: "Space",
        subjectId: where.spaceId,
        details: { kind },
      });
      return then(tx);
    });
  }
}
