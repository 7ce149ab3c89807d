/**
 * Where the real public data sets live (../shared/data next to the repository; see its README).
 * They are read in place, never copied, and only by the large-data suite (test/large, `npm run
 * test:large`); `npm test` runs on the extracts in test/fixtures. Override with KLANTBEELD_SHARED_DATA.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(new URL("..", import.meta.url).pathname);

/** The shared data folder: the env override, else `../shared/data` beside the repository. */
export const SHARED_DATA = process.env.KLANTBEELD_SHARED_DATA ?? join(ROOT, "..", "shared", "data");

/** The whole files the large-data suite reads. */
export const REAL_DATA_FILES = ["cdnow/CDNOW_master.csv", "cdnow/CDNOW_master.txt", "cdnow/CDNOW_sample.txt", "complete_journey/transactions_sample.csv", "complete_journey/products.csv"];

/** Whether every real data file the large-data suite reads is present. */
export function hasRealData(): boolean {
  return REAL_DATA_FILES.every((file) => existsSync(join(SHARED_DATA, file)));
}
