/**
 * The merge memo replays the id maps of the files a load shares with the last one and gives the
 * store of a load without it: files with rejected rows, an order repeated in a later file, new
 * customers in every file; loaded warm after adding a file, changing the middle one, dropping the
 * first, with a damaged memo — each store and row account deeply equal to a plain load's.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeMemo, encodeMemo } from "../../loaders/sources/merge-memo.ts";
import { loadSources } from "../../loaders/sources/load-sources.ts";
import { parseConfig } from "../../loaders/sources/read-config.ts";

const root = mkdtempSync(join(tmpdir(), "klantbeeld-memo-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HEADER = "ordernr;klant;datum;kanaal;artikel;categorie;bedrag";
const FILES: Record<string, string> = {
  "2025-01.csv": [HEADER, "1;K1;02-01-2025;web;P1;koffie;10,50", "1;K1;02-01-2025;web;P2;thee;2,25", "2;K2;03-01-2025;winkel;P1;koffie;4,00", "3;K3;32-01-2025;web;P1;koffie;1,00"].join("\n"),
  // Order 2 repeats January's (a duplicate); K4 and category "bonen" are new.
  "2025-02.csv": [HEADER, "4;K4;01-02-2025;app;P9;bonen;3,30", "2;K9;01-02-2025;web;P1;koffie;1,00", "5;K1;02-02-2025;web;P3;thee;8,00"].join("\n"),
  "2025-03.csv": [HEADER, "6;K5;01-03-2025;web;P4;kopjes;5,00", "7;K2;02-03-2025;telefoon;P1;koffie;6,00"].join("\n"),
};
const config = parseConfig({
  version: 1,
  timeZone: "Europe/Amsterdam",
  sources: [
    {
      name: "winkel",
      kind: "transactions",
      files: "*.csv",
      format: { delimiter: ";", decimal: ",", date: "dd-mm-yyyy" },
      columns: { orderId: "ordernr", customerId: "klant", date: "datum", channel: "kanaal", product: "artikel", category: "categorie", amount: "bedrag" },
    },
  ],
});

function dataOf(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

/** The warm load of `files` after a load of `before` filled the cache, against a plain load. */
async function warmEqualsPlain(before: Record<string, string>, files: Record<string, string>, damage = false): Promise<void> {
  const cacheDir = join(root, `cache-${Math.random().toString(36).slice(2)}`);
  await loadSources(config, dataOf("before", before), { cacheDir });
  if (damage) {
    for (const name of readdirSync(cacheDir).filter((n) => n.startsWith("merge-"))) {
      const bytes = readFileSync(join(cacheDir, name));
      bytes[bytes.length - 3]! ^= 1;
      writeFileSync(join(cacheDir, name), bytes);
    }
  }
  const dir = dataOf("now", files);
  const warm = await loadSources(config, dir, { cacheDir });
  const plain = await loadSources(config, dir);
  expect(warm.store).toEqual(plain.store);
  expect(warm.accounts).toEqual(plain.accounts);
  // And once more from the memo this load left.
  expect((await loadSources(config, dir, { cacheDir })).store).toEqual(plain.store);
}

describe("the merge memo", () => {
  const two = { "2025-01.csv": FILES["2025-01.csv"]!, "2025-02.csv": FILES["2025-02.csv"]! };
  it("fixture: a duplicate across files and a rejected date", async () => {
    const { accounts, store } = await loadSources(config, dataOf("plain", FILES));
    expect(accounts.map((a) => a.reasons)).toEqual([{ invalid_date: 1 }, { duplicate_order: 1 }, {}]);
    expect(store.customerIds).toEqual(["K1", "K2", "K4", "K5"]);
  });

  it("a new month after two replayed ones", () => warmEqualsPlain(two, FILES));
  it("all files replayed", () => warmEqualsPlain(FILES, FILES));
  it("the middle file changed (a new customer first seen there)", () => warmEqualsPlain(FILES, { ...FILES, "2025-02.csv": FILES["2025-02.csv"]!.replace("K4", "K7") }));
  it("the first file dropped", () => warmEqualsPlain(FILES, { "2025-02.csv": FILES["2025-02.csv"]!, "2025-03.csv": FILES["2025-03.csv"]! }));
  it("a damaged memo", () => warmEqualsPlain(two, FILES, true));

  it("round-trips through its bytes; other bytes are no memo", () => {
    const memo = {
      chain: ["a", "b"],
      sizes: [[2, 1, 1, 2], [3, 2, 2, 3]],
      maps: [0, 1].map((f) => ({ customer: Int32Array.of(0, f), channel: Int32Array.of(0), category: Int32Array.of(-1, 1), product: Int32Array.of(2) })),
      tables: [0, 1, 2, 3].map((t) => ({ bytes: new Uint8Array([65 + t, 66]), ends: Int32Array.of(1, 2) })),
    };
    expect(decodeMemo(encodeMemo(memo))).toEqual(memo);
    expect(decodeMemo(encodeMemo(memo).subarray(0, 60))).toBeNull();
    expect(decodeMemo(Buffer.from("KBMERGE1 but nothing else"))).toBeNull();
    expect(decodeMemo(null)).toBeNull();
  });
});
