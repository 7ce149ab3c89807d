/**
 * The published site holds aggregates only: no customer id from the inputs appears anywhere in
 * `dist/` (pages, the published bundle, assets).
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSources } from "../../loaders/sources/load-sources.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import { DIST } from "./serve.ts";

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe("dist/", () => {
  it("contains no customer id of the sample data", async () => {
    const { store } = await loadSources(await readConfig("data"), "data");
    expect(store.customerCount).toBeGreaterThan(1000);
    const ids = new Set(store.customerIds);
    const texts = await Promise.all((await files(DIST)).map(async (f) => ({ f, text: await readFile(f, "utf8") })));
    expect(texts.length).toBeGreaterThan(3);
    const leaks: string[] = [];
    // Every token that could be an id (letters, digits, - and _) is looked up in the id set.
    for (const { f, text } of texts) for (const token of text.match(/[\p{L}\p{N}_-]+/gu) ?? []) if (ids.has(token)) leaks.push(`${f}: ${token.length}-character id`);
    expect(leaks).toEqual([]);
  });
});
