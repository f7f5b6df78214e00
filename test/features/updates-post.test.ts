import { describe, expect, it } from "vitest";
import { plainText } from "../../src/core/message.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice, bob, mallory } from "../support/gather.js";

const para = "We run weekly singing sessions for carers in Llanelli library, and would love a pianist for the summer.";

describe.each(databases)("/update post on $provider", (database) => {
  const t = gatherPerTest(database);

  const stored = () => t.db.projectUpdate.findMany({ orderBy: { createdAt: "asc" } });

  it("posts a typed update to the channel as a card and stores it", async () => {
    const r = await t.command(
      alice,
      "update",
      `Carers' choir | ${para} | https://example.org/choir https://example.org/photos`,
    );

    const sent = r.only();
    expect(sent.kind).toBe("public");
    if (sent.kind !== "public") return;
    expect(sent.message.title).toBe("Carers' choir");
    expect(sent.message.text).toBe(para);
    expect(sent.message.links).toEqual([{ url: "https://example.org/choir" }, { url: "https://example.org/photos" }]);
    expect(sent.message.context).toContainEqual({
      kind: "member",
      name: "Alice",
      ref: { platform: "slack", spaceExternalId: "T-network-one", externalId: "U-alice" },
    });
    expect(sent.message.context).toContainEqual({ kind: "time", at: t.clock.now(), style: "datetime" });

    const rows = await stored();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      title: "Carers' choir",
      summary: para,
      links: JSON.stringify(["https://example.org/choir", "https://example.org/photos"]),
    });
    expect(rows[0]?.createdAt.toISOString()).toBe(t.clock.now().toISOString());
  });

  it("creates the network, space and member on first contact, once", async () => {
    await t.command(alice, "update", `One | ${para}`);
    await t.command(bob, "update", `Two | ${para}`);
    await t.command(alice, "update", `Three | ${para}`);

    expect(await t.db.network.count()).toBe(1);
    const space = await t.db.space.findFirstOrThrow({ include: { network: true } });
    expect(space).toMatchObject({ platform: "slack", externalId: "T-network-one", name: "Arts & Wellbeing Network" });
    expect(space.network).toMatchObject({ name: "Arts & Wellbeing Network", timeZone: "Europe/London", locale: "en" });
    const members = await t.db.member.findMany({ orderBy: { displayName: "asc" }, include: { identities: true } });
    expect(members.map((m) => m.displayName)).toEqual(["Alice", "Bob"]);
    expect(members[0]?.identities.map((i) => i.externalId)).toEqual(["U-alice"]);
    const updates = await t.db.projectUpdate.findMany({ include: { author: true }, orderBy: { title: "asc" } });
    expect(updates.map((u) => [u.title, u.author.displayName])).toEqual([
      ["One", "Alice"],
      ["Three", "Alice"],
      ["Two", "Bob"],
    ]);
  });

  it("keeps networks apart: another workspace gets its own network", async () => {
    await t.command(alice, "update", `Mine | ${para}`);
    await t.command(mallory, "update", `Theirs | ${para}`);
    const networks = await t.db.network.findMany({ include: { updates: true }, orderBy: { name: "asc" } });
    expect(networks.map((n) => [n.name, n.updates.map((u) => u.title)])).toEqual([
      ["Another Network", ["Theirs"]],
      ["Arts & Wellbeing Network", ["Mine"]],
    ]);
  });

  it("survives simultaneous first contacts from one new space", async () => {
    const people = Array.from({ length: 8 }, (_, i) => ({
      ...alice,
      userExternalId: `U-${i}`,
      displayName: `Person ${i}`,
    }));
    const replies = await Promise.all(people.map((p) => t.command(p, "update", `Project ${p.displayName} | ${para}`)));
    expect(replies.map((r) => r.only().kind)).toEqual(people.map(() => "public"));
    expect(await t.db.network.count()).toBe(1);
    expect(await t.db.space.count()).toBe(1);
    expect(await t.db.member.count()).toBe(8);
    expect(await t.db.projectUpdate.count()).toBe(8);
  });

  it("records who posted what in the audit trail", async () => {
    await t.command(alice, "update", `Audited | ${para}`);
    const [update] = await stored();
    const audit = await t.db.auditEntry.findMany();
    expect(audit).toEqual([
      expect.objectContaining({
        action: "update.posted",
        subjectType: "ProjectUpdate",
        subjectId: update?.id,
        actorId: update?.authorId,
      }),
    ]);
  });

  it("takes typed options, as Discord sends them", async () => {
    const r = await t.options(alice, "update", "post", {
      title: "Garden",
      summary: para,
      links: "https://example.org",
    });
    expect(r.only().kind).toBe("public");
    expect((await stored()).map((u) => u.title)).toEqual(["Garden"]);
  });

  it("opens a form when given nothing on a platform with forms, and the form posts", async () => {
    const asked = await t.command(alice, "update", "");
    const form = asked.only();
    expect(form).toMatchObject({
      kind: "form",
      form: { id: "update.post", title: "Project update", submitLabel: "Post" },
    });
    if (form.kind !== "form") return;
    expect(form.form.fields.map((f) => [f.id, f.style, f.required, f.maxLength])).toEqual([
      ["title", "short", false, 100],
      ["summary", "paragraph", true, 1000],
      ["links", "short", false, 1000],
      ["tags", "short", false, 300],
      ["area", "short", false, 60],
    ]);
    expect(await t.db.projectUpdate.count()).toBe(0);

    const posted = await t.form(alice, "update.post", { title: "From the form", summary: para, links: "" });
    expect(posted.only()).toMatchObject({ kind: "public", message: { title: "From the form" } });
    expect((await stored()).map((u) => [u.title, u.links])).toEqual([["From the form", "[]"]]);
  });

  it("opens the form from typed options too when none are given", async () => {
    const r = await t.options(alice, "update", "post", {});
    expect(r.only().kind).toBe("form");
  });

  describe("bad input gets a short private reply and stores nothing", () => {
    const cases: Array<[string, string, RegExp]> = [
      ["no text where forms cannot open", "", /Forms don't work here.*\/update Title \| One paragraph/],
      ["an empty title", ` | ${para}`, /Please fill in Title, or leave out the \|/],
      ["an empty summary", "Title |   ", /Please fill in Summary/],
      [
        "a summary over 1,000 characters",
        `Long | ${"a".repeat(1001)}`,
        /Summary is too long: keep it to 1000 characters/,
      ],
      ["a title over 100 characters", `${"t".repeat(101)} | ${para}`, /Title is too long: keep it to 100 characters/],
      ["two paragraphs", `Two | First paragraph.\n\nSecond paragraph.`, /one paragraph/],
      ["a malformed link", `Links | ${para} | not-a-link`, /“not-a-link” isn't a web link/],
      ["a non-web link", `Links | ${para} | ftp://example.org/file`, /“ftp:\/\/example.org\/file” isn't a web link/],
      [
        "six links",
        `Links | ${para} | ${[1, 2, 3, 4, 5, 6].map((n) => `https://example.org/${n}`).join(" ")}`,
        /That's 6 links; please keep it to 5/,
      ],
    ];
    it.each(cases)("%s", async (_name, text, expected) => {
      const r = await t.command(alice, "update", text, { canOpenForms: false });
      const sent = r.only();
      expect(sent.kind).toBe("private");
      if (sent.kind !== "private") return;
      expect(plainText(sent.message.text)).toMatch(expected);
      expect(await t.db.projectUpdate.count()).toBe(0);
      expect(await t.db.auditEntry.count()).toBe(0);
    });

    it("a bad form submission", async () => {
      const r = await t.form(alice, "update.post", { title: "x", summary: "a\n\nb", links: "" });
      expect(r.only().kind).toBe("private");
      expect(await t.db.projectUpdate.count()).toBe(0);
    });

    it("an unknown subcommand typed as options", async () => {
      const r = await t.options(alice, "update", "frobnicate", {});
      const sent = r.only();
      expect(sent.kind).toBe("private");
      if (sent.kind === "private")
        expect(plainText(sent.message.text)).toMatch(
          /^I don't know \/update frobnicate\.\nI know: post, list, search, show, edit, delete, help\./,
        );
    });

    it("an unknown command", async () => {
      const r = await t.command(alice, "nonsense", "");
      const sent = r.only();
      if (sent.kind === "private")
        expect(plainText(sent.message.text)).toMatch(/I don't know the command “\/nonsense”. Try \/gather help/);
      else expect.fail("expected a private reply");
    });

    it("an unknown or stale button", async () => {
      const r = await t.press(alice, "update.nothing:abc");
      expect(r.only()).toMatchObject({
        kind: "private",
        message: { text: "That button no longer works. Please run the command again." },
      });
    });
  });

  it("answers in the member's platform language", async () => {
    const r = await t.command({ ...alice, locale: "nl-NL" }, "update", "edit geen-nummer", { canOpenForms: false });
    expect(r.only()).toMatchObject({
      kind: "private",
      message: { text: expect.stringMatching(/^Schrijf het zo: \/update edit 12 — of \/update edit 12 \| Titel \|/) },
    });
    const cy = await t.command({ ...bob, locale: "cy" }, "update", "edit dim", { canOpenForms: false });
    expect(cy.only()).toMatchObject({
      kind: "private",
      message: { text: expect.stringMatching(/^Ysgrifennwch ef fel hyn:/) },
    });
  });

  it("lists what a command can do with help", async () => {
    const r = await t.command(alice, "update", "help");
    const sent = r.only();
    expect(sent).toMatchObject({ kind: "private", message: { title: "What /update can do" } });
    if (sent.kind === "private")
      expect(plainText(sent.message.text)).toContain("/update post — Post a one-paragraph update");
    const all = await t.command(alice, "gather", "");
    expect(all.only()).toMatchObject({ kind: "private", message: { title: "What Gather can do" } });
  });
});
