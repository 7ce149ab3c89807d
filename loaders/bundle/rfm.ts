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
import { type SegmentMigration, segmentMigration } from "../metrics/segment-migration.ts";
import type { Config } from "../schemas/config.ts";
import type { Store } from "../model/store.ts";
import { pinStore, windowStart } from "./period.ts";
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
  /** The as-of days of the two snapshots (`yyyy-mm-dd`): month ends, or day d for a partial month and its like-for-like start. */
  fromAsOf?: string;
  toAsOf?: string;
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
  /** The month axis of the alerts (`yyyy-mm`); `migrations` holds the months from the one after `fullFrom`. */
  months: string[];
  /** Latest month and its as-of day (`yyyy-mm-dd`; before the month end when the month is partial). */
  month: string;
  asOf: string;
  /**
   * First month whose scoring window lies wholly in the data: segment series, table deltas,
   * migrations and alerts are null before it (`migrations` starts the month after it).
   */
  fullFrom: string;
  /** Why figures start at `fullFrom` (Dutch), or null when the data begin early enough. */
  startReason: string | null;
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

/** When the figures are as of: the last month's as-of day, and for a partial month the days it is compared at. */
export interface RfmAsOf {
  /** As-of day of the last month (default: its last day). */
  asOf?: number;
  /** For a partial last month: the like-for-like as-of days of the month before and a year before. */
  sameDays?: { previous: number; yearAgo: number };
  /**
   * Month the data begin (the bundle passes its first month): figures of months whose scoring
   * window starts before it are null. Without it every month is filled (for tests of one window).
   */
  dataFirst?: number;
}

/**
 * RFM inputs computed elsewhere (an engine load pushes them down): the month-end snapshots of
 * months firstMonth − 12 … lastMonth, the same-day snapshots of a partial month, and the migration
 * counts between two snapshots. Their `segment` arrays may be empty: only `migration` reads customers.
 */
export interface RfmGiven {
  snapshots: RfmSnapshot[];
  /** The snapshot as of day `day` of month `month` (a partial month's like-for-like start). */
  sameDay(month: number, day: number): RfmSnapshot;
  /** Customers per (segment at `then`, segment at `now`), as `segmentMigration` counts them. */
  migration(then: RfmSnapshot, now: RfmSnapshot): SegmentMigration;
}

/**
 * Builds the RFM series (aligned with months firstMonth..lastMonth) and section for the bundle.
 * With `when.dataFirst` every figure that needs a full scoring window is null before the first
 * month whose window lies in the data. With `when.sameDays` the partial last month's
 * deltas and migrations start from the snapshots of the same day of the earlier months.
 */
