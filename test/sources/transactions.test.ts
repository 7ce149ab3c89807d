/**
 * Every locale trap of real Excel exports, each on a tiny fixture, through the real loader:
 * `sep=;`, BOM, Windows-1252 (€ is byte 0x80), decimal comma with thousands dot, dd-mm-yyyy,
 * quoted newlines, time zones — plus rejections that name file, line and column.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { checkThreshold, loadSources } from "../../loaders/sources/load-sources.ts";
import { LoadError } from "../../loaders/model/load-error.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import { config, dataDir } from "./helpers.ts";

const DUTCH = `files: "*.csv"
format: { delimiter: auto, decimal: ",", thousands: ".", date: dd-mm-yyyy, encoding: ENCODING }
columns: { orderId: Bon, customerId: Klant, date: Datum, amount: Bedrag, product: Artikel }
channel: store`;

async function load(files: Record<string, string | Uint8Array>, source = DUTCH.replace("ENCODING", "utf-8"), top?: string) {
  const dir = await dataDir({ "klantbeeld.yaml": config(source, top), ...files });
  const cfg = await readConfig(dir);
  return loadSources(cfg, dir);
}

/** Net amount per order in load order (the store sums lines). */
function amounts(store: Awaited<ReturnType<typeof load>>["store"]): number[] {
  return Array.from(store.orders.amount);
}

describe("Dutch Excel exports", () => {
  it("honours sep=;, strips the BOM and reads 1.234,56 and dd-mm-yyyy", async () => {
    const text = "\uFEFFsep=;\r\nBon;Klant;Datum;Bedrag;Artikel\r\n1;K1;31-12-2025;1.234,56;Hoesje\r\n2;;01-01-2026;-7,5;Lader\r\n";
    const { store, accounts } = await load({ "a.csv": text });
    expect(amounts(store)).toEqual([1234.56, -7.5]);
    // 2025-12-31 is day 20453 since 1970-01-01 (Date.UTC(2025, 11, 31) / 864e5).
    expect(Array.from(store.orders.day)).toEqual([Date.UTC(2025, 11, 31) / 864e5, Date.UTC(2026, 0, 1) / 864e5]);
    // A blank customer is an unregistered sale, not a rejection.
    expect(Array.from(store.orders.customer)).toEqual([0, -1]);
    expect(accounts[0]).toMatchObject({ rowsRead: 2, rowsAccepted: 2, rowsRejected: 0 });
  });

  it("decodes Windows-1252 € (0x80) and é, which TextDecoder gets wrong", async () => {
    const text = "Bon;Klant;Datum;Bedrag;Artikel\r\n1;K1;02-01-2026;10,00;Tegoed €5 café\r\n";
    const bytes = iconv.encode(text, "win1252");
    expect(bytes.includes(0x80)).toBe(true);
    const source = DUTCH.replace("ENCODING", "windows-1252").replace("product: Artikel", "category: Artikel");
    const { store } = await load({ "a.csv": bytes }, source);
    expect(store.categories).toEqual(["Tegoed €5 café"]);
  });

  it("counts physical lines across quoted newlines when it names a bad line", async () => {
    const text = 'Bon;Klant;Datum;Bedrag;Artikel\n1;K1;02-01-2026;1,00;"twee\nregels"\n2;K2;31-02-2026;2,00;x\n';
    const { accounts } = await load({ "a.csv": text });
    const [account] = accounts;
    expect(account).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1, reasons: { invalid_date: 1 } });
    // Header line 1, the quoted record spans lines 2–3, the bad record is on line 4.
    expect(account!.rejections).toEqual([{ file: "a.csv", line: 4, column: "Datum", reason: "invalid_date", expected: expect.stringContaining("dd-mm-yyyy") }]);
    expect(JSON.stringify(account)).not.toContain("31-02-2026");
  });

  it("never guesses a number: 1,234.56 and 12,3,4 are rejected under a decimal comma", async () => {
    const text = "Bon;Klant;Datum;Bedrag;Artikel\n1;K1;02-01-2026;1,234.56;x\n2;K1;02-01-2026;12,3,4;x\n3;K1;02-01-2026;1.234;x\n";
    const { store, accounts } = await load({ "a.csv": text });
    expect(accounts[0]!.rejections.map((r) => [r.line, r.reason])).toEqual([[2, "invalid_amount"], [3, "invalid_amount"]]);
    expect(amounts(store)).toEqual([1234]);
  });

  it("keeps rows read = accepted + rejected when a quoted field crosses a 64 KiB chunk boundary", async () => {
    const rows: string[] = ["Bon;Klant;Datum;Bedrag;Artikel"];
    let bytes = rows[0]!.length + 1;
    let n = 0;
    let expectedTotal = 0;
    let crossings = 0;
    while (bytes < 3 * 65536) {
      n++;
      // When a 64 KiB boundary lies 30–180 bytes ahead, this row's quoted field (with a newline
      // and a ; inside, ~190 bytes from byte ~20 of the row) straddles it.
      const ahead = 65536 - (bytes % 65536);
      const long = ahead >= 30 && ahead <= 180;
      if (long) crossings++;
      const product = long ? `"lang; ${"x".repeat(90)}\n${"y".repeat(90)}"` : `p${n}`;
      const row = `${n};K${n % 50};${String((n % 28) + 1).padStart(2, "0")}-01-2026;${n},25;${product}`;
      expectedTotal += n + 0.25;
      rows.push(row);
      bytes += Buffer.byteLength(row) + 1;
    }
    expect(crossings).toBeGreaterThanOrEqual(2);
    const { store, accounts } = await load({ "a.csv": `${rows.join("\n")}\n` });
    expect(accounts[0]).toMatchObject({ rowsRead: n, rowsAccepted: n, rowsRejected: 0 });
    expect(store.orders.length).toBe(n);
    expect(amounts(store).reduce((a, b) => a + b, 0)).toBeCloseTo(expectedTotal, 6);
  });

  it("puts a timestamp in the reporting time zone's month", async () => {
    const source = `files: "*.csv"
columns: { orderId: id, customerId: klant, date: ts, amount: bedrag }
channel: web`;
    // 22:30 UTC on 31 March 2025 is 00:30 on 1 April in Amsterdam (summer time, UTC+2);
    // 23:30 UTC on 31 January is 00:30 on 1 February (winter time, UTC+1).
    const text = "id,klant,ts,bedrag\n1,K1,2025-03-31T22:30:00Z,1\n2,K1,2025-01-31T22:30:00Z,1\n3,K1,2025-01-31T23:30:00Z,1\n";
    const { store } = await load({ "a.csv": text }, source, "timeZone: Europe/Amsterdam");
    const days = Array.from(store.orders.day).map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
    expect(days).toEqual(["2025-01-31", "2025-02-01", "2025-04-01"]);
  });
});

