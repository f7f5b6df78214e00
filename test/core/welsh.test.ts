/** The Welsh grammar helper (src/core/i18n/welsh.ts), on real words and places. */
import { describe, expect, it } from "vitest";
import {
  aspirateMutation,
  fromPlace,
  inPlace,
  nasalMutation,
  onDay,
  softMutation,
  toPlace,
  welshCount,
} from "../../src/core/i18n/welsh.js";

describe("soft mutation", () => {
  it("softens a place after “i” and “o”, keeping the capital", () => {
    expect(toPlace("Caerdydd")).toBe("i Gaerdydd");
    expect(toPlace("Bangor")).toBe("i Fangor");
    expect(toPlace("Llanelli")).toBe("i Lanelli");
    expect(toPlace("Gwynedd")).toBe("i Wynedd");
    expect(toPlace("Machynlleth")).toBe("i Fachynlleth");
    expect(toPlace("Rhuthun")).toBe("i Ruthun");
    expect(toPlace("Dinbych")).toBe("i Ddinbych");
    expect(fromPlace("Tregaron")).toBe("o Dregaron");
    expect(fromPlace("Pwllheli")).toBe("o Bwllheli");
  });

  it("softens a weekday after “ar”, lower-casing the capital Intl gives it", () => {
    expect(onDay("dydd Mawrth")).toBe("ar ddydd Mawrth");
    expect(onDay("Dydd Sadwrn")).toBe("ar ddydd Sadwrn");
    expect(softMutation("dydd")).toBe("ddydd");
  });

  it("leaves alone what does not mutate: vowels, f, ff, h, n, r, s, w and the digraphs ch, dd, ng, ph, th", () => {
    for (const place of [
      "Aberystwyth",
      "Abertawe",
      "Ynys Môn",
      "Harlech",
      "Fflint",
      "Ffestiniog",
      "Nefyn",
      "Wrecsam",
      "Sain Ffagan",
      "Chwilog",
      "Thornhill",
      "Ddôl",
      "Y Rhyl",
    ])
      expect(toPlace(place)).toBe(`i ${place}`);
    expect(softMutation("tsips")).toBe("tsips");
    expect(softMutation("")).toBe("");
  });

  it("mutates only the first word of a phrase", () => {
    expect(softMutation("Caerdydd Canolog")).toBe("Gaerdydd Canolog");
    expect(toPlace("Castell Newydd Emlyn")).toBe("i Gastell Newydd Emlyn");
  });
});

describe("nasal and aspirate mutation", () => {
  it("puts a place after “yn” (in), which itself becomes “yng” or “ym”", () => {
    expect(inPlace("Caerdydd")).toBe("yng Nghaerdydd");
    expect(inPlace("Bangor")).toBe("ym Mangor");
    expect(inPlace("Pwllheli")).toBe("ym Mhwllheli");
    expect(inPlace("Tregaron")).toBe("yn Nhregaron");
    expect(inPlace("Dinbych")).toBe("yn Ninbych");
    expect(inPlace("Gwynedd")).toBe("yng Ngwynedd");
    expect(inPlace("Llanelli")).toBe("yn Llanelli");
    expect(inPlace("Aberystwyth")).toBe("yn Aberystwyth");
    expect(inPlace("Machynlleth")).toBe("ym Machynlleth");
    expect(nasalMutation("Rhuthun")).toBe("Rhuthun");
  });

  it("aspirates c, p and t only", () => {
    expect([aspirateMutation("cyfarfod"), aspirateMutation("Pwllheli"), aspirateMutation("te")]).toEqual([
      "chyfarfod",
      "Phwllheli",
      "the",
    ]);
    expect(aspirateMutation("bara")).toBe("bara");
  });
});

describe("numbers with their noun", () => {
  const shifft = { singular: "shifft", feminine: true };
  const awr = { singular: "awr", feminine: true };
  const wythnos = { singular: "wythnos", feminine: true };
  const cyfarfod = { singular: "cyfarfod" };
  const diwrnod = { singular: "diwrnod" };
  const gwirfoddolwr = { singular: "gwirfoddolwr" };

  it("takes the singular noun after every numeral", () => {
    expect(welshCount(5, shifft)).toBe("pum shifft");
    expect(welshCount(7, diwrnod)).toBe("saith diwrnod");
    expect(welshCount(24, awr)).toBe("24 awr");
    expect(welshCount(0, cyfarfod)).toBe("0 cyfarfod");
  });

  it("uses dwy, tair and pedair with a feminine noun, dau, tri and pedwar with a masculine one", () => {
    expect(welshCount(2, shifft)).toBe("dwy shifft");
    expect(welshCount(2, awr)).toBe("dwy awr");
    expect(welshCount(3, shifft)).toBe("tair shifft");
    expect(welshCount(4, wythnos)).toBe("pedair wythnos");
    expect(welshCount(2, diwrnod)).toBe("dau ddiwrnod");
    expect(welshCount(2, gwirfoddolwr)).toBe("dau wirfoddolwr");
    expect(welshCount(3, cyfarfod)).toBe("tri chyfarfod");
    expect(welshCount(4, diwrnod)).toBe("pedwar diwrnod");
  });

  it("softens a feminine noun after “un” (not ll or rh), and aspirates after “chwe”", () => {
    expect(welshCount(1, { singular: "merch", feminine: true })).toBe("un ferch");
    expect(welshCount(1, { singular: "llinell", feminine: true })).toBe("un llinell");
    expect(welshCount(1, diwrnod)).toBe("un diwrnod");
    expect(welshCount(6, { singular: "peth" })).toBe("chwe pheth");
  });
});
