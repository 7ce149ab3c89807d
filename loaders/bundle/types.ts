/**
 * The metrics bundle: the one file the loaders write and the site reads.
 * It holds aggregates only — never a customer id, name or e-mail.
 */

/** Bump when the bundle's shape changes incompatibly; the site refuses other versions. */
export const BUNDLE_VERSION = 1;

/** How a series' numbers are shown and which direction is good. */
export type Unit = "count" | "currency" | "percent" | "ratio" | "days";

/**
 * One metric, one value per month of `Bundle.months` (null where it is undefined or suppressed).
 * Every series can carry a SMART goal and appears in the digest by its id.
 */
export interface Series {
  /** Stable id, dotted: `revenue`, `orders.registered_share`, `segment.champions.revenue`. */
  id: string;
  /** Label in Dutch for the site (nl-NL is the default locale). */
  label: string;
  unit: Unit;
  /** Whether a rise is good (`up`), bad (`down`) or neither (`none`). */
  better: "up" | "down" | "none";
  /** One value per month, aligned with `Bundle.months`. Percent units are fractions (0.25 = 25 %). */
  values: (number | null)[];
}

/** One rejected row: where and why, never the cell's value. */
export interface Rejection {
  /** File path relative to `data/`. */
  file: string;
  /** Physical line in the file, 1-based (quoted newlines counted). */
  line: number;
  /** Column header name as in the file, or null for a row-level problem. */
  column: string | null;
  /** Machine-readable reason code, e.g. `invalid_date`. */
  reason: string;
  /** What was expected, in words. */
  expected: string;
  /** Engine sources (no line numbers; `line` is 0): the order id of an example row, never customer data. */
  key?: string;
}

/** The row account of one file: rowsRead = rowsAccepted + rowsRejected, always. */
export interface FileAccount {
  file: string;
  source: string;
  kind: string;
  /** SHA-256 of the file's bytes. */
  sha256: string;
  bytes: number;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Rejections per reason code. */
  reasons: Record<string, number>;
  /** The first rejections in file order (at most `REJECTION_DETAIL_LIMIT`). */
  rejections: Rejection[];
  /** Non-fatal notes, e.g. unknown channel names (names only, never customer data). */
  warnings: string[];
}

/** A warning for the dashboard and the digest (names and counts only, never customer data). */
export interface BundleWarning {
  /** Machine-readable code, e.g. `stale_data`, `unknown_channel`, `fit_not_converged`. */
  code: string;
  /** One sentence in Dutch. */
  message: string;
}

/**
 * The whole bundle. `months` is the calendar axis (`yyyy-mm`, ascending, no gaps) every
 * `Series.values` aligns with. Feature sections are optional so a data set without, say,
 * journeys still builds; each section is produced by one `loaders/bundle/<section>.ts`.
 */
export interface Bundle {
  version: typeof BUNDLE_VERSION;
  title: string;
  locale: string;
  currency: string;
  timeZone: string;
  /** Day of the newest transaction (`yyyy-mm-dd`): the dashboard's "data as of". */
  dataAsOf: string | null;
  /** SHA-256 over the input files' hashes and the config: same inputs → same id. */
  inputsId: string;
  minGroupSize: number;
  /** Days after which data count as stale (config `freshnessDays`); the digest and the CLI warn. */
  freshnessDays: number;
  months: string[];
  series: Series[];
  /** Feature sections keyed by name (`rfm`, `repurchase`, `crossUpsell`, `journeys`, `experiments`, `goals` …). */
  sections: Record<string, unknown>;
  accounts: FileAccount[];
  warnings: BundleWarning[];
}
