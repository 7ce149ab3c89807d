/**
 * The customer-base and sales KPIs every data set has: one `Series` per KPI over the month axis.
 * Figures about fewer than `minGroupSize` customers are suppressed (null).
 */
import type { Config } from "../schemas/config.ts";
import type { Store } from "../model/store.ts";
import { type CustomerActivity, customerActivity } from "../metrics/customer-activity.ts";
import { type MonthlySales, monthlySales } from "../metrics/monthly-sales.ts";
import { type TopCustomers, topCustomers } from "../metrics/top-customers.ts";
import { comparedMonths, type PeriodDays, pinStore, sameDayOf, startAt, windowStart } from "./period.ts";
import { type ChannelProtection, channelProtection, hide } from "./channel-protect.ts";
import { ratio, series } from "./series.ts";
import type { Series } from "./types.ts";
import { type MonthState, type MonthStateExchange, monthKeys } from "./month-state.ts";

/** Null where the group behind a figure has 1 to k − 1 customers (an empty group identifies no one). */
function guard(values: readonly (number | null)[], groups: readonly number[], k: number): (number | null)[] {
  return values.map((v, i) => {
    const n = groups[i] ?? 0;
    return n > 0 && n < k ? null : v;
  });
}

/**
 * All base series for months `first..last` (month indexes), the last month as of `asOf` (default
 * its last day). Window KPIs are null until the first month whose look-back window lies wholly in
 * the data (the data begin in month `dataFirst`, default `first`): before it "active", "new" or
 * "top" would be counted on a partial history and look like growth. Those series carry `start`.
 */
export function baseSeries(store: Store, config: Config, first: number, last: number, asOf?: number, dataFirst = first, monthState?: MonthStateExchange): Series[] {
  const { activeWindowMonths, topShare, lapsedDays } = config.kpi;
  const sales = monthlySales(store, first, last);
  const stored = monthState ? storedBase(store, config, first, last, asOf, monthState) : undefined;
  const activity = customerActivity(store, first, last, activeWindowMonths, asOf, stored && ((m) => stored.at(m)?.activity));
  const top = topCustomers(store, first, last, { topShare, activeWindowMonths, lapsedDays }, asOf, stored && ((m) => stored.at(m)?.top));
  if (stored) stored.record(activity, top);
  // Channels and the registered/unregistered split of 1..k−1 people, and what would give them back, are hidden.
  const protection = channelProtection(store, config, first, last);
  return baseSeriesOf({ sales, activity, top, protection }, config, first, dataFirst);
}

/** The metric results the base series are made of (from the store, or pushed down to an engine). */
export interface BaseMetrics {
  sales: MonthlySales;
  activity: CustomerActivity;
  top: TopCustomers;
  /** What the channel breakdowns and the registered split hide (see channel-protect.ts). */
  protection: ChannelProtection;
}

/**
 * All base series of months `first..` from their metric results: labels, guards, suppression and
 * window starts in one place (`dataFirst` as for `baseSeries`).
 */
export function baseSeriesOf({ sales, activity, top, protection }: BaseMetrics, config: Config, first: number, dataFirst = first): Series[] {
  const k = config.minGroupSize;
  const { activeWindowMonths, topShare, lapsedDays } = config.kpi;
  const unregistered = sales.orders.map((n, i) => n - sales.registeredOrders[i]!);
  const topPercent = Math.round(topShare * 100);
  const w = (values: readonly (number | null)[]) => startAt(values, first, dataFirst + activeWindowMonths - 1);
  const out: Series[] = [
    series("revenue", "Netto-omzet", "currency", "up", sales.revenue),
    series("orders", "Orders", "count", "up", sales.orders),
    series("aov", "Gemiddelde orderwaarde", "currency", "up", ratio(sales.salesRevenue, sales.orders)),
    series("returns", "Retouren", "count", "down", sales.returns),
    series("orders.registered_share", "Aandeel orders van bekende klanten", "percent", "up", hide(ratio(sales.registeredOrders, sales.orders), protection.registration)),
    series("orders.unregistered", "Orders zonder klantnummer", "count", "none", hide(unregistered, protection.registration)),
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
  const start = windowStart(first, dataFirst, activeWindowMonths, "Dit kengetal");
  if (start) for (const s of out) if (WINDOWED.has(s.id)) s.start = start;
  const hidden = protection.channels;
  for (const name of Object.keys(sales.byChannel).sort()) {
    const channel = sales.byChannel[name]!;
    out.push(series(`channel.${name}.revenue`, `Omzet ${name}`, "currency", "up", hide(channel.revenue, hidden[name]!)));
    out.push(series(`channel.${name}.orders`, `Orders ${name}`, "count", "up", hide(channel.orders, hidden[name]!)));
  }
  return out;
}

/** Ids of the base series with a look-back window (null until it is full). */
const WINDOWED: ReadonlySet<string> = new Set([
  "customers.active", "customers.new", "customers.returning", "active.frequency", "active.spend",
  "top.revenue_share", "lapsed_top.customers", "lapsed_top.revenue_at_stake",
]);

/**
 * Sets `sameDays` on the base series of a partial last month: each series computed for the month
 * before and the month a year before on the orders up to day d of that month (d = the as-of day's
 * day of the month), point-in-time figures as of that day. Months before the data stay null.
 */
export function baseSameDays(out: Series[], store: Store, config: Config, period: PeriodDays): void {
  const { previous, yearAgo } = comparedMonths(period);
  const at = (month: number): Map<string, number | null> => {
    if (month < period.first) return new Map();
    const day = sameDayOf(period, month);
    const values = baseSeries(pinStore(store, day).store, config, month, month, day, period.first);
    return new Map(values.map((s) => [s.id, s.values[0] ?? null]));
  };
  const before = at(previous);
  const year = at(yearAgo);
  for (const s of out) s.sameDays = { previous: before.get(s.id) ?? null, yearAgo: year.get(s.id) ?? null };
}

/**
 * The top-customer and activity figures of the months whose key (orders up to the month's as-of
 * day, the KPI settings) the last build stored, and how to record this build's for the next one.
 */
function storedBase(store: Store, config: Config, first: number, last: number, asOf: number | undefined, exchange: MonthStateExchange) {
  const { activeWindowMonths, topShare, lapsedDays } = config.kpi;
  const keys = monthKeys(store, first, last, `base\0${activeWindowMonths}\0${topShare}\0${lapsedDays}`, asOf);
  const found = keys.map((key) => exchange.previous.base[key]);
  for (const f of found) exchange.stats[f ? "baseHits" : "baseMisses"]++;
  return {
    at: (m: number): MonthState["base"][string] | undefined => found[m - first],
    record(activity: CustomerActivity, top: TopCustomers): void {
      keys.forEach((key, i) => {
        exchange.next.base[key] = {
          activity: { known: activity.known[i]!, active: activity.active[i]!, frequency: activity.frequency[i]!, spend: activity.spend[i]!, newCustomers: activity.newCustomers[i]!, returningCustomers: activity.returningCustomers[i]! },
          top: { topCount: top.topCount[i]!, revenueShare: top.revenueShare[i]!, lapsedCount: top.lapsedCount[i]!, lapsedRevenue: top.lapsedRevenue[i]! },
        };
      });
    },
  };
}
