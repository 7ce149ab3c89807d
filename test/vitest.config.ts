import { defineConfig } from "vitest/config";

/** `npm test`: every test, on committed fixtures only, so it runs the same tests with or without ../shared/data. */
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "test/large/**"],
    env: { TZ: "UTC" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
