/**
 * The `rfm` bundle section and the `segment.<id>.*` series: segment sizes and revenue per month,
 * the R × FM grid and the segment table of the latest month, a migration matrix for every month
 * (from the previous month and from a year earlier) and the alert counts. Every figure about
 * fewer than `config.minGroupSize` customers is null, and so is every figure that would give such
 * a figure back by subtraction (see `rfm-protect.ts`). Aggregates only: no customer ids.
 */
import { delta } from "../lib/deltas.ts";
import { isoDay, monthKey, monthRange } from "../lib/months.ts";
import { rfmHistory, type RfmSnapshot } from "../metrics/rfm-history.ts";
import { RFM_RULES_VERSION, SEGMENT_IDS, SEGMENT_RULES, SEGMENTS, segmentActions, type SegmentId } from "../metrics/rfm-segments.ts";
import { segmentMigration } from "../metrics/segment-migration.ts";
import type { Config } from "../schemas/config.ts";
import type { Store } from "../sources/orders.ts";
import { protectGrid, protectMigration, protectSnapshot, type SnapshotProtection } from "./rfm-protect.ts";
import { rfmSettings } from "./rfm-settings.ts";
import type { Series, Unit } from "./types.ts";

/** One segment as the site shows it. */
export interface RfmSegmentInfo {
  id: SegmentId;
  name: string;
  nameNl: string;
  color: string;
  /** Recommended action: the config's `rfm.actions` override or the default. */
  action: string;
}

/** One row of the segment table (latest month); null = suppressed. */
export interface RfmTableRow {
  id: SegmentId;
  customers: number | null;
  /** customers ÷ scored customers (fraction, 4 decimals). */
  share: number | null;
  /** Net revenue of the month's orders by the segment's customers. */
  revenue: number | null;
  /** revenue ÷ the month's total revenue (fraction, 4 decimals). */
  revenueShare: number | null;
  /** Net revenue of the segment's customers over the scoring window (their Monetary summed). */
  windowRevenue: number | null;
  /** windowRevenue ÷ window revenue of all scored customers. */
  windowRevenueShare: number | null;
  /** Window net revenue ÷ window sales orders. */
  averageOrderValue: number | null;
  /** Customers now minus customers at the previous month end. */
  customersDelta: number | null;
  /** customersDelta ÷ previous customers (null when that is 0 or suppressed). */
  customersDeltaRelative: number | null;
  action: string;
}

/** A from × to matrix of customer counts; rows are segment ids then `new`, columns segment ids then `out`. */
export interface RfmMatrix {
  from: string;
  to: string;
  rows: string[];
  cols: string[];
  counts: (number | null)[][];
}

/** The migrations into one month of the axis. */
export interface RfmMonthMigration {
  month: string;
  previous: RfmMatrix;
  yearAgo: RfmMatrix;
}

/** One configured alert move and its counts. */
export interface RfmAlert {
  from: SegmentId[];
  to: SegmentId[];
  /** Dutch label, e.g. "Kampioen, Loyale klant → Vertrokken". */
  label: string;
  /** Customers who made the move into the latest month (null = suppressed). */
  latest: number | null;
  /** The same per month of the axis. */
  months: (number | null)[];
}

/** The `rfm` section of the bundle. */
export interface RfmSection {
  rulesVersion: number;
  windowMonths: number;
  minGroupSize: number;
  /** The month axis of `migrations` and the alerts (`yyyy-mm`). */
  months: string[];
  /** Latest month and its as-of day (`yyyy-mm-dd`). */
  month: string;
  asOf: string;
  segments: RfmSegmentInfo[];
  /** The ordered rule table (R and FM ranges per segment). */
  rules: { segment: SegmentId; r: [number, number]; fm: [number, number] }[];
  /** Customers per cell for the latest month: `grid[r - 1][fm - 1]`. */
  grid: (number | null)[][];
  table: RfmTableRow[];
  totals: { customers: number | null; revenue: number; windowRevenue: number | null };
  migrations: RfmMonthMigration[];
  alerts: RfmAlert[];
}

/** What `rfmSection` returns; `segments` (per customer, latest month) is for the repurchase section, never for the bundle. */
export interface RfmSectionResult {
  series: Series[];
  section: RfmSection;
  segments: Int8Array;
}

const GROWING: ReadonlySet<SegmentId> = new Set(["champions", "loyal", "potential-loyalist", "new-customers", "promising"]);

