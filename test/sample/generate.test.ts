import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GENERATED_FOLDERS, generateSample, writeSample } from "../../loaders/sample/generate.ts";

const DATA = new URL("../../data/", import.meta.url).pathname;

/** Every file under `dir`, relative paths sorted. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

describe("sample generator", () => {
  const temps: string[] = [];
  afterAll(async () => {
    for (const dir of temps) await rm(dir, { recursive: true, force: true });
  });

  it("writes byte-identical files on two runs into fresh folders", async () => {
    const a = await mkdtemp(join(tmpdir(), "klantbeeld-sample-a-"));
    const b = await mkdtemp(join(tmpdir(), "klantbeeld-sample-b-"));
    temps.push(a, b);
    await writeSample(a);
    await writeSample(b);
    const files = await listFiles(a);
    expect(await listFiles(b)).toEqual(files);
    expect(files.length).toBeGreaterThan(40);
    expect(files.some((f) => f.endsWith(".tmp"))).toBe(false);
    for (const file of files) {
      const [x, y] = [await readFile(join(a, file)), await readFile(join(b, file))];
      expect(x.equals(y), file).toBe(true);
    }
  });

  it("matches the committed data/ exactly (regenerate with `node loaders/sample/generate.ts`)", async () => {
    const fresh = generateSample();
    const committed = (await listFiles(DATA)).filter((f) => f === "products.csv" || GENERATED_FOLDERS.some((d) => f.startsWith(`${d}/`)));
    expect(committed).toEqual([...fresh.keys()]);
    for (const [file, bytes] of fresh) expect(bytes.equals(await readFile(join(DATA, file))), file).toBe(true);
  });

  it("depends on the seed", () => {
    const a = generateSample(1).get("webshop/webshop-2025.csv")!;
    const b = generateSample(2).get("webshop/webshop-2025.csv")!;
    expect(a.equals(b)).toBe(false);
  });

  it("removes stale CSV files from the generated folders but nothing else", async () => {
    const dir = await mkdtemp(join(tmpdir(), "klantbeeld-sample-c-"));
    temps.push(dir);
    await writeSample(dir);
    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(dir, "winkels/winkels-2019-01.csv"), "oud");
    await writeFile(join(dir, "goals.yaml"), "version: 1\n");
    await writeSample(dir);
    const files = await listFiles(dir);
    expect(files).not.toContain("winkels/winkels-2019-01.csv");
    expect(files).toContain("goals.yaml");
  });
});
