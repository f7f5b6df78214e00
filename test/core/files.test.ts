import { describe, expect, it } from "vitest";
import { fileText, UTF8_BOM } from "../../src/core/files.js";

describe("file text as saved or uploaded", () => {
  it("starts CSV with one UTF-8 byte order mark, so spreadsheets read ŵ and ŷ", () => {
    const csv = { contentType: "text/csv" as const, content: "role\r\nTŷ Gwŵr\r\n" };
    expect(fileText(csv)).toBe(`\uFEFFrole\r\nTŷ Gwŵr\r\n`);
    expect(Buffer.from(fileText(csv), "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(fileText({ ...csv, content: fileText(csv) })).toBe(fileText(csv));
  });

  it("leaves other files as they are", () => {
    expect(fileText({ contentType: "text/markdown", content: "# Tŷ" })).toBe("# Tŷ");
    expect(fileText({ contentType: "application/json", content: "{}" }).startsWith(UTF8_BOM)).toBe(false);
  });
});
