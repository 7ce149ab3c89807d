/** The bundle as a file: deterministic bytes, versioned, written atomically, no customer data. */
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLE_VERSION, loadBundle } from "../../loaders/index.ts";
import { stableJson } from "../../loaders/lib/stable-json.ts";
import { writeAtomic } from "../../loaders/lib/write-atomic.ts";

describe("bundle", () => {
  it("is byte-identical for the same inputs", async () => {
    const a = stableJson(await loadBundle("test/fixtures/kpi"));
    const b = stableJson(await loadBundle("test/fixtures/kpi"));
    expect(a).toBe(b);
    expect(JSON.parse(a).version).toBe(BUNDLE_VERSION);
  });

  it("holds no customer id of the input", async () => {
    const text = stableJson(await loadBundle("test/fixtures/kpi"));
    for (const id of ['"A"', '"B"', '"C"']) expect(text).not.toContain(id);
  });

  it("is replaced atomically and leaves no temp file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kb-atomic-"));
    const path = join(dir, "bundle.json");
    await writeAtomic(path, "first\n");
    await writeAtomic(path, "second\n");
    expect(await readFile(path, "utf8")).toBe("second\n");
    expect(await readdir(dir)).toEqual(["bundle.json"]);
  });
});
