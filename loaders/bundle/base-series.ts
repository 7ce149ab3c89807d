/**
 * The customer-base and sales KPIs every data set has: one `Series` per KPI over the month axis.
 * Figures about fewer than `minGroupSize` customers are suppressed (null).
 */
import type { Config } from "../schemas/config.ts";
import type { Store } from "../sources/orders.ts";
import { type CustomerActivity, customerActivity } from "../metrics/customer-activity.ts";
import { type MonthlySales, monthlySales } from "../metrics/monthly-sales.ts";
import { type TopCustomers, topCustomers } from "../metrics/top-customers.ts";
import { ratio, series } from "./series.ts";
import type { Series } from "./types.ts";

/** Null where the group behind a figure has 1 to k − 1 customers (an empty group identifies no one). */
function guard(values: readonly (number | null)[], groups: readonly number[], k: number): (number | null)[] {
  return values.map((v, i) => {
    const n = groups[i] ?? 0;
    return n > 0 && n < k ? null : v;
  });
}

/**
 * Null for the first `window − 1` months: their look-back window starts before the data does,
 * so "active", "new" or "top" would be counted on a partial history and look like growth.
 */
function warm(values: readonly (number | null)[], window: number): (number | null)[] {
  return values.map((v, i) => (i < window - 1 ? null : v));
}

/** All base series for months `first..last` (month indexes). */
export function baseSeries(store: Store, config: Config, first: number, last: number): Series[] {
  const { activeWindowMonths, topShare, lapsedDays } = config.kpi;
  const sales = monthlySales(store, first, last);
  const activity = customerActivity(store, first, last, activeWindowMonths);
  const top = topCustomers(store, first, last, { topShare, activeWindowMonths, lapsedDays });
  return baseSeriesOf({ sales, activity, top }, config);
}

/** The metric results the base series are made of (from the store, or pushed down to an engine). */
export interface BaseMetrics {
  sales: MonthlySales;
  activity: CustomerActivity;
  top: TopCustomers;
}

/** All base series from their metric results: labels, guards and warm-up in one place. */
export function baseSeriesOf({ sales, activity, top }: BaseMetrics, config: Config): Series[] {
  const k = config.minGroupSize;
  const { activeWindowMonths, topShare, lapsedDays } = config.kpi;
  const unregistered = sales.orders.map((n, i) => n - sales.registeredOrders[i]!);
  const topPercent = Math.round(topShare * 100);
  const w = (values: readonly (number | null)[]) => warm(values, activeWindowMonths);
  const out: Series[] = [
    series("revenue", "Netto-omzet", "currency", "up", sales.revenue),
    series("orders", "Orders", "count", "up", sales.orders),
    series("aov", "Gemiddelde orderwaarde", "currency", "up", ratio(sales.salesRevenue, sales.orders)),
    series("returns", "Retouren", "count", "down", sales.returns),
    series("orders.registered_share", "Aandeel orders van bekende klanten", "percent", "up", ratio(sales.registeredOrders, sales.orders)),
    series("orders.unregistered", "Orders zonder klantnummer", "count", "none", unregistered),
    series("customers.known", "Bekende klanten", "count", "up", activity.known),
    series("customers.active", `Actieve klanten (${activeWindowMonths} mnd)`, "count", "up", w(guard(activity.active, activity.active, k))),
    series("customers.new", "Nieuwe klanten", "count", "up", w(guard(activity.newCustomers, activity.newCustomers, k))),
    series("customers.returning", "Terugkerende klanten", "count", "up", w(guard(activity.returningCustomers, activity.returningCustomers, k))),
    series("active.frequency", "Orders per actieve klant", "ratio", "up", w(guard(activity.frequency, activity.active, k))),
    series("active.spend", "Besteding per actieve klant", "currency", "up", w(guard(activity.spend, activity.active, k))),
    series("top.revenue_share", `Omzetaandeel top ${topPercent} % klanten`, "percent", "none", w(guard(top.revenueShare, top.topCount, k))),
    series("lapsed_top.customers", `Topklanten ${lapsedDays}+ dagen zonder aankoop`, "count", "down", w(guard(top.lapsedCount, top.lapsedCount, k))),
    series("lapsed_top.revenue_at_stake", "Omzet van weggezakte topklanten", "currency", "down", w(guard(top.lapsedRevenue, top.lapsedCount, k))),
  ];
  for (const name of Object.keys(sales.byChannel).sort()) {
    const channel = sales.byChannel[name]!;
    out.push(series(`channel.${name}.revenue`, `Omzet ${name}`, "currency", "up", channel.revenue));
    out.push(series(`channel.${name}.orders`, `Orders ${name}`, "count", "up", channel.orders));
  }
  return out;
}
