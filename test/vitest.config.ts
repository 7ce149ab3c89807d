import { defineConfig } from "vitest/config";
import { hasRealData, REAL_DATA_TESTS, SHARED_DATA } from "./real-data.ts";

const realData = hasRealData();
if (!realData) console.warn(`\nReal-data tests left out: ${SHARED_DATA} not found (set KLANTBEELD_SHARED_DATA):\n  ${REAL_DATA_TESTS.join("\n  ")}\n`);

export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["test/**/*.test.ts"],
    exclude: ["**/node_modules/**", ...(realData ? [] : REAL_DATA_TESTS)],
    env: { TZ: "UTC" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
