/**
 * Test helper: the sample data built with `locale: en-GB` and no `languages` (one language,
 * English at `/`), shared by every test file that needs it, so `npm test` builds it once, not once
 * per file. The build lands in a temporary folder named by a hash of its inputs (data/, src/,
 * loaders/, public/, astro.config.mjs, package-lock.json, KLANTBEELD_SITE/BASE): test files in
 * other worker processes wait for the one that builds (a lock folder), and a later run with the
 * same inputs reuses it. The `ready` marker is written last, so a half-built folder is never used.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { type Bundle, loadBundle } from "../../loaders/index.ts";
import { stableJson } from "../../loaders/lib/stable-json.ts";

/** The built English site and the bundle it was built from. */
export interface EnglishBuild {
  out: string;
  bundle: Bundle;
}

const INPUTS = ["data", "src", "loaders", "public", "astro.config.mjs", "package-lock.json"];
/** A lock older than this is taken as left by a process that died while building. */
const STALE_MS = 15 * 60_000;

/** The text of the sample's description with `locale: en-GB` and without `languages`. */
export function englishYaml(yaml: string): string {
  const single = yaml.replace(/^languages:.*\n/m, "");
  return /^locale:.*$/m.test(single) ? single.replace(/^locale:.*$/m, "locale: en-GB") : `locale: en-GB\n${single}`;
}

/** Hash of every file under `paths` (name and bytes, in sorted order). */
async function hashInputs(paths: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  const walk = async (path: string): Promise<void> => {
    if (!existsSync(path)) return;
    if ((await stat(path)).isDirectory()) {
      for (const entry of (await readdir(path)).sort()) await walk(join(path, entry));
    } else hash.update(`${path}\0`).update(await readFile(path));
  };
  for (const path of paths) await walk(path);
  hash.update(`${process.env.KLANTBEELD_SITE ?? ""}\0${process.env.KLANTBEELD_BASE ?? ""}`);
  return hash.digest("hex").slice(0, 16);
}

/** Builds into `dir`: a linked copy of data/ with the English description, the bundle, then Astro. */
async function buildInto(dir: string): Promise<void> {
  const data = join(dir, "data");
  await mkdir(data, { recursive: true });
  for (const entry of await readdir("data")) if (entry !== "klantbeeld.yaml") await symlink(resolve("data", entry), join(data, entry));
  await writeFile(join(data, "klantbeeld.yaml"), englishYaml(await readFile("data/klantbeeld.yaml", "utf8")));
  const bundlePath = join(dir, "bundle.json");
  await writeFile(bundlePath, stableJson(await loadBundle(data)));
  await promisify(execFile)("node_modules/.bin/astro", ["build", "--outDir", join(dir, "dist")], {
    env: { ...process.env, KLANTBEELD_BUNDLE: bundlePath, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  await writeFile(join(dir, "ready"), "");
}

/** The English sample build, built by the first caller (in any worker) and shared by the rest. */
export async function englishSampleBuild(): Promise<EnglishBuild> {
  const dir = join(tmpdir(), `klantbeeld-english-${await hashInputs(INPUTS)}`);
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(join(dir, "ready"))) break;
    try {
      await mkdir(lock);
    } catch {
      // Another worker builds; wait for it (or take over a lock left by one that died).
      const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > STALE_MS) await rm(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      await rm(dir, { recursive: true, force: true });
      await buildInto(dir);
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
  return { out: join(dir, "dist"), bundle: JSON.parse(await readFile(join(dir, "bundle.json"), "utf8")) as Bundle };
}
