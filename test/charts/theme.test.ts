/** Colours: WCAG contrast, and cell text that stays readable on every colour of the heatmap ramps. */
import * as Plot from "@observablehq/plot";
import { describe, expect, it } from "vitest";
import { channelOrder, contrast, luminance, textOn } from "../../src/charts/theme.ts";

describe("contrast", () => {
  it("matches the WCAG reference values", () => {
    expect(contrast("#ffffff", "#000000")).toBeCloseTo(21, 6);
    // #777777 on white is the well-known 4,48 : 1, just short of AA.
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(luminance("rgb(255, 255, 255)")).toBeCloseTo(1, 9);
  });

  it("picks the text colour with the better contrast", () => {
    expect(textOn("#08306b")).toBe("#ffffff");
    expect(textOn("#6baed6")).toBe("#000000");
    expect(textOn("#f7fbff")).toBe("#000000");
  });

  it.each(["blues", "greens", "purples"] as const)("keeps cell text ≥ 4,5 : 1 on the whole %s ramp", (scheme) => {
    const color = Plot.scale({ color: { type: "linear", scheme, domain: [0, 1] } });
    for (let i = 0; i <= 100; i++) {
      const fill = String(color.apply(i / 100));
      expect(contrast(textOn(fill), fill), `${scheme} ${i / 100} ${fill}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe("channelOrder", () => {
  it("sorts channels in the theme's order (digital blues, then offline), unknown ones last in their given order", () => {
    const names = ["kiosk", "phone", "web", "markt", "store", "app"];
    expect([...names].sort((a, b) => channelOrder(a) - channelOrder(b))).toEqual(["web", "app", "store", "phone", "kiosk", "markt"]);
  });
});