describe("bad input", () => {
  it("names file, line and column when a configured column is missing", async () => {
    const text = "sep=;\nBon;Klant;Datum;Bedrg;Artikel\n1;K1;02-01-2026;1,00;x\n";
    const error = await load({ "a.csv": text }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toMatch(/data\/a\.csv:2 column "Bedrag" \(amount\) is not in the header/);
  });

  it("reports an order repeated in a second file once and counts it once", async () => {
    const head = "Bon;Klant;Datum;Bedrag;Artikel\n";
    const { store, accounts } = await load({
      "a.csv": `${head}1;K1;02-01-2026;5,00;x\n2;K2;03-01-2026;6,00;x\n`,
      "b.csv": `${head}2;K2;03-01-2026;6,00;x\n3;K3;04-01-2026;7,00;x\n`,
    });
    expect(amounts(store)).toEqual([5, 6, 7]);
    expect(accounts.map((a) => [a.file, a.rowsRead, a.rowsAccepted, a.rowsRejected])).toEqual([["a.csv", 2, 2, 0], ["b.csv", 2, 1, 1]]);
    expect(accounts[1]!.rejections[0]).toMatchObject({ line: 2, column: "Bon", reason: "duplicate_order", expected: expect.stringContaining("a.csv") });
  });

  it("fails the build above the rejection threshold, naming the file", async () => {
    const text = "Bon;Klant;Datum;Bedrag;Artikel\n1;K1;02-01-2026;5,00;x\n2;K1;32-01-2026;5,00;x\n";
    const { accounts } = await load({ "a.csv": text });
    expect(() => checkThreshold(accounts, 0.05)).toThrow(/data\/a\.csv: 1 of 2 rows rejected \(50\.0 %\), mostly invalid_date; first at line 3, column "Datum"/);
    expect(() => checkThreshold(accounts, 0.5)).not.toThrow();
  });
});
