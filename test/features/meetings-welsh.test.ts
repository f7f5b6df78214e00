/**
 * How a series repeats, as a Welsh reader sees it on a card: weekdays lower-case mid-sentence, the
 * ordinal where Welsh puts it, and "ail" softening the day after it (the reviews' H-3d to H-3f).
 */
import { describe, expect, it } from "vitest";
import { translator } from "../../src/core/i18n/index.js";
import { afterAil, describeRepeat } from "../../src/features/meetings/card.js";

/** Tuesday 8 September 2026 is the second Tuesday of its month. */
const TUESDAY = "DTSTART:20260908T140000";

describe("a Welsh card says how a meeting repeats", () => {
  const cy = translator("cy");
  const welsh = (rule: string) => describeRepeat(`${TUESDAY}\nRRULE:${rule}`, cy, "cy");

  it("every week and every two weeks on a day, with the day in lower case", () => {
    expect(welsh("FREQ=WEEKLY;BYDAY=TU")).toBe("bob dydd Mawrth");
    expect(welsh("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")).toBe("dydd Mawrth, bob 2 wythnos");
  });

  it("the nth weekday of the month, each ordinal in its own place", () => {
    expect(welsh("FREQ=MONTHLY;BYDAY=+1TU")).toBe("bob mis ar y dydd Mawrth cyntaf");
    expect(welsh("FREQ=MONTHLY;BYDAY=+2TU")).toBe("bob mis ar yr ail ddydd Mawrth");
    expect(welsh("FREQ=MONTHLY;BYDAY=+3TU")).toBe("bob mis ar y trydydd dydd Mawrth");
    expect(welsh("FREQ=MONTHLY;BYDAY=-1TU")).toBe("bob mis ar y dydd Mawrth olaf");
  });

  it("English and Dutch keep their order", () => {
    const rule = `${TUESDAY}\nRRULE:FREQ=MONTHLY;BYDAY=+2TU`;
    expect(describeRepeat(rule, translator("en"), "en")).toBe("every month on the second Tuesday");
    expect(describeRepeat(rule, translator("nl"), "nl")).toBe("elke maand op de tweede dinsdag");
  });

  it("softens only 'dydd' after 'ail'", () => {
    expect(afterAil("dydd Sadwrn")).toBe("ddydd Sadwrn");
    expect(afterAil("Saturday")).toBe("Saturday");
  });
});
