/**
 * The store export, `winkels/winkels-YYYY-MM.csv`: one file per local month as Dutch Excel saves
 * it (`sep=;` first line, `;` fields, `1.234,56` amounts, `dd-mm-yyyy` dates, CRLF). Files before
 * 2025 are Windows-1252, later ones UTF-8 with a BOM. Store and phone sales share the export.
 */
import iconv from "iconv-lite";
import { monthKey, monthOfDay } from "../lib/months.ts";
import { csvRow, dutchAmount, dutchDate } from "./format.ts";
import { isDigital, type Sale } from "./sale.ts";

/** Header of the store export. */
export const WINKELS_HEADER = "Bonnummer;Klantnummer;Datum;Kanaal;Artikel;Categorie;Bedrag";

/** First month written as UTF-8 with BOM; earlier months are Windows-1252. */
export const UTF8_FROM = "2025-01";

/**
 * Rows planted in the middle of a month file (`at` = share of the way into the file), each its own
 * receipt. Only `reason` rows are rejected; the others must be accepted (a line break inside a
 * quoted field, an unknown channel that is reported as a warning).
 */
export const WINKELS_PLANTS: readonly { month: string; at: number; reason: string | null; row: (date: string) => string }[] = [
  { month: "2024-06", at: 0.25, reason: null, row: (d) => `B1999906;;${d};Winkel;ACC-HOES;"accessoires\n";19,99` },
  { month: "2024-06", at: 0.5, reason: "invalid_amount", row: (d) => `B1999901;;${d};Winkel;ACC-KABEL;accessoires;12,3,4` },
  { month: "2024-09", at: 0.5, reason: "missing_order_id", row: (d) => `;;${d};Winkel;ACC-HOES;accessoires;19,99` },
  { month: "2025-02", at: 0.5, reason: "invalid_date", row: () => "B1999903;;31-02-2025;Winkel;ACC-SCHERM;accessoires;14,99" },
  { month: "2025-06", at: 0.5, reason: null, row: (d) => `B1999905;;${d};Beurs;ACC-OORDOP;accessoires;79,99` },
  { month: "2026-03", at: 0.5, reason: "invalid_date", row: () => "B1999904;;2026-03-15;Telefoon;MOB-SIM-BAS;mobiel;12,50" },
];

/** The month whose last one-line receipt is exported again at the top of the next month's file. */
export const DUPLICATED_FROM = "2025-03";

interface Receipt {
  day: number;
  rows: string[];
}

/** The rows of one receipt. */
function receipt(sale: Sale, id: string): Receipt {
  const channel = sale.channel === "store" ? "Winkel" : "Telefoon";
  const date = dutchDate(sale.day);
  const rows = sale.lines.map((line) =>
    csvRow([id, sale.customer ?? "", date, channel, line.product.id, line.product.category, dutchAmount(line.quantity * line.unitCents)], ";"),
  );
  return { day: sale.day, rows };
}

/** Text of a month file → bytes in that month's encoding. */
function encode(month: string, text: string): Buffer {
  return month < UTF8_FROM ? iconv.encode(text, "win1252") : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
}

/** The store files by path relative to `data/`. */
export function winkelsFiles(sales: readonly Sale[]): Map<string, Buffer> {
  const offline = sales.filter((s) => !isDigital(s)).sort((a, b) => a.day - b.day);
  const months = new Map<string, Receipt[]>();
  let seq = 1_000_000;
  for (const sale of offline) {
    const month = monthKey(monthOfDay(sale.day));
    if (!months.has(month)) months.set(month, []);
    months.get(month)!.push(receipt(sale, `B${++seq}`));
  }
  const keys = [...months.keys()];
  const duplicateInto = keys[keys.indexOf(DUPLICATED_FROM) + 1]!;
  const duplicate = months.get(DUPLICATED_FROM)!.findLast((r) => r.rows.length === 1)!;
  months.get(duplicateInto)!.unshift(duplicate);
  const files = new Map<string, Buffer>();
  for (const [month, receipts] of months) {
    for (const plant of WINKELS_PLANTS.filter((p) => p.month === month)) {
      const at = Math.floor(receipts.length * plant.at);
      receipts.splice(at, 0, { day: receipts[at]!.day, rows: [plant.row(dutchDate(receipts[at]!.day))] });
    }
    const lines = ["sep=;", WINKELS_HEADER, ...receipts.flatMap((r) => r.rows)];
    files.set(`winkels/winkels-${month}.csv`, encode(month, `${lines.join("\r\n")}\r\n`));
  }
  return files;
}
