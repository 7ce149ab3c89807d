/**
 * The webshop export, `webshop/webshop-YYYY.csv`: one file per calendar year of the UTC
 * timestamp, comma-delimited, decimal point, one row per order line. Two deliberately bad rows
 * are planted (see `WEBSHOP_PLANTS`).
 */
import { utcStamp } from "./calendar.ts";
import { csvRow, pointAmount } from "./format.ts";
import { isDigital, type Sale } from "./sale.ts";

/** Header of the webshop export. */
export const WEBSHOP_HEADER = "order_id,customer_id,ordered_at,channel,product_id,category,quantity,unit_price";

/**
 * Bad rows planted in the middle of a year file, each its own one-line order: a unit price with a
 * decimal comma (the loader expects a point) and a row with a stray ninth field.
 */
export const WEBSHOP_PLANTS: readonly { year: string; reason: string; row: (stamp: string) => string }[] = [
  { year: "2024", reason: "invalid_unit_price", row: (s) => `W1999901,,${s},web,ACC-KABEL,accessoires,1,"9,99"` },
  { year: "2025", reason: "wrong_column_count", row: (s) => `W1999902,,${s},app,ACC-HOES,accessoires,1,19.99,` },
];

/** The webshop files by path relative to `data/`: UTF-8 without BOM, LF line ends. */
export function webshopFiles(sales: readonly Sale[]): Map<string, Buffer> {
  const orders = sales
    .filter(isDigital)
    .map((sale) => ({ sale, stamp: utcStamp(sale.day, sale.minute) }))
    .sort((a, b) => (a.stamp < b.stamp ? -1 : a.stamp > b.stamp ? 1 : 0));
  const years = new Map<string, { stamp: string; rows: string[] }[]>();
  let seq = 1_000_000;
  for (const { sale, stamp } of orders) {
    const id = `${sale.isReturn ? "R" : "W"}${++seq}`;
    const rows = sale.lines.map((line) =>
      csvRow(
        [id, sale.customer ?? "", stamp, sale.channel, line.product.id, line.product.category, String(line.quantity), pointAmount(line.unitCents)],
        ",",
      ),
    );
    const year = stamp.slice(0, 4);
    if (!years.has(year)) years.set(year, []);
    years.get(year)!.push({ stamp, rows });
  }
  const files = new Map<string, Buffer>();
  for (const [year, groups] of years) {
    for (const plant of WEBSHOP_PLANTS.filter((p) => p.year === year)) {
      const at = Math.floor(groups.length / 2);
      const stamp = groups[at]!.stamp;
      groups.splice(at, 0, { stamp, rows: [plant.row(stamp)] });
    }
    const lines = [WEBSHOP_HEADER, ...groups.flatMap((g) => g.rows)];
    files.set(`webshop/webshop-${year}.csv`, Buffer.from(`${lines.join("\n")}\n`, "utf8"));
  }
  return files;
}
