/**
 * The new reader accepts what today's readers accept (src/features/meetings/when.ts and
 * src/features/shifts/when.ts, with the inputs of their tests) and reads it the same way, so
 * both can switch to it.
 */
import { describe, expect, it } from "vitest";
import { readWhen, type WhenKind } from "../../src/reading/when/index.js";

const LONDON = "Europe/London";
const BRUSSELS = "Europe/Brussels";
/** Tuesday 1 September 2026, 11:00 in London: the meetings tests' now. */
const NOW = new Date("2026-09-01T10:00:00Z");

const read = (text: string, kind: WhenKind, locale: "en" | "cy" | "nl" = "en", zone = LONDON, now = NOW) => {
  const reading = readWhen(text, { now, zone, locale, kind });
  return reading.ok ? [reading.start.toISO(), reading.end?.toISO()] : reading.reason;
};

describe("what the meetings reader accepts", () => {
  it("reads English in the network's zone, with an end or a length", () => {
    expect(read("30 September 2pm", "meeting")).toEqual(["2026-09-30T14:00:00.000+01:00", undefined]);
    expect(read("30 September 2pm-4pm", "meeting")).toEqual([
      "2026-09-30T14:00:00.000+01:00",
      "2026-09-30T16:00:00.000+01:00",
    ]);
    expect(read("tomorrow 19:00 for 90 minutes", "meeting")).toEqual([
      "2026-09-02T19:00:00.000+01:00",
      "2026-09-02T20:30:00.000+01:00",
    ]);
    expect(read("3/10 7pm for 2 hours", "meeting")).toEqual([
      "2026-10-03T19:00:00.000+01:00",
      "2026-10-03T21:00:00.000+01:00",
    ]);
    expect(read("30 September 14:00", "meeting", "en", BRUSSELS)[0]).toBe("2026-09-30T14:00:00.000+02:00");
    expect(read("2 November 10am", "meeting")[0]).toBe("2026-11-02T10:00:00.000+00:00");
  });

  it("gives a part of the day its usual hour, and refuses no time at all", () => {
    expect(read("next Tuesday afternoon", "meeting")[0]).toBe("2026-09-08T14:00:00.000+01:00");
    expect(read("Friday morning", "meeting")[0]).toBe("2026-09-04T10:00:00.000+01:00");
    expect(read("tomorrow evening", "meeting")[0]).toBe("2026-09-02T19:00:00.000+01:00");
    expect(read("next Tuesday", "meeting")).toBe("no_time");
    expect(read("whenever suits", "meeting")).toBe("unread");
    expect(read("tomorrow 2pm for 30 hours", "meeting")).toBe("bad_span");
  });

  it("reads Dutch and Welsh", () => {
    expect(read("volgende dinsdag 14:00", "meeting", "nl")[0]).toBe("2026-09-08T14:00:00.000+01:00");
    expect(read("30 september 14:00-16:00", "meeting", "nl")).toEqual([
      "2026-09-30T14:00:00.000+01:00",
      "2026-09-30T16:00:00.000+01:00",
    ]);
    expect(read("dinsdag middag", "meeting", "nl")[0]).toBe("2026-09-01T14:00:00.000+01:00");
    expect(read("30 Medi am 2pm", "meeting", "cy")[0]).toBe("2026-09-30T14:00:00.000+01:00");
    expect(read("dydd Mawrth nesaf prynhawn", "meeting", "cy")[0]).toBe("2026-09-08T14:00:00.000+01:00");
    expect(read("yfory 19:00 am 2 awr", "meeting", "cy")).toEqual([
      "2026-09-02T19:00:00.000+01:00",
      "2026-09-02T21:00:00.000+01:00",
    ]);
  });
});

describe("what the shifts reader accepts", () => {
  it("reads the strict form and natural ranges, a night shift ending the next morning", () => {
    expect(read("2026-04-04 10:00-13:00", "shift")).toEqual([
      "2026-04-04T10:00:00.000+01:00",
      "2026-04-04T13:00:00.000+01:00",
    ]);
    // The shifts tests' now is in March 2026, when 4 April is a Saturday; from September it is a
    // Sunday in 2027, and the weekday disagrees.
    const march = new Date("2026-03-20T12:00:00Z");
    expect(read("Saturday 4 April 6pm to 9pm", "shift", "en", LONDON, march)).toEqual([
      "2026-04-04T18:00:00.000+01:00",
      "2026-04-04T21:00:00.000+01:00",
    ]);
    expect(read("Saturday 4 April 6pm to 9pm", "shift")).toBe("conflict");
    expect(read("2026-09-05 22:00-06:00", "shift")).toEqual([
      "2026-09-05T22:00:00.000+01:00",
      "2026-09-06T06:00:00.000+01:00",
    ]);
    expect(read("2026-04-31 10:00-13:00", "shift")).toBe("impossible");
  });
});
