import { describe, expect, it } from "vitest";
import { isPlaceNotSet, labelledUrgencyOf, urgencyOf } from "../../src/reading/keywords.js";

describe("place not set yet", () => {
  it.each([
    // English
    "tbc",
    "TBC",
    "tba",
    "TBD",
    "to be confirmed",
    "To be announced",
    "location tbc",
    "Venue TBC",
    "venue: tbc",
    "Location to be confirmed.",
    "(tbc)",
    "tbc soon",
    "?",
    // Welsh
    "i'w gadarnhau",
    "i’w gadarnhau",
    "i'w gadarnhau'n fuan",
    "I'w gadarnhau yn fuan",
    "lleoliad i'w gadarnhau",
    "Lleoliad: i'w gyhoeddi",
    "heb ei gadarnhau",
    "igc",
    // Dutch and Flemish
    "nnb",
    "n.n.b.",
    "n.t.b.",
    "NTB",
    "nog te bepalen",
    "nader te bepalen",
    "Locatie nog te bepalen",
    "locatie: volgt",
    "plaats nog niet bekend",
    "nog niet bekend",
    "onbekend",
    "volgt binnenkort",
  ])("“%s” means no place yet", (text) => {
    expect(isPlaceNotSet(text)).toBe(true);
  });

  it.each([
    "Town hall",
    "The Beaney, Canterbury",
    "Tabernacle chapel",
    "Waar de kerk staat",
    "Lleoliad newydd yn Llanelli",
    "Locatie Gent Sint-Pieters",
    "venue",
    "",
    "tbc hall",
  ])("“%s” is a place (or nothing)", (text) => {
    expect(isPlaceNotSet(text)).toBe(false);
  });
});

describe("urgency words", () => {
  it.each([
    ["low", "low"],
    ["Normal", "normal"],
    ["URGENT", "urgent"],
    ["isel", "low"],
    ["arferol", "normal"],
    ["brys", "urgent"],
    ["frys", "urgent"],
    ["laag", "low"],
    ["normaal", "normal"],
    ["dringend", "urgent"],
    ["spoed", "urgent"],
    ["#dringend", "urgent"],
  ])("“%s” is %s", (word, urgency) => {
    expect(urgencyOf(word)).toBe(urgency);
  });

  it("knows no other words, but a label widens them", () => {
    expect(urgencyOf("high")).toBeUndefined();
    expect(urgencyOf("sideways")).toBeUndefined();
    expect(labelledUrgencyOf("high")).toBe("urgent");
    expect(labelledUrgencyOf("uchel")).toBe("urgent");
    expect(labelledUrgencyOf("hoog")).toBe("urgent");
    expect(labelledUrgencyOf("sideways")).toBeUndefined();
  });
});
