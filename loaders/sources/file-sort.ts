/**
 * Sorts a parsed file's orders by day and its lines after their orders, once, when the file is
 * read (and cached so): then a load of files that follow each other in time needs no global
 * sort, only concatenation (`store-chunks.ts`). The sort is stable, so orders of one day keep
 * their order of first appearance and lines of one order their file order; the permutations
 * are kept for merging, which must intern ids in order of first appearance.
 */
import { release } from "./blocks.ts";
import type { ParsedFile } from "./parsed-file.ts";
import { ascending, orderByKey } from "./store-chunks.ts";

/** `from` gathered through `perm` (out[k] = from[perm[k]]) into a new array; `from` is freed. */
function gathered<T extends Int32Array | Float64Array>(from: T, perm: Int32Array): T {
  const out = new (from.constructor as new (n: number) => T)(perm.length);
  for (let k = 0; k < perm.length; k++) out[k] = from[perm[k]!]!;
  release(from);
  return out;
}

/** The inverse of a permutation. */
function inverse(perm: Int32Array): Int32Array {
  const out = new Int32Array(perm.length);
  for (let k = 0; k < perm.length; k++) out[perm[k]!] = k;
  return out;
}

/** Sorts `parsed` in place (orders by day, lines after their orders); what is in order already is left as it is. */
export function sortByDay(parsed: ParsedFile): void {
  const { orders, lines } = parsed;
  const key = lines.order;
  if (!ascending(orders.day)) {
    const sorted = orderByKey(orders.day, orders.length);
    const created = inverse(sorted);
    orders.customer = gathered(orders.customer, sorted);
    orders.day = gathered(orders.day, sorted);
    orders.amount = gathered(orders.amount, sorted);
    orders.channel = gathered(orders.channel, sorted);
    release(sorted);
    parsed.orderCreated = created;
    for (let j = 0; j < lines.length; j++) key[j] = created[key[j]!]!;
    const rows = parsed.rowOrder;
    for (let i = 0; i < rows.length; i++) {
      const entry = rows[i]!;
      rows[i] = entry >= 0 ? created[entry]! : ~created[~entry]!;
    }
  }
  if (ascending(key)) return;
  const lineSorted = orderByKey(key, lines.length);
  lines.order = gathered(key, lineSorted);
  lines.category = gathered(lines.category, lineSorted);
  lines.product = gathered(lines.product, lineSorted);
  lines.amount = gathered(lines.amount, lineSorted);
  lines.quantity = gathered(lines.quantity, lineSorted);
  parsed.lineCreated = inverse(lineSorted);
  release(lineSorted);
}
