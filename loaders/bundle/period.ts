/**
 * The bundle's time frame: the as-of day every figure is computed for, whether the newest month is
 * complete, and (with `asOf:` in data/klantbeeld.yaml) the store cut off at that day. See
 * docs/metrics.md, "Peildatum en lopende maand".
 *
 * - **As of** = `asOf:` when given, else the day of the newest transaction. Point-in-time figures
 *   (active, lapsed, RFM, repurchase) are computed as of that day; orders after it are ignored.
 * - A month whose last day is after the as-of day is **partial**: month-to-date. Its changes
 *   compare the same days (1 … d) of the month before and of the same month a year earlier;
 *   point-in-time figures are compared as of day d of those months (`sameDays` on a series).
 */
import { dayOfMonth, isMonthEnd, sameDayIn } from "../lib/as-of.ts";
import { firstOrderOn } from "../lib/customer-window.ts";
import { type Delta, delta } from "../lib/deltas.ts";
import { daysInMonth, isoDay, monthKey, monthOfDay } from "../lib/months.ts";
import { LoadError } from "../model/load-error.ts";
import type { Store } from "../model/store.ts";
import type { Bundle, Period, Series } from "./types.ts";

/** The period in day and month numbers, as the builders use it. */
export interface PeriodDays {
  firstDay: number;
  /** Newest transaction day in the exports (before the pin). */
  dataLastDay: number;
  asOf: number;
  pinned: boolean;
  /** First and last month of the axis (the last is the as-of day's month). */
  first: number;
  last: number;
  /** Whether the last month ends after the as-of day. */
  partial: boolean;
}

/** Parses a `yyyy-mm-dd` day (already validated by the config schema). */
export function parseIsoDay(text: string): number {
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The period of a store's orders, with `asOf` (a `yyyy-mm-dd` pin) when the config gives one. */
export function periodOf(store: Pick<Store, "firstDay" | "lastDay">, asOf?: string): PeriodDays {
  if (store.firstDay === null || store.lastDay === null) throw new LoadError((t) => t.load.noOrders);
  const day = asOf === undefined ? store.lastDay : parseIsoDay(asOf);
  const first = isoDay(store.firstDay);
  if (day < store.firstDay) throw new LoadError((t) => t.load.asOfBeforeData(String(asOf), first));
  return { firstDay: store.firstDay, dataLastDay: store.lastDay, asOf: day, pinned: asOf !== undefined, first: monthOfDay(store.firstDay), last: monthOfDay(day), partial: !isMonthEnd(day) };
}

/** The store without orders and order lines after `asOf` (views on the same arrays), and how many were cut. */
export function pinStore(store: Store, asOf: number): { store: Store; orders: number; lines: number } {
  const keep = firstOrderOn(store.orders.day, store.orders.length, asOf + 1);
  const keepLines = firstOrderOn(store.lines.day, store.lines.length, asOf + 1);
  const cut = (orders: number, lines: number) => ({ orders: store.orders.length - orders, lines: store.lines.length - lines });
  if (keep === store.orders.length && keepLines === store.lines.length) return { store, ...cut(keep, keepLines) };
  const o = store.orders;
  const l = store.lines;
  return {
    store: {
      ...store,
      orders: { length: keep, customer: o.customer.subarray(0, keep), day: o.day.subarray(0, keep), amount: o.amount.subarray(0, keep), channel: o.channel.subarray(0, keep) },
      lines: {
        length: keepLines,
        order: l.order.subarray(0, keepLines),
        customer: l.customer.subarray(0, keepLines),
        day: l.day.subarray(0, keepLines),
        category: l.category.subarray(0, keepLines),
        product: l.product.subarray(0, keepLines),
        amount: l.amount.subarray(0, keepLines),
        quantity: l.quantity.subarray(0, keepLines),
      },
      lastDay: keep === 0 ? null : o.day[keep - 1]!,
    },
    ...cut(keep, keepLines),
  };
}

/**
 * The as-of day of month `month` when compared like for like with the partial month: day d of
 * `month` (d = the as-of day of the month, clamped to `month`'s length).
 */
export function sameDayOf(period: Pick<PeriodDays, "asOf">, month: number): number {
  return sameDayIn(month, dayOfMonth(period.asOf));
}

/** The months the partial month is compared with: the month before and a year before. */
export function comparedMonths(period: Pick<PeriodDays, "last">): { previous: number; yearAgo: number } {
  return { previous: period.last - 1, yearAgo: period.last - 12 };
}

/** The bundle's `period` field. */
export function periodField(period: PeriodDays, excluded: Period["excluded"]): Period {
  const lastComplete = period.partial ? period.last - 1 : period.last;
  return {
    firstDay: isoDay(period.firstDay),
    dataLastDay: isoDay(period.dataLastDay),
    asOf: isoDay(period.asOf),
    lastCompleteDay: isoDay(period.asOf),
    pinned: period.pinned,
    lastCompleteMonth: lastComplete >= period.first ? monthKey(lastComplete) : null,
    partial: period.partial
      ? {
          month: monthKey(period.last),
          throughDay: isoDay(period.asOf),
          days: dayOfMonth(period.asOf),
          daysInMonth: daysInMonth(Math.floor(period.last / 12), (period.last % 12) + 1),
        }
      : null,
    comparison: "same-days",
    excluded,
  };
}

/** `values` with null before month index `from` (relative to the axis start `first`). */
export function startAt(values: readonly (number | null)[], first: number, from: number): (number | null)[] {
  return values.map((v, i) => (first + i < from ? null : v));
}

/**
 * The `start` note of a windowed series: months before the first full window are empty, and why.
 * Returns undefined when the data begin early enough for every month on the axis.
 */
export function windowStart(first: number, dataFirstMonth: number, windowMonths: number, what: string): Series["start"] {
  const from = dataFirstMonth + windowMonths - 1;
  if (from <= first) return undefined;
  const name = (m: number) => new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(Math.floor(m / 12), m % 12, 1));
  return {
    from: monthKey(from),
    windowMonths,
    reason: `${what} kijkt ${windowMonths} maanden terug; de data beginnen in ${name(dataFirstMonth)}, dus het eerste volledige venster eindigt in ${name(from)}. Eerdere maanden zouden opbouw als groei tonen.`,
  };
}

/**
 * MoM and YoY deltas of a series at month index `at`, by the bundle's rule: the partial last month
 * is compared with its `sameDays` values (the same days of the month before and a year before);
 * without them it gets no delta rather than one against a complete month.
 */
export function periodDeltas(bundle: Pick<Bundle, "months" | "period">, series: Pick<Series, "values" | "sameDays">, at: number): { mom: Delta | null; yoy: Delta | null } {
  const partial = bundle.period?.partial;
  if (partial && bundle.months[at] === partial.month) {
    const value = series.values[at] ?? null;
    const against = (base: number | null | undefined) => (base === undefined ? null : delta([base, value], 1, 1));
    return { mom: against(series.sameDays?.previous), yoy: against(series.sameDays?.yearAgo) };
  }
  return { mom: delta(series.values, at, 1), yoy: delta(series.values, at, 12) };
}
