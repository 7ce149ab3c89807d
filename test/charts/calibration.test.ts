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

  it("draws only the actual line when the calibration fit did not converge", () => {
    const points = calibrationPoints({ points: cal.points.map((p) => ({ ...p, predicted: null })) });
    expect(points.every((p) => p.line === CALIBRATION_LINES.actual)).toBe(true);
    const chart = calibration(points, { document, format: String });
    expect(chart.querySelectorAll(".predicted path")).toHaveLength(0);
    expect(chart.querySelectorAll(".ends circle")).toHaveLength(1);
  });
});
