import { describe, expect, it } from "vitest";
import { delta, deltas } from "../../loaders/lib/deltas.ts";

describe("deltas", () => {
  const values = [100, null, 80, 90, 0, 5, 6, 7, 8, 9, 10, 11, 120, 132];
  it("computes MoM and YoY against the right months", () => {
    // Month 13 vs 12 (MoM) and vs 1 (YoY, which is missing).
    expect(deltas(values, 13)).toEqual({ mom: { base: 120, absolute: 12, relative: 0.1 }, yoy: null });
    expect(deltas(values, 12).yoy).toEqual({ base: 100, absolute: 20, relative: 0.2 });
    expect(delta(values, 3, 1)).toEqual({ base: 80, absolute: 10, relative: 0.125 });
  });
  it("is null where a value is missing, and has no relative change from zero", () => {
    expect(delta(values, 2, 1)).toBeNull();
    expect(delta(values, 0, 1)).toBeNull();
    expect(delta(values, 5, 1)).toEqual({ base: 0, absolute: 5, relative: null });
    expect(delta([-50, -25], 1, 1)).toEqual({ base: -50, absolute: 25, relative: 0.5 });
  });
});