export function rfmSection(store: Store, config: Config, firstMonth: number, lastMonth: number, when: RfmAsOf = {}, given?: RfmGiven): RfmSectionResult {
  if (!(Number.isInteger(firstMonth) && Number.isInteger(lastMonth) && firstMonth <= lastMonth)) {
    throw new RangeError(`rfmSection expects month indices firstMonth ≤ lastMonth, got ${firstMonth} and ${lastMonth}`);
  }
  const settings = rfmSettings(config);
  const k = config.minGroupSize;
  const fullFrom = when.dataFirst === undefined ? -Infinity : when.dataFirst + settings.windowMonths - 1;
  const full = (m: number) => m >= fullFrom;
  const history = given ?? rfmHistory(store, firstMonth - 12, lastMonth, settings.windowMonths, when.asOf);
  const snapshots = new Map(history.snapshots.map((s) => [s.month, s]));
  const protections = new Map(history.snapshots.map((s) => [s.month, protectSnapshot(s, k)]));
  const axis: number[] = [];
  for (let m = firstMonth; m <= lastMonth; m++) axis.push(m);
  const at = (m: number) => ({ snap: snapshots.get(m)!, prot: protections.get(m)! });
  // The partial month is compared with snapshots as of the same day of the earlier months.
  const sameDay = (m: number, day: number) => {
    const snap = given ? given.sameDay(m, day) : rfmHistory(pinStore(store, day).store, m, m, settings.windowMonths, day).snapshots[0]!;
    return { snap, prot: protectSnapshot(snap, k) };
  };
  const same = when.sameDays ? { previous: sameDay(lastMonth - 1, when.sameDays.previous), yearAgo: sameDay(lastMonth - 12, when.sameDays.yearAgo) } : null;
  /** The snapshot month `to` is compared with at month `before` (same-day for the partial last month). */
  const base = (before: number, to: number) => (same && to === lastMonth ? (before === lastMonth - 1 ? same.previous : same.yearAgo) : at(before));
  const start = when.dataFirst === undefined ? undefined : windowStart(firstMonth, when.dataFirst, settings.windowMonths, "De RFM-indeling");

  const series: Series[] = [];
  for (const [s, info] of SEGMENTS.entries()) {
    const better = GROWING.has(info.id) ? "up" : "down";
    const make = (metric: string, label: string, unit: Unit, dir: Series["better"], value: (x: RfmSnapshot, p: SnapshotProtection) => number | null): Series => ({
      id: `segment.${info.id}.${metric}`,
      label: `${label} – ${info.nameNl}`,
      unit,
      better: dir,
      values: axis.map((m) => (full(m) ? value(at(m).snap, at(m).prot) : null)),
      ...(start ? { start } : {}),
      ...(same ? { sameDays: { previous: full(lastMonth - 1) ? value(same.previous.snap, same.previous.prot) : null, yearAgo: full(lastMonth - 12) ? value(same.yearAgo.snap, same.yearAgo.prot) : null } } : {}),
    });
    series.push(
      make("customers", "Klanten", "count", better, (x, p) => (p.size[s] ? null : x.sizes[s]!)),
      make("revenue", "Omzet", "currency", "up", (x, p) => (p.revenue[s] ? null : x.revenue[s]!)),
      make("revenue_share", "Omzetaandeel", "percent", better, (x, p) => (p.revenue[s] ? null : x.revenueShare[s]!)),
    );
  }

  const latest = at(lastMonth);
  const previous = base(lastMonth - 1, lastMonth);
  const actions = segmentActions(settings.actions);
  const windowTotal = latest.snap.windowRevenue.reduce((a, b) => a + b, 0);
  const table = SEGMENTS.map((info, s): RfmTableRow => {
    const hidden = latest.prot.size[s]!;
    const hiddenRevenue = latest.prot.revenue[s]!;
    const change = full(lastMonth - 1) ? delta([previous.prot.size[s] ? null : previous.snap.sizes[s]!, hidden ? null : latest.snap.sizes[s]!], 1, 1) : null;
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
      const then = base(before, m);
      const raw = given ? given.migration(then.snap, now.snap) : segmentMigration(then.snap.segment, now.snap.segment, before, m);
      const safe = protectMigration(raw, then.prot, now.prot, settings.alertMoves, k);
      // A move from a month whose window was still filling is warm-up, not a move: not shown.
      const counts = full(before) ? safe.counts : safe.counts.map((row) => row.map(() => null));
      const matrix = { from: monthKey(before), to: monthKey(m), fromAsOf: isoDay(then.snap.asOf), toAsOf: isoDay(now.snap.asOf), rows: raw.rows, cols: raw.cols, counts };
      return { matrix, alerts: full(before) ? safe.alerts : safe.alerts.map(() => null) };
    };
    const prev = matrix(m - 1);
    if (full(m - 1)) migrations.push({ month: monthKey(m), previous: prev.matrix, yearAgo: matrix(m - 12).matrix });
    prev.alerts.forEach((count, a) => {
      alertMonths[a]!.push(count);
    });
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
    fullFrom: monthKey(Math.max(fullFrom, firstMonth)),
    startReason: start?.reason ?? null,
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
