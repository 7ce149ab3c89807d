import { describe, expect, it } from "vitest";
import { CALIBRATION_LINES, calibration, calibrationPoints } from "../../src/charts/calibration.ts";
import { chartDocument, sampleRepurchase } from "./rfm-fixtures.ts";

describe("calibration", () => {
  const document = chartDocument();
  const cal = sampleRepurchase().repurchase.section.calibration!;

  it("draws the predicted and the actual line over the 39 holdout weeks, with an end dot each", () => {
    const points = calibrationPoints(cal);
    expect(points).toHaveLength(78);
    const chart = calibration(points, { document, format: String });
    expect(chart.querySelectorAll(".predicted path")).toHaveLength(1);
    expect(chart.querySelectorAll(".actual path")).toHaveLength(1);
    expect(chart.querySelectorAll(".ends circle")).toHaveLength(2);
    for (const name of Object.values(CALIBRATION_LINES)) expect(chart.textContent).toContain(name);
  });

  it("labels the months in Dutch (holdout October 1997 .. June 1998)", () => {
    const chart = calibration(calibrationPoints(cal), { document, format: String });
    const ticks = [...chart.querySelectorAll("[aria-label='x-axis tick label'] text")].map((t) => t.textContent);
    expect(ticks).toContain("mrt");
    expect(ticks.some((t) => t?.startsWith("jan") && t.includes("1998"))).toBe(true);
    expect(ticks).not.toContain("Mar");
  });

  it("draws only the actual line when the calibration fit did not converge", () => {
    const points = calibrationPoints({ points: cal.points.map((p) => ({ ...p, predicted: null })) });
    expect(points.every((p) => p.line === CALIBRATION_LINES.actual)).toBe(true);
    const chart = calibration(points, { document, format: String });
    expect(chart.querySelectorAll(".predicted path")).toHaveLength(0);
    expect(chart.querySelectorAll(".ends circle")).toHaveLength(1);
  });
});