/** Builds the RFM series (aligned with months firstMonth..lastMonth) and section for the bundle. */
export function rfmSection(store: Store, config: Config, firstMonth: number, lastMonth: number): RfmSectionResult {
  if (!(Number.isInteger(firstMonth) && Number.isInteger(lastMonth) && firstMonth <= lastMonth)) {
    throw new RangeError(`rfmSection expects month indices firstMonth ≤ lastMonth, got ${firstMonth} and ${lastMonth}`);
  }
  const settings = rfmSettings(config);
  const k = config.minGroupSize;
  const history = rfmHistory(store, firstMonth - 12, lastMonth, settings.windowMonths);
  const snapshots = new Map(history.snapshots.map((s) => [s.month, s]));
  const protections = new Map(history.snapshots.map((s) => [s.month, protectSnapshot(s, k)]));
  const axis: number[] = [];
  for (let m = firstMonth; m <= lastMonth; m++) axis.push(m);
  const at = (m: number) => ({ snap: snapshots.get(m)!, prot: protections.get(m)! });

  const series: Series[] = [];
  for (const [s, info] of SEGMENTS.entries()) {
    const better = GROWING.has(info.id) ? "up" : "down";
    const make = (metric: string, label: string, unit: Unit, dir: Series["better"], value: (x: RfmSnapshot, p: SnapshotProtection) => number | null): Series => ({
      id: `segment.${info.id}.${metric}`,
      label: `${label} – ${info.nameNl}`,
      unit,
      better: dir,
      values: axis.map((m) => value(at(m).snap, at(m).prot)),
    });
    series.push(
      make("customers", "Klanten", "count", better, (x, p) => (p.size[s] ? null : x.sizes[s]!)),
      make("revenue", "Omzet", "currency", "up", (x, p) => (p.revenue[s] ? null : x.revenue[s]!)),
      make("revenue_share", "Omzetaandeel", "percent", better, (x, p) => (p.revenue[s] ? null : x.revenueShare[s]!)),
    );
  }

  const latest = at(lastMonth);
  const previous = at(lastMonth - 1);
  const actions = segmentActions(settings.actions);
  const windowTotal = latest.snap.windowRevenue.reduce((a, b) => a + b, 0);
  const table = SEGMENTS.map((info, s): RfmTableRow => {
    const hidden = latest.prot.size[s]!;
    const hiddenRevenue = latest.prot.revenue[s]!;
    const change = delta([previous.prot.size[s] ? null : previous.snap.sizes[s]!, hidden ? null : latest.snap.sizes[s]!], 1, 1);
    return {
      id: info.id,
      customers: hidden ? null : latest.snap.sizes[s]!,
      share: hidden ? null : ratio(latest.snap.sizes[s]!, latest.snap.scored),
      revenue: hiddenRevenue ? null : latest.snap.revenue[s]!,
      revenueShare: hiddenRevenue ? null : latest.snap.revenueShare[s]!,
      windowRevenue: hidden ? null : latest.snap.windowRevenue[s]!,
      windowRevenueShare: hidden || windowTotal <= 0 ? null : ratio(latest.snap.windowRevenue[s]!, windowTotal),
      averageOrderValue: hidden ? null : latest.snap.averageOrderValue[s]!,
      customersDelta: change === null ? null : change.absolute,
      customersDeltaRelative: change === null || change.relative === null ? null : round4(change.relative),
      action: actions[info.id],
    };
  });

  const migrations: RfmMonthMigration[] = [];
  const alertMonths: (number | null)[][] = settings.alertMoves.map(() => []);
  for (const m of axis) {
    const now = at(m);
    const matrix = (before: number): { matrix: RfmMatrix; alerts: (number | null)[] } => {
      const then = at(before);
      const raw = segmentMigration(then.snap.segment, now.snap.segment, before, m);
      const safe = protectMigration(raw, then.prot, now.prot, settings.alertMoves, k);
      return { matrix: { from: monthKey(before), to: monthKey(m), rows: raw.rows, cols: raw.cols, counts: safe.counts }, alerts: safe.alerts };
    };
    const prev = matrix(m - 1);
    migrations.push({ month: monthKey(m), previous: prev.matrix, yearAgo: matrix(m - 12).matrix });
    prev.alerts.forEach((count, a) => alertMonths[a]!.push(count));
  }
  const name = (id: SegmentId) => SEGMENTS[SEGMENT_IDS.indexOf(id)]!.nameNl;
  const alerts = settings.alertMoves.map((rule, a): RfmAlert => ({
    from: [...rule.from],
    to: [...rule.to],
    label: `${rule.from.map(name).join(", ")} → ${rule.to.map(name).join(", ")}`,
    latest: alertMonths[a]!.at(-1)!,
    months: alertMonths[a]!,
  }));

  const section: RfmSection = {
    rulesVersion: RFM_RULES_VERSION,
    windowMonths: settings.windowMonths,
    minGroupSize: k,
    months: monthRange(firstMonth, lastMonth),
    month: monthKey(lastMonth),
    asOf: isoDay(latest.snap.asOf),
    segments: SEGMENTS.map((info) => ({ id: info.id, name: info.name, nameNl: info.nameNl, color: info.color, action: actions[info.id] })),
    rules: SEGMENT_RULES.map((rule) => ({ segment: rule.segment, r: [rule.r[0], rule.r[1]], fm: [rule.fm[0], rule.fm[1]] })),
    grid: protectGrid(latest.snap, latest.prot, k),
    table,
    totals: {
      customers: latest.prot.total ? latest.snap.scored : null,
      revenue: latest.snap.totalRevenue,
      windowRevenue: latest.prot.total ? Math.round(windowTotal * 100) / 100 : null,
    },
    migrations,
    alerts,
  };
  return { series, section, segments: latest.snap.segment };
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? round4(part / whole) : null;
}
