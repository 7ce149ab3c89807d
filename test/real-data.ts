/**
 * Where the real public data sets live (../shared/data next to the repository; see its README).
 * They are read in place, never copied. Override with KLANTBEELD_SHARED_DATA.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(new URL("..", import.meta.url).pathname);

/** The shared data folder: the env override, else `../shared/data` beside the repository. */
export const SHARED_DATA = process.env.KLANTBEELD_SHARED_DATA ?? join(ROOT, "..", "shared", "data");

/** Whether the real data sets the tests use are present. */
export function hasRealData(): boolean {
  return existsSync(join(SHARED_DATA, "cdnow", "CDNOW_master.csv")) && existsSync(join(SHARED_DATA, "complete_journey", "transactions_sample.csv"));
}

/**
 * Test files that read the real data. Without the data they are left out of the run, and the
 * run says so (test/vitest.config.ts); with it they run like every other test.
 */
export const REAL_DATA_TESTS = [
  "test/integration/real-data.test.ts",
  "test/bundle/repurchase.test.ts",
  "test/bundle/rfm.test.ts",
  "test/charts/calibration.test.ts",
  "test/charts/p-alive.test.ts",
  "test/metrics/bg-nbd.test.ts",
  "test/metrics/category-pairs.test.ts",
  "test/metrics/gamma-gamma.test.ts",
  "test/metrics/holdout-calibration.test.ts",
  "test/metrics/repeat-summary.test.ts",
  "test/metrics/rfm-history.test.ts",
  "test/metrics/rfm.test.ts",
];
