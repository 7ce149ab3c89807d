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
  // Per customer: categories in order of first purchase with that day (lines are sorted by day).
  const firsts = new Map<number, number[]>();
  const seen = new Set<number>();
  for (let i = 0; i < length; i++) {
    const c = customer[i]!;
    const d = day[i]!;
    if (c < 0 || !(amount[i]! > 0) || d < options.fromDay || d > options.toDay) continue;
    const category = attributes.category[i]!;
    if (category < 0) continue;
    const key = c * k + category;
    if (seen.has(key)) continue;
    seen.add(key);
    let list = firsts.get(c);
    if (list === undefined) firsts.set(c, (list = []));
    list.push(category, d);
  }
  const perCategory = new Float64Array(k);
  const counts = new Map<number, number>();
  for (const list of firsts.values()) {
    for (let a = 0; a < list.length; a += 2) {
      perCategory[list[a]!]!++;
      for (let b = a + 2; b < list.length; b += 2) {
        if (list[b + 1]! <= list[a + 1]!) continue; // same day: no order between them
        const key = list[a]! * k + list[b]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const total = firsts.size;
  const pairCounts = [...counts].map(([key, n]) => ({ from: Math.floor(key / k), to: key % k, customers: n }));
  return categoryPairsOfCounts(names, total, perCategory, pairCounts, options);
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
