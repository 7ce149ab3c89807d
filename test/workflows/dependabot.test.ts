import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const config = parse(readFileSync(new URL("../../.github/dependabot.yml", import.meta.url), "utf8")) as {
  version: number;
  updates: { "package-ecosystem": string; directory: string; schedule: { interval: string }; groups?: Record<string, { patterns: string[]; "update-types"?: string[] }> }[];
};

describe(".github/dependabot.yml", () => {
  it("keeps the actions and the npm packages current, monthly, in groups (majors apart)", () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => [u["package-ecosystem"], u.directory, u.schedule.interval])).toEqual([
      ["github-actions", "/", "monthly"],
      ["npm", "/", "monthly"],
    ]);
    for (const u of config.updates) {
      const groups = Object.values(u.groups ?? {});
      expect(groups.map((g) => g["update-types"])).toEqual([["minor", "patch"], ["major"]]);
      for (const g of groups) expect(g.patterns).toEqual(["*"]);
    }
  });
});
