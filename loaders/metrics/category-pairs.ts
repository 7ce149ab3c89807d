/**
 * "Bought X, then Y": category pairs in customers' purchase order, the "others also bought"
 * insight for cross-sell offers. Counted per customer, not per basket:
 *
 * - N = registered customers with at least one sale line (amount > 0) in the window;
 * - n(X) = those who bought category X in the window; first(X) = the first day they did;
 * - n(X→Y) = those with first(X) < first(Y) (strictly earlier day, so a basket holding both is
 *   no "then");
 * - support = n(X→Y) ÷ N; confidence = n(X→Y) ÷ n(X); lift = confidence ÷ (n(Y) ÷ N).
 *
 * A lift above 1 means buyers of X go on to buy Y more often than customers in general buy Y.
 * Because Y must come *after* X, lift is biased slightly below 1 for unrelated categories.
 */
import type { Store } from "../model/store.ts";
import type { LineAttributes } from "../model/store.ts";

/** One ordered category pair. */
export interface CategoryPair {
  from: string;
  to: string;
  /** n(X→Y): customers who bought `from` on an earlier day than their first `to`. */
  customers: number;
  support: number;
  confidence: number;
  lift: number;
}

/** Options of `categoryPairs`. */
export interface CategoryPairOptions {
  /** First and last day of the window (inclusive). */
  fromDay: number;
  toDay: number;
  /** Pairs with fewer customers than this are left out. */
  minCount: number;
  /** At most this many pairs, by lift (then customers, then names). */
  top: number;
}

/** The pairs and the counts they rest on. */
export interface CategoryPairs {
  /** N: customers with a sale line in the window. */
  customers: number;
  /** Customers per category, n(X), by category name (sorted). */
  categoryCustomers: Record<string, number>;
  /** Ordered pairs with at least one customer, before the minimum and the top cut. */
  pairsSeen: number;
  pairs: CategoryPair[];
}

/** Counts "X then Y" category pairs in the window. */
export function categoryPairs(store: Store, attributes: LineAttributes, options: CategoryPairOptions): CategoryPairs {
  const names = attributes.categories;
  const k = names.length;
  const { length, customer, day, amount } = store.lines;
  const n = store.customerCount;
  // Each customer's first line per category in the window, in line order (lines are sorted by
  // day): customer, category and day, then grouped by customer keeping that order.
  const firstOf = new FirstPurchases(n * k);
  let entries = 0;
  const entryCustomer = new Int32Array(Math.min(length, n * k));
  const entryCategory = new Int32Array(entryCustomer.length);
  const entryDay = new Int32Array(entryCustomer.length);
  const perCustomer = new Int32Array(n + 1);
  for (let i = 0; i < length; i++) {
    const c = customer[i]!;
    const d = day[i]!;
    if (c < 0 || !(amount[i]! > 0) || d < options.fromDay || d > options.toDay) continue;
    const category = attributes.category[i]!;
    if (category < 0 || !firstOf.add(c * k + category)) continue;
    entryCustomer[entries] = c;
    entryCategory[entries] = category;
    entryDay[entries++] = d;
    perCustomer[c + 1]!++;
  }
  for (let c = 0; c < n; c++) perCustomer[c + 1]! += perCustomer[c]!;
  const at = perCustomer.slice(0, n);
  const listCategory = new Int32Array(entries);
  const listDay = new Int32Array(entries);
  for (let e = 0; e < entries; e++) {
    const to = at[entryCustomer[e]!]!++;
    listCategory[to] = entryCategory[e]!;
    listDay[to] = entryDay[e]!;
  }
  const perCategory = new Float64Array(k);
  // Pair counts by from × k + to (every customer counts a pair once: the order they are added in does not matter).
  const counts = k * k <= 2 ** 22 ? new Float64Array(k * k) : new Map<number, number>();
  let total = 0;
  for (let c = 0; c < n; c++) {
    const from = perCustomer[c]!;
    const to = perCustomer[c + 1]!;
    if (from === to) continue;
    total++;
    for (let a = from; a < to; a++) {
      perCategory[listCategory[a]!]!++;
      for (let b = a + 1; b < to; b++) {
        if (listDay[b]! <= listDay[a]!) continue; // same day: no order between them
        const key = listCategory[a]! * k + listCategory[b]!;
        if (counts instanceof Float64Array) counts[key]!++;
        else counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const pairCounts: { from: number; to: number; customers: number }[] = [];
  if (counts instanceof Float64Array) {
    for (let key = 0; key < counts.length; key++) if (counts[key]! > 0) pairCounts.push({ from: Math.floor(key / k), to: key % k, customers: counts[key]! });
  } else for (const [key, count] of counts) pairCounts.push({ from: Math.floor(key / k), to: key % k, customers: count });
  return categoryPairsOfCounts(names, total, perCategory, pairCounts, options);
}

/** Which (customer, category) keys were seen: a byte per key up to 2²⁸ keys, a Set beyond. */
class FirstPurchases {
  private readonly bytes: Uint8Array | null;
  private readonly set: Set<number> | null;

  constructor(size: number) {
    this.bytes = size <= 2 ** 28 ? new Uint8Array(size) : null;
    this.set = this.bytes === null ? new Set() : null;
  }

  /** Marks `key`; false when it was marked before. */
  add(key: number): boolean {
    if (this.bytes !== null) {
      if (this.bytes[key] === 1) return false;
      this.bytes[key] = 1;
      return true;
    }
    if (this.set!.has(key)) return false;
    this.set!.add(key);
    return true;
  }
}

/**
 * The pairs from counts made elsewhere (e.g. in an engine): `total` = N, `perCategory[i]` = n(X)
 * of category `names[i]`, `counts` every ordered pair with at least one customer (indices into `names`).
 */
export function categoryPairsOfCounts(
  names: readonly string[],
  total: number,
  perCategory: ArrayLike<number>,
  counts: readonly { from: number; to: number; customers: number }[],
  options: Pick<CategoryPairOptions, "minCount" | "top">,
): CategoryPairs {
  const pairs: CategoryPair[] = [];
  for (const { from: x, to: y, customers: n } of counts) {
    if (n < options.minCount) continue;
    const confidence = n / perCategory[x]!;
    pairs.push({ from: names[x]!, to: names[y]!, customers: n, support: n / total, confidence, lift: confidence / (perCategory[y]! / total) });
  }
  pairs.sort((a, b) => b.lift - a.lift || b.customers - a.customers || compare(a.from, b.from) || compare(a.to, b.to));
  const categoryCustomers: Record<string, number> = {};
  const order = names.map((_, i) => i).sort((a, b) => compare(names[a]!, names[b]!));
  for (const i of order) if (perCategory[i]! > 0) categoryCustomers[names[i]!] = perCategory[i]!;
  return { customers: total, categoryCustomers, pairsSeen: counts.length, pairs: pairs.slice(0, options.top) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
