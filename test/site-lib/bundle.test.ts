import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBundle } from "../../loaders/index.ts";

// src/lib/bundle.ts reads the bundle when it is imported: point it at the kpi fixture's first.
let site: typeof import("../../src/lib/bundle.ts");
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "kb-site-bundle-"));
  const path = join(dir, "bundle.json");
  await writeFile(path, JSON.stringify(await loadBundle("test/fixtures/kpi")));
  process.env["KLANTBEELD_BUNDLE"] = path;
  site = await import("../../src/lib/bundle.ts");
});

describe("kpi", () => {
  it("gives the series' latest value and its deltas", () => {
    const revenue = site.bundle.series.find((s) => s.id === "revenue")!;
    const k = site.kpi("revenue");
    expect(k.series.id).toBe("revenue");
    expect(k.value).toBe(revenue.values.at(-1));
  });

  it("throws naming the id when the bundle has no such series", () => {
    expect(() => site.kpi("revenue.typo")).toThrow('kpi("revenue.typo"): the bundle has no series "revenue.typo"');
  });
});

describe("section", () => {
  it("gives a built section and undefined for one whose data are absent", () => {
    expect(site.section("rfm")?.segments.length).toBe(11);
    expect(site.section("journeys")).toBeUndefined();
  });
});
