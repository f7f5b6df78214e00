import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, providerOf } from "../../src/db/index.js";
import { sqliteFilePath } from "../../src/db/url.js";

describe("providerOf", () => {
  it.each([
    ["file:./data/gather.db", "sqlite"],
    ["file:/var/lib/gather/gather.db", "sqlite"],
    ["postgres://u:p@db:5432/gather", "postgresql"],
    ["postgresql://u@127.0.0.1/gather?sslmode=require", "postgresql"],
  ])("%s → %s", (url, provider) => {
    expect(providerOf(url)).toBe(provider);
  });

  it("refuses anything else, naming the accepted forms without echoing a password", () => {
    expect(() => providerOf("mysql://root:hunter2@db/gather")).toThrow(/file:.*postgresql:\/\//);
    expect(() => providerOf("mysql://root:hunter2@db/gather")).not.toThrow(/hunter2/);
    expect(() => providerOf("")).toThrow(/Unsupported database URL/);
  });
});

describe("sqliteFilePath", () => {
  it("reads relative paths against the working directory and ignores parameters", () => {
    expect(sqliteFilePath("file:./data/gather.db?connection_limit=1", "/srv/app")).toBe("/srv/app/data/gather.db");
    expect(sqliteFilePath("file:gather.db", "/srv/app")).toBe("/srv/app/gather.db");
    expect(sqliteFilePath("file:/abs/gather.db", "/srv/app")).toBe("/abs/gather.db");
    expect(sqliteFilePath("file:///abs/my%20db.db", "/srv/app")).toBe("/abs/my db.db");
  });

  it("refuses in-memory databases", () => {
    expect(() => sqliteFilePath("file::memory:")).toThrow(/In-memory SQLite is not supported/);
  });
});

describe("openDatabase on SQLite", () => {
  const cwd = process.cwd();
  let dir = "";
  afterEach(() => {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("creates the folder of a relative file: URL, migrates, and sets WAL, foreign keys and a busy timeout", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gather-open-"));
    process.chdir(dir);
    const logged: string[] = [];
    const database = await openDatabase({ url: "file:./data/nested/gather.db", log: (m) => logged.push(m) });
    try {
      expect(database.provider).toBe("sqlite");
      expect(fs.existsSync(path.join(dir, "data", "nested", "gather.db"))).toBe(true);
      expect(logged.some((m) => m.startsWith("applied migration"))).toBe(true);
      const pragma = async (name: string) =>
        Object.values(
          ((await database.prisma.$queryRawUnsafe(`PRAGMA ${name}`)) as Array<Record<string, unknown>>)[0]!,
        )[0];
      expect(await pragma("journal_mode")).toBe("wal");
      expect(Number(await pragma("foreign_keys"))).toBe(1);
      expect(Number(await pragma("busy_timeout"))).toBe(5000);
      expect(await database.prisma.network.count()).toBe(0);
    } finally {
      await database.close();
    }
  });

  it("opens without migrating when asked", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gather-open-"));
    const database = await openDatabase({ url: `file:${dir}/gather.db`, migrate: false });
    try {
      await expect(database.prisma.network.count()).rejects.toThrow(/Network/);
    } finally {
      await database.close();
    }
  });
});
