/**
 * The parse pool gives what the main thread's parser gives: the same `ParsedFile` (typed arrays,
 * string tables, rejections) for files with quotes, a `sep=` line, CRLF, conflicts and bad
 * cells; a `LoadError` stays a `LoadError` with the same message; the threads stop on `close`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { TransactionSource } from "../../loaders/schemas/config.ts";
import { LoadError } from "../../loaders/model/load-error.ts";
import { ParsePool } from "../../loaders/sources/parse-pool.ts";
import { parseConfig } from "../../loaders/sources/read-config.ts";
import { parseTransactionFile } from "../../loaders/sources/transactions.ts";

const root = mkdtempSync(join(tmpdir(), "klantbeeld-pool-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(root, { recursive: true });

const HEADER = "ordernr;klant;datum;kanaal;artikel;categorie;bedrag";
const FILES: Record<string, string> = {
  // Line 4: order 1 with another customer (order_conflict); line 6: not a date.
  "a.csv": [HEADER, "1;K1;02-01-2025;web;P1;koffie;10,50", "1;K1;02-01-2025;web;P2;thee;2,25", "1;K2;02-01-2025;web;P3;thee;1,00", "2;;03-01-2025;Winkel;P1;koffie;-4,00", "3;K3;32-01-2025;web;P1;koffie;1,00", "4;K2;05-01-2025;app;;;7,10"].join("\r\n"),
  "b.csv": ["sep=;", HEADER, "5;K1;01-02-2025;web;P9;bonen;3,30", '"6";"K ""4""";02-02-2025;WINKEL;"P1; groot";koffie;8,00', "7;K9;01-02-2025;web;P2;thee;1,00", ""].join("\n"),
  // No amount column: the file cannot be read at all.
  "bad.csv": ["ordernr;klant;datum", "1;K1;02-01-2025"].join("\n"),
};
for (const [name, text] of Object.entries(FILES)) writeFileSync(join(root, name), text);
const source = parseConfig({
  version: 1,
  timeZone: "Europe/Amsterdam",
  sources: [
    {
      name: "winkel",
      kind: "transactions",
      files: "*.csv",
      format: { delimiter: ";", decimal: ",", date: "dd-mm-yyyy" },
      columns: { orderId: "ordernr", customerId: "klant", date: "datum", channel: "kanaal", product: "artikel", category: "categorie", amount: "bedrag" },
      channelMap: { winkel: "store" },
    },
  ],
}).sources[0] as TransactionSource;
const context = (file: string) => ({ path: join(root, file), file, reportZone: "Europe/Amsterdam" });

describe("ParsePool", () => {
  it("parses files on threads into the same ParsedFile and memo statistics as the main thread", async () => {
    const pool = new ParsePool(2);
    try {
      const [a, b] = await Promise.all([pool.parse(source, context("a.csv"), true), pool.parse(source, context("b.csv"), true)]);
      const stats = {};
      expect(a.parsed).toEqual(await parseTransactionFile(source, context("a.csv"), stats));
      expect(a.stats).toEqual(stats);
      expect(b.parsed).toEqual(await parseTransactionFile(source, context("b.csv")));
      expect(b.stats).toBeDefined();
      // The hand count: 6 rows read in a.csv, one order conflict and one bad date among them.
      expect(a.parsed.rowOrder.length + a.parsed.rejectLine.length).toBe(6);
      expect(a.parsed.rejectLine.length).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it("hands a LoadError back as a LoadError with the main thread's message, and goes on with the next file", async () => {
    const pool = new ParsePool(1);
    try {
      const expected = await parseTransactionFile(source, context("bad.csv")).then(() => null, (e: Error) => e);
      expect(expected).toBeInstanceOf(LoadError);
      const error = await pool.parse(source, context("bad.csv"), false).then(() => null, (e: Error) => e);
      expect(error).toBeInstanceOf(LoadError);
      expect(error!.message).toBe(expected!.message);
      expect(error!.message).toContain("bad.csv");
      expect((await pool.parse(source, context("a.csv"), false)).parsed.header).toEqual(HEADER.split(";"));
    } finally {
      await pool.close();
    }
  });
});
