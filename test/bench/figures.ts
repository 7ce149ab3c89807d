/**
 * The figures both engines report for the agreement check, and the check itself: customers,
 * orders, net revenue, per-score R/F/M counts as of the last month, and revenue and sales
 * orders per month and channel.
 */

/** What one engine computed from one export. */
export interface Figures {
  /** Distinct registered customers with an order. */
  customers: number;
  /** Orders (lines summed per order id). */
  orders: number;
  /** Net revenue of all orders, in cents. */
  revenueCents: number;
  /** As-of month (`yyyy-mm`) of the RFM scores. */
  asOf: string;
  /** Customers scored: ≥ 1 sales order in the 12-month window. */
  scored: number;
  /** Sum of their frequencies and monetary values (cents). */
  frequencySum: number;
  monetaryCents: number;
  /** Customers per score 1..5 (index 0 = score 1). */
  r: number[];
  f: number[];
  m: number[];
  /** `yyyy-mm channel` → net revenue in cents and sales orders. */
  monthly: Record<string, { revenueCents: number; orders: number }>;
}

/** One child's report. */
export interface ChildReport {
  engine: string;
  /** Rows accepted (ours) or read (DuckDB). */
  rows: number;
  /** Milliseconds inside the child: load + compute. */
  ms: number;
  /** Milliseconds for loading alone (ours: loadSources; DuckDB: same as ms). */
  loadMs: number;
  /** Peak resident set size in bytes. */
  maxRss: number;
  figures: Figures | null;
  /** Extra facts (metrics run, cache hits …). */
  notes: Record<string, unknown>;
}

/** Differences between two engines' figures, in words; empty when they agree. */
export function compareFigures(a: Figures, b: Figures): string[] {
  const out: string[] = [];
  const scalar = ["customers", "orders", "revenueCents", "asOf", "scored", "frequencySum", "monetaryCents"] as const;
  for (const key of scalar) if (a[key] !== b[key]) out.push(`${key}: ${a[key]} vs ${b[key]}`);
  for (const key of ["r", "f", "m"] as const) {
    if (a[key].join(",") !== b[key].join(",")) out.push(`${key.toUpperCase()} score counts: ${a[key].join(" ")} vs ${b[key].join(" ")}`);
  }
  const cells = [...new Set([...Object.keys(a.monthly), ...Object.keys(b.monthly)])].sort();
  let bad = 0;
  for (const cell of cells) {
    const x = a.monthly[cell];
    const y = b.monthly[cell];
    const same = x && y ? x.revenueCents === y.revenueCents && x.orders === y.orders : (x ?? y)!.orders === 0 && (x ?? y)!.revenueCents === 0;
    if (!same && bad++ < 5) out.push(`month/channel ${cell}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
  }
  if (bad > 5) out.push(`… and ${bad - 5} more month/channel cells differ`);
  return out;
}
