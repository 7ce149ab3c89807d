/**
 * Property test of the split parse's merge: small exports with every awkward case — orders on both
 * sides of the cut, orders that conflict across it, quoted cells with line breaks, quotes and
 * delimiters, quotes never closed, CRLF, BOM, `sep=;` (and such a line, or a U+FEFF, right after the
 * cut), windows-1252, bytes not valid UTF-8 in a
 * kept and in a strict cell, bad rows near the cut, rows without a category — cut at any line
 * break; the joined `ParsedFile` is deep-equal to the one-thread parse, or the merge declines (the
 * file is then read on one thread). Most cases must merge, so the merge itself is what is tested.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { parseTransactionFile } from "../../loaders/sources/transactions.ts";
import { inline, sourceFor } from "./split-helpers.ts";

const root = mkdtempSync(join(tmpdir(), "klantbeeld-merge-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PRODUCTS = ["P1", "P2", '"P ""3"""', '"P4\nlang"', '"P5, en; groot"', "café €", ""];
const CATEGORIES = ["koffie", "thé", "", "thee"];
const CHANNELS = ["web", "store", " App "];
const AMOUNTS = ["1.25", "2", "-3.5", "0.1", "x"];

/** `rare` once in about `times` draws, else one of `common`. */
const mostly = <T,>(common: T[], rare: T, times: number) => fc.oneof({ weight: times, arbitrary: fc.constantFrom(...common) }, { weight: 1, arbitrary: fc.constant(rare) });

/** One data row: its order id, and what varies around it. */
const row = fc.record({
  order: fc.integer({ min: 1, max: 9 }),
  conflict: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
  product: mostly(PRODUCTS, "P~", 80),
  category: fc.constantFrom(...CATEGORIES),
  channel: fc.constantFrom(...CHANNELS),
  amount: fc.constantFrom(...AMOUNTS),
  shape: mostly(["ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "short", "date", "blank", "badId", "sep", "bom"], "open", 80),
});

const file = fc.record({
  delimiter: fc.constantFrom(",", ";"),
  encoding: fc.constantFrom("utf-8", "windows-1252"),
  bom: fc.boolean(),
  sep: fc.boolean(),
  crlf: fc.boolean(),
  rows: fc.array(row, { minLength: 1, maxLength: 30 }),
  at: fc.integer({ min: 1, max: 99 }).map((p) => p / 100),
});

/** The export's bytes: `~` stands for a byte not valid UTF-8 (0xFF) in UTF-8 files. */
function bytesOf(f: typeof file extends fc.Arbitrary<infer T> ? T : never): Uint8Array {
  const d = f.delimiter;
  const lines = [["order", "customer", "date", "channel", "product", "category", "amount"].join(d)];
  for (const r of f.rows) {
    if (r.shape === "blank" || r.shape === "sep") {
      // A blank line; a line like Excel's `sep=` line, which is data after the first line.
      lines.push(r.shape === "sep" ? `sep=${d}` : "");
      continue;
    }
    // Customer and date follow from the order id, unless this row conflicts with its order.
    const customer = r.order % 4 === 0 ? "" : `K${r.order % 3}${r.conflict ? "x" : ""}`;
    const date = r.shape === "date" ? "2025-13-01" : `2025-01-0${1 + (r.order % 5) + (r.conflict && r.order % 2 ? 1 : 0)}`;
    // A U+FEFF opening a line after the cut is text (a BOM only at the file's start).
    const cells = [r.shape === "badId" ? `O~${r.order}` : r.shape === "bom" ? `\uFEFFO${r.order}` : `O${r.order}`, customer, date, r.channel, r.product.replace(/[,;]/g, d === "," ? ";" : ","), r.category, r.amount];
    if (r.shape === "short") cells.pop();
    if (r.shape === "open") cells[5] = '"koffie';
    lines.push(cells.join(d));
  }
  const eol = f.crlf ? "\r\n" : "\n";
  let text = `${(f.sep ? [`sep=${d}`, ...lines] : lines).join(eol)}${eol}`;
  if (f.bom && f.encoding === "utf-8") text = `\uFEFF${text}`;
  if (f.encoding === "windows-1252") return iconv.encode(text, "win1252");
  const bytes = Buffer.from(text, "utf8");
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x7e) bytes[i] = 0xff;
  return bytes;
}

describe("mergeParts", () => {
  it("joins two parts into exactly the one-thread ParsedFile, or declines", async () => {
    const outcomes = { merged: 0, declined: 0, whole: 0 };
    let n = 0;
    await fc.assert(
      fc.asyncProperty(file, async (f) => {
        const name = `p${n++}.csv`;
        writeFileSync(join(root, name), bytesOf(f));
        const source = sourceFor(f.delimiter, f.encoding as "utf-8" | "windows-1252");
        const context = { path: join(root, name), file: name, reportZone: "Europe/Amsterdam" };
        const one = await parseTransactionFile(source, context);
        const joined = await inline(source, context, f.at);
        if (joined === "whole") outcomes.whole++;
        else if (joined === null) outcomes.declined++;
        else {
          outcomes.merged++;
          expect(joined).toEqual(one);
        }
      }),
      { numRuns: 400 },
    );
    // Most cuts merge (the rest: a quote never closed, a conflict or a warning after the cut, a cut in the header).
    expect(outcomes.merged).toBeGreaterThan(200);
    expect(outcomes.declined).toBeGreaterThan(0);
  }, 120_000);
});
