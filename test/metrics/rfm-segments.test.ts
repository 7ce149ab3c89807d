import { describe, expect, it } from "vitest";
import {
  fmScore,
  matchingSegments,
  SEGMENT_IDS,
  SEGMENT_LOOKUP,
  SEGMENT_RULES,
  SEGMENTS,
  segmentActions,
  segmentIndex,
  segmentOf,
} from "../../loaders/metrics/rfm-segments.ts";

describe("fmScore", () => {
  it.each([
    [1, 1, 1],
    [1, 2, 2], // 1.5 rounds half up
    [2, 2, 2],
    [2, 3, 3], // 2.5 → 3
    [3, 4, 4], // 3.5 → 4
    [4, 5, 5], // 4.5 → 5
    [5, 1, 3],
    [5, 5, 5],
  ])("F %i, M %i → FM %i", (f, m, fm) => expect(fmScore(f, m)).toBe(fm));
});

describe("the rule table", () => {
  it("maps every one of the 125 (R, F, M) cells to exactly one segment; first match = all matches = lookup", () => {
    const reached = new Set<string>();
    let cells = 0;
    for (let r = 1; r <= 5; r++) {
      for (let f = 1; f <= 5; f++) {
        for (let m = 1; m <= 5; m++) {
          const all = matchingSegments(r, f, m);
          expect(all, `R${r} F${f} M${m}`).toHaveLength(1);
          expect(segmentOf(r, f, m)).toBe(all[0]);
          expect(SEGMENT_IDS[SEGMENT_LOOKUP[(r - 1) * 25 + (f - 1) * 5 + (m - 1)]!]).toBe(all[0]);
          reached.add(all[0]!);
          cells++;
        }
      }
    }
    expect(cells).toBe(125);
    expect([...reached].sort()).toEqual([...SEGMENT_IDS].sort());
  });

  it("has no two rectangles covering the same R × FM cell (no overlap even within one segment)", () => {
    const cover = Array.from({ length: 5 }, () => new Array<number>(5).fill(0));
    for (const rule of SEGMENT_RULES) {
      expect(rule.r[0]).toBeGreaterThanOrEqual(1);
      expect(rule.fm[1]).toBeLessThanOrEqual(5);
      for (let r = rule.r[0]; r <= rule.r[1]; r++) for (let fm = rule.fm[0]; fm <= rule.fm[1]; fm++) cover[r - 1]![fm - 1]!++;
    }
    expect(cover.flat().every((k) => k === 1)).toBe(true);
  });

  it("is the documented 5 × 5 grid", () => {
    const grid = [
      ["new-customers", "potential-loyalist", "potential-loyalist", "champions", "champions"], // R5
      ["promising", "potential-loyalist", "potential-loyalist", "loyal", "champions"], // R4
      ["about-to-sleep", "need-attention", "need-attention", "loyal", "loyal"], // R3
      ["hibernating", "about-to-sleep", "at-risk", "at-risk", "cant-lose-them"], // R2
      ["lost", "hibernating", "at-risk", "cant-lose-them", "cant-lose-them"], // R1
    ];
    // FM = fm is reached by F = M = fm.
    for (let r = 1; r <= 5; r++) for (let fm = 1; fm <= 5; fm++) expect(segmentOf(r, fm, fm)).toBe(grid[5 - r]![fm - 1]);
  });

  it("rejects scores outside 1–5 and unknown ids", () => {
    expect(() => segmentOf(0, 3, 3)).toThrow(/RFM scores 1–5/);
    expect(() => segmentIndex("vip")).toThrow(/RFM segment id/);
  });
});

describe("SEGMENTS", () => {
  it("lists the eleven segments in id order with English and Dutch names", () => {
    expect(SEGMENTS.map((s) => s.id)).toEqual([...SEGMENT_IDS]);
    expect(SEGMENTS.map((s) => [s.name, s.nameNl])).toEqual([
      ["Champions", "Kampioen"],
      ["Loyal", "Loyale klant"],
      ["Potential loyalist", "Potentieel loyale klant"],
      ["New customers", "Nieuwe klant"],
      ["Promising", "Veelbelovend"],
      ["Need attention", "Heeft aandacht nodig"],
      ["About to sleep", "Slaper"],
      ["At risk", "Dreigt te vertrekken"],
      ["Can't lose them", "Mag niet gaan"],
      ["Hibernating", "Winterslaap"],
      ["Lost", "Vertrokken"],
    ]);
    for (const s of SEGMENTS) expect(s.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("has eleven distinct hex colours and a Dutch action each", () => {
    expect(new Set(SEGMENTS.map((s) => s.color)).size).toBe(11);
    for (const s of SEGMENTS) {
      expect(s.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(s.action.length).toBeGreaterThan(0);
    }
    expect(SEGMENTS[segmentIndex("about-to-sleep")]!.action).toBe("Wakker maken met een kortingscode");
    expect(SEGMENTS[segmentIndex("at-risk")]!.action).toBe("Persoonlijk contact opnemen");
  });

  it("lets the config override an action and keeps the other defaults", () => {
    const actions = segmentActions({ lost: "Niet meer mailen" });
    expect(actions.lost).toBe("Niet meer mailen");
    expect(actions["at-risk"]).toBe("Persoonlijk contact opnemen");
    expect(Object.keys(actions)).toEqual([...SEGMENT_IDS]);
  });
});
