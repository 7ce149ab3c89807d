import { defineConfig } from "vitest/config";
import { hasRealData, REAL_DATA_FILES, SHARED_DATA } from "../real-data.ts";

/**
 * `npm run test:large`: the checks that need the whole real data files in ../shared/data (or
 * KLANTBEELD_SHARED_DATA). Without them it runs nothing and says so loudly; `npm test` never needs them.
 */
const present = hasRealData();
if (!present) {
  const line = "=".repeat(78);
  console.warn(`\n${line}\nLARGE-DATA SUITE SKIPPED: the real data are not at ${SHARED_DATA}.\nNeeded: ${REAL_DATA_FILES.join(", ")}.\nSet KLANTBEELD_SHARED_DATA to the folder that holds them to run test/large.\n${line}\n`);
}

export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: present ? ["test/large/**/*.test.ts"] : [],
    passWithNoTests: !present,
    env: { TZ: "UTC" },
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: "forks",
  },
});
