import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseBundle, readBundle } from "../loaders/read-bundle.ts";
import type { Bundle } from "../loaders/bundle/types.ts";
import { loadBundle } from "../loaders/load-bundle.ts";

let bundle: Bundle;
let dir: string;
beforeAll(async () => {
  bundle = await loadBundle("test/fixtures/kpi");
  dir = await mkdtemp(join(tmpdir(), "kb-read-bundle-"));
});

/** A deep copy of the fixture's bundle as plain JSON, changed by `edit`. */
// biome-ignore lint/suspicious/noExplicitAny: the test breaks the bundle's JSON on purpose, field by field
function edited(edit: (raw: any) => void): unknown {
  const raw = JSON.parse(JSON.stringify(bundle));
  edit(raw);
  return raw;
}

describe("readBundle / parseBundle", () => {
  it("reads back exactly what the load wrote", async () => {
    const path = join(dir, "bundle.json");
    await writeFile(path, JSON.stringify(bundle));
    expect(await readBundle(path)).toEqual(JSON.parse(JSON.stringify(bundle)));
  });

  it("names a missing file and a file that is not JSON", async () => {
    await expect(readBundle(join(dir, "absent.json"))).rejects.toThrow(/absent\.json not found: run `npm run load` first/);
    const path = join(dir, "broken.json");
    await writeFile(path, "{ not json");
    await expect(readBundle(path)).rejects.toThrow(/broken\.json is not JSON/);
  });

  it("refuses another version before anything else", () => {
    expect(() => parseBundle(edited((b) => (b.version = 2)), "x.json")).toThrow("x.json has bundle version 2, expected 1");
  });

  it("names the path of a field that breaks the contract", () => {
    expect(() => parseBundle(edited((b) => (b.series[1].unit = "money")), "x.json")).toThrow(/x\.json does not match the bundle's schema:\n {2}series\.1\.unit: /);
    expect(() => parseBundle(edited((b) => (b.months[0] = "2024-1")), "x.json")).toThrow(/months\.0: expected a month yyyy-mm/);
    expect(() => parseBundle(edited((b) => delete b.accounts[0].rowsRejected), "x.json")).toThrow(/accounts\.0\.rowsRejected/);
  });

  it("refuses an unknown section and a section that is not an object", () => {
    expect(() => parseBundle(edited((b) => (b.sections.rfmm = {})), "x.json")).toThrow(/sections: Unrecognized key: "rfmm"/);
    expect(() => parseBundle(edited((b) => (b.sections.goals = [])), "x.json")).toThrow(/sections\.goals: Invalid input: expected object, received array/);
  });
});
