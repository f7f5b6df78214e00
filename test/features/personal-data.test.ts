import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/index.js";
import { buildReport, parseRange } from "../../src/features/admin/report.js";
import { retentionKinds } from "../../src/features/admin/retention.js";
import { features } from "../../src/features/index.js";
import { databaseFor } from "../support/db.js";

/**
 * The Prisma client's data model, as the client itself reads it. Prisma 7's `prisma-client`
 * generator no longer exports `Prisma.dmmf`; the runtime data model it builds queries from is the
 * same list of models and fields (name, kind, type), without the schema's comments.
 */
interface RuntimeField {
  readonly name: string;
  readonly kind: "scalar" | "object" | "enum";
  readonly type: string;
}
type RuntimeDataModel = { readonly models: Record<string, { readonly fields: readonly RuntimeField[] }> };

/**
 * What a field ending in "Id" names when it is not a member, by the last word before "Id"
 * ("digestChannelId" → "channel", "fromAssignmentId" → "assignment"). Every other such field is
 * taken to be a member's id, so a new `approverId` or `ownerId` needs a feature's personalData
 * before this test passes; a new id of something else is added here, with what it is.
 */
const NOT_A_MEMBER: Readonly<Record<string, string>> = {
  network: "a network (Job and ShiftSwap keep it without a relation)",
  space: "a chat space",
  channel: "a platform channel",
  message: "a platform message",
  external: "an id on the platform (a Slack or Discord id, a scheduled event)",
  subject: "an audited or carded record of any type (AuditEntry's actorId makes it a member's table anyway)",
  request: "an ask (HelpPing keeps it without a relation)",
  assignment: "a shift place",
};

/** The last word of a camel-case name, lower-cased: "fromAssignment" → "assignment". */
const lastWord = (name: string) => (name.match(/[A-Z]?[a-z0-9]+$/)?.[0] ?? name).toLowerCase();

/**
 * The models holding a member id, and through which fields: a field named "…Id" or "…By" that is
 * the key of a relation to Member (by the schema's convention `fooId` is the key of relation
 * `foo`), or the key of no relation and not the id of something {@link NOT_A_MEMBER} names. (A
 * list relation, Network.members, holds no id: the rows it lists hold it.)
 */
function modelsHoldingMemberIds(model: RuntimeDataModel): Map<string, string[]> {
  const holding = new Map<string, string[]>();
  for (const [name, { fields }] of Object.entries(model.models)) {
    const relations = new Map(fields.filter((f) => f.kind === "object").map((f) => [f.name, f.type]));
    const because: string[] = [];
    for (const field of fields) {
      if (field.kind !== "scalar" || field.type !== "String" || field.name === "id") continue;
      const stem = field.name.endsWith("Id") ? field.name.slice(0, -2) : field.name.endsWith("By") ? field.name : "";
      if (!stem) continue;
      const related = relations.get(stem);
      if (related !== undefined ? related === "Member" : !(lastWord(stem) in NOT_A_MEMBER)) because.push(field.name);
    }
    if (because.length) holding.set(name, because);
  }
  return holding;
}

describe("every feature's personal data", () => {
  let database: Database;
  let dataModel: RuntimeDataModel;

  beforeAll(async () => {
    const sqlite = databaseFor("sqlite");
    if (!sqlite) throw new Error("the SQLite test database is always there");
    database = await sqlite.open();
    dataModel = (database.prisma as unknown as { _runtimeDataModel: RuntimeDataModel })._runtimeDataModel;
  });
  afterAll(async () => {
    await database.close();
  });

  const contributions = () => features.flatMap((f) => (f.personalData ? [{ feature: f.name, ...f.personalData }] : []));

  it("covers every table that holds a member id", () => {
    const holding = modelsHoldingMemberIds(dataModel);
    // The rule finds the tables we know of (a sanity check on the rule itself).
    expect(holding.get("Meeting")).toEqual(["hostId", "createdById"]);
    expect(holding.get("CoverRequest")).toEqual(["requesterId", "claimantId", "decidedById"]);
    expect(holding.has("PostedCard")).toBe(false);
    const covered = new Set(contributions().flatMap((c) => c.models));
    const uncovered = [...holding].filter(([model]) => !covered.has(model)).map(([model, ids]) => `${model}.${ids[0]}`);
    expect(uncovered, "models holding a member id that no feature's personalData exports and erases").toEqual([]);
  });

  it("gives each table to one feature, and exports only tables the feature covers", () => {
    const models = Object.keys(dataModel.models);
    const owners = new Map<string, string>();
    for (const contribution of contributions()) {
      for (const model of contribution.models) {
        expect(models, `${contribution.feature} covers an unknown model`).toContain(model);
        expect(owners.get(model), `${model} is covered twice`).toBeUndefined();
        owners.set(model, contribution.feature);
      }
      for (const section of contribution.sections) expect(contribution.models).toContain(section);
    }
  });

  it("keeps records for the published number of days, listed in the published order", () => {
    expect(retentionKinds().map((k) => [k.kind, k.days])).toEqual([
      ["audit", 730],
      ["activity", 400],
      ["archivedUpdates", 730],
      ["revisions", 730],
      ["closedAsks", 730],
      ["helpPings", 30],
      ["finishedJobs", 30],
      ["rateWindows", 2],
      ["linkCodes", 1],
      ["decidedSwaps", 400],
      ["expiredChecks", 365],
      ["closedPolls", 730],
    ]);
  });

  it("reports the figures in the published order, the network's own first", async () => {
    const range = parseRange("2026-01-01", "2026-03-31", "Europe/London");
    const figures = await buildReport(database.prisma, "no-network", range, new Date("2026-04-01T00:00:00Z"));
    expect(figures.map((f) => f.name)).toEqual([
      "activeMembers",
      "newMembers",
      "updatesPosted",
      "updatesEdited",
      "asksMade",
      "offersMade",
      "asksResolved",
      "shiftsHeld",
      "shiftsFilled",
      "placesFilled",
      "coverRequests",
      "coversCovered",
      "volunteerHours",
      "meetingsHeld",
      "meetingAttendance",
      "pollsRun",
      "pollVotes",
      "pollResponses",
    ]);
    expect(figures.every((f) => f.value === 0 && f.label.endsWith(`.figure.${f.name}`))).toBe(true);
  });

  it("says whether a member or a network holds records, feature by feature (for linking accounts and spaces)", async () => {
    const db = database.prisma;
    const network = await db.network.create({ data: { name: "N", timeZone: "Europe/London" } });
    const member = await db.member.create({ data: { networkId: network.id, displayName: "M" } });
    const holding = async () => {
      const held: string[] = [];
      for (const { feature, holds, inUse } of contributions()) {
        if (await holds(db, member.id)) held.push(`${feature} member`);
        if (await inUse(db, network.id)) held.push(`${feature} network`);
      }
      return held;
    };
    expect(await holding()).toEqual([]);
    await db.standingOffer.create({ data: { networkId: network.id, memberId: member.id } });
    const meeting = await db.meeting.create({
      data: { networkId: network.id, number: 1, title: "T", startsAt: new Date(), timeZone: "Europe/London" },
    });
    await db.meetingRsvp.create({
      data: { meetingId: meeting.id, memberId: member.id, occurrence: "once", answer: "going" },
    });
    expect(await holding()).toEqual(["asks member", "asks network", "meetings member", "meetings network"]);
  });
});
