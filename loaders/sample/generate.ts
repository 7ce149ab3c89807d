/**
 * Generates the sample data set of the fictitious Noordwind Telecom into `data/` (or the folder
 * given as the first argument): `node loaders/sample/generate.ts [folder]`.
 *
 * Seeded and deterministic: the same seed gives byte-identical files on every run. Each part
 * draws from its own random stream, so tuning one part leaves the others' bytes unchanged.
 * `data/klantbeeld.yaml` and `data/goals.yaml` are written by hand and never touched here.
 */
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { productsCsv } from "./catalog.ts";
import { simulateCustomers } from "./customers.ts";
import { experimentsFile } from "./experiments.ts";
import { journeysFiles } from "./journeys.ts";
import { momentFiles } from "./moments.ts";
import { createRandom } from "./random.ts";
import { simulateReturns } from "./returns.ts";
import { simulateWalkIns } from "./walk-ins.ts";
import { webshopFiles } from "./webshop.ts";
import { winkelsFiles } from "./winkels.ts";

/** The seed of the committed sample. */
export const SAMPLE_SEED = 20_231_101;

/** Folders whose `.csv` files belong to the generator (stale ones are removed on write). */
export const GENERATED_FOLDERS = ["webshop", "winkels", "journeys", "experiments", "signals", "profiles", "offers"] as const;

/** All generated files, path relative to `data/` → bytes, sorted by path. Pure: no I/O. */
export function generateSample(seed = SAMPLE_SEED): Map<string, Buffer> {
  const sales = [...simulateCustomers(createRandom(seed)), ...simulateWalkIns(createRandom(seed + 1))];
  const all = [...sales, ...simulateReturns(createRandom(seed + 2), sales)];
  const files = new Map<string, Buffer>([
    ["products.csv", Buffer.from(productsCsv(), "utf8")],
    ["experiments/ab-tests.csv", experimentsFile()],
    ...webshopFiles(all),
    ...winkelsFiles(all),
    ...journeysFiles(createRandom(seed + 3)),
    // Signals, profiles and offers: streams of their own, so the files above never change with them.
    ...momentFiles({ panel: createRandom(seed + 4), signals: createRandom(seed + 5), profiles: createRandom(seed + 6), offers: createRandom(seed + 7) }, all),
  ]);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Writes the sample into `dataDir`: each file to a temporary name, then renamed over the old one,
 * so an interrupted run never leaves a half-written export. Generated folders lose stale `.csv` files.
 */
export async function writeSample(dataDir: string, seed = SAMPLE_SEED): Promise<Map<string, Buffer>> {
  const files = generateSample(seed);
  for (const [path, bytes] of files) {
    const target = join(dataDir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(`${target}.tmp`, bytes);
    await rename(`${target}.tmp`, target);
  }
  for (const folder of GENERATED_FOLDERS) {
    for (const name of await readdir(join(dataDir, folder)).catch(() => [] as string[])) {
      if (name.endsWith(".csv") && !files.has(`${folder}/${name}`)) await rm(join(dataDir, folder, name));
    }
  }
  return files;
}

if (import.meta.main) {
  const here = dirname(fileURLToPath(import.meta.url));
  const dataDir = resolve(process.argv[2] ?? join(here, "../../data"));
  const files = await writeSample(dataDir);
  let bytes = 0;
  for (const b of files.values()) bytes += b.length;
  console.log(`Wrote ${files.size} files (${(bytes / 1e6).toFixed(2)} MB) to ${dataDir}`);
}
