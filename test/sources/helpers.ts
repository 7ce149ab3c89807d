/** Test helper: a throwaway data folder with a config and files given as text or bytes. */
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Writes `files` (relative path → content) into a new temp folder and returns its path. */
export async function dataDir(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kb-data-"));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

/** A minimal config with one transactions source; `extra` is YAML spliced into the source entry. */
export function config(source: string, top = "timeZone: UTC"): string {
  return `version: 1\n${top}\nsources:\n  - name: test\n    kind: transactions\n${source.replace(/^/gm, "    ")}\n`;
}
