/**
 * The repurchase section on data the models cannot fit: a warning and no predictions, never an
 * exception that stops `npm run load`, and never figures from a fit that did not converge.
 */
import { describe, expect, it } from "vitest";
import { repurchaseSection } from "../../loaders/bundle/repurchase.ts";
import { parseMonthKey } from "../../loaders/lib/months.ts";
import { rfm } from "../../loaders/metrics/rfm.ts";
import { ConfigSchema } from "../../loaders/schemas/config.ts";
import { type OrderRow, storeOf } from "../metrics/rfm-store.ts";

const config = ConfigSchema.parse({ version: 1, minGroupSize: 1, sources: [{ name: "t", kind: "transactions", files: "t.csv", columns: { date: "d", amount: "a" } }] });
const MAR = parseMonthKey("2024-03");

function section(rows: OrderRow[]) {
  const store = storeOf(rows);
  return repurchaseSection(store, config, MAR, rfm(store, MAR).segment);
}

describe("repurchaseSection on degenerate data", () => {
  it("publishes no expected purchases when every customer's only purchase is on the as-of day (T = 0)", () => {
    const rows = Array.from({ length: 100 }, (_, i): OrderRow => [`C${i}`, "2024-03-31", 10]);
    const { section: s, warnings } = section(rows);
    expect(s.published).toBe(false);
    expect(s.fits.bgNbd!.converged).toBe(false);
    expect(s.total.expectedPurchases).toBeNull();
    expect(s.groups.every((g) => g.expectedPurchases === null)).toBe(true);
    expect(warnings.map((w) => w.code)).toContain("fit_not_converged");
  });

  it("does not predict the holdout from a calibration fit that did not converge, and still counts what happened", () => {
    // 20 customers buy on 2023-06-15 and again on 2024-02-15. Calibration ends 2023-09-30 (6 holdout
    // months before 2024-03): nobody has bought twice by then (Σx = 0) → not converged.
    const rows = Array.from({ length: 20 }, (_, i): OrderRow[] => [
      [`C${i}`, "2023-06-15", 10],
      [`C${i}`, "2024-02-15", 12],
    ]).flat();
    const { section: s, warnings } = section(rows);
    expect(s.calibration!.fit.converged).toBe(false);
    expect(s.calibration!.predictedTotal).toBeNull();
    expect(s.calibration!.points.every((p) => p.predicted === null)).toBe(true);
    expect(s.calibration!.actualTotal).toBe(20);
    expect(warnings.filter((w) => w.code === "fit_not_converged").length).toBeGreaterThanOrEqual(1);
  });
});
