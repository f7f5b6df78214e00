import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CardLimits, recordCard, refreshCards, type CardPlace } from "../../src/features/shared/cards.js";
import { Messengers } from "../../src/core/delivery.js";
import { createDelivery } from "../../src/delivery/service.js";
import { silentLogger } from "../../src/core/logger.js";
import type { Database } from "../../src/db/index.js";
import { databases } from "../support/db.js";
import { RecordingMessenger } from "../support/messenger.js";

const subject = { type: "cover", id: "cover-1" };
const at = (minute: number) => new Date(Date.UTC(2026, 2, 23, 10, minute));

describe.each(databases)("posted cards on $provider", (database) => {
  let db: Database;
  let slack: RecordingMessenger;
  let deps: Parameters<typeof refreshCards>[0];

  beforeEach(async () => {
    db = await database.open();
    const messengers = new Messengers();
    slack = new RecordingMessenger("slack");
    messengers.register(slack);
    deps = {
      db: db.prisma,
      delivery: createDelivery({ db: db.prisma, messengers, logger: silentLogger }),
      log: silentLogger,
    };
  });
  afterEach(async () => {
    await db.close();
  });

  async function space(name: string, platform = "slack") {
    const network = await db.prisma.network.create({ data: { name, timeZone: "Europe/London" } });
    return db.prisma.space.create({ data: { networkId: network.id, platform, externalId: `T-${name}`, name } });
  }

  it(`keeps the newest ${CardLimits.copiesPerSubject} copies of a card; posting one message twice is one copy`, async () => {
    const s = await space("one");
    for (let i = 1; i <= 12; i++) {
      await recordCard(db.prisma, { networkId: s.networkId, subject, spaceId: s.id, ref: ref(i) }, at(i));
    }
    await recordCard(db.prisma, { networkId: s.networkId, subject, spaceId: s.id, ref: ref(12) }, at(13));
    const kept = await db.prisma.postedCard.findMany({ orderBy: { createdAt: "asc" } });
    expect(kept.map((c) => c.messageId)).toEqual(Array.from({ length: 10 }, (_, i) => `ts-${i + 3}`));

    await refreshCards(deps, s.networkId, subject, () => ({ text: "Covered" }));
    expect(slack.sent.map((o) => (o.kind === "edit" ? o.target.messageId : o.kind))).toEqual(
      kept.map((c) => c.messageId),
    );
  });

  it("edits only the subject's copies in its own network, skips the pressed one, forgets gone ones and keeps failed ones", async () => {
    const one = await space("one");
    const other = await space("two");
    const discord = await db.prisma.space.create({
      data: { networkId: one.networkId, platform: "discord", externalId: "G-one", name: "Discord" },
    });
    const card = (s: typeof one, i: number, which = subject) =>
      recordCard(db.prisma, { networkId: s.networkId, subject: which, spaceId: s.id, ref: ref(i) }, at(i));
    await card(one, 1);
    await card(one, 2);
    await card(one, 3);
    await card(one, 4, { type: "ask", id: "cover-1" }); // another kind of subject with the same id
    await card(other, 5); // the same subject id in another network: never touched from this one
    await card(discord, 6); // no Discord messenger in this process: kept for later
    slack.deleted.add("ts-3");

    const places: CardPlace[] = [];
    await refreshCards(
      deps,
      one.networkId,
      subject,
      (place) => {
        places.push(place);
        return { text: "Covered" };
      },
      { channelId: "C-cards", messageId: "ts-1" },
    );
    expect(slack.sent.map((o) => (o.kind === "edit" ? [o.target.spaceExternalId, o.target.messageId] : []))).toEqual([
      ["T-one", "ts-2"],
    ]);
    expect(places.map((p) => p.platform)).toEqual(["slack", "slack", "discord"]);
    expect((await db.prisma.postedCard.findMany({ orderBy: { createdAt: "asc" } })).map((c) => c.messageId)).toEqual([
      "ts-1",
      "ts-2",
      "ts-4",
      "ts-5",
      "ts-6",
    ]);
  });

  it("never throws: a renderer's failure leaves the copies as they were", async () => {
    const s = await space("one");
    await recordCard(db.prisma, { networkId: s.networkId, subject, spaceId: s.id, ref: ref(1) }, at(1));
    await expect(
      refreshCards(deps, s.networkId, subject, () => {
        throw new Error("boom");
      }),
    ).resolves.toBeUndefined();
    expect(slack.sent).toEqual([]);
    expect(await db.prisma.postedCard.count()).toBe(1);
  });
});

function ref(i: number) {
  return { channelId: "C-cards", messageId: `ts-${i}` };
}
