/**
 * Turns the compact tables an engine returns into the metric results the bundle is built from
 * (`MonthlySales`, `CustomerActivity`, `TopCustomers`, `DigitalShare`): the same shapes, guards
 * and rounding as the stream path, from whole-cent integers. Pure: rows in, results out.
 */
import type { BaseMetrics } from "../bundle/base-series.ts";
import { CHANNEL_GROUPS, type ChannelProtection, channelProtectionOf } from "../bundle/channel-protect.ts";
import type { ChannelCustomers } from "../metrics/channel-customers.ts";
import type { Config } from "../schemas/config.ts";
import { type ChannelGroups, type DigitalShare, digitalShareOfChannels, emptyShare } from "../metrics/digital-share.ts";
import { monthlySalesOfCells } from "../metrics/monthly-sales.ts";

/** One month × channel × registered cell, money in cents. */
export interface CellRow {
  month: number;
  channel: string;
  registered: number;
  sales: number;
  returns: number;
  revenue: number;
  sales_revenue: number;
}

/** Per month end: the active window and its top group, money in cents. */
export interface WindowRow {
  month_end: number;
  active: number;
  sales: number;
  cents: number;
  top_count: number;
  top_cents: number;
  lapsed_count: number;
  lapsed_cents: number;
}

/** Everything the compact queries returned. */
export interface CompactTables {
  cells: CellRow[];
  /** Customers per first-sales month. */
  firstMonths: { first_month: number; customers: number }[];
  /** Customers with a sales order per month. */
  buyers: { month: number; buyers: number }[];
  windows: WindowRow[];
  /** People per month and channel (`c:<name>`), group (`g0`..`g2`) or month (`all`), from `peopleSql`. */
  people: { month: number; k: string; registered: number; unregistered: number }[];
  /** Channel names of every accepted order, sorted (default: those of `cells`); a cut-off run keeps them all, as a pinned store does. */
  channels?: string[];
}

/** The channel names the series are made for: `t.channels`, else those of the cells. */
export function tableChannels(t: Pick<CompactTables, "cells" | "channels">): string[] {
  return t.channels ?? cellChannels(t.cells);
}

/** The channel names of the cells, in order of first appearance after sorting (as a store interns them, sorted). */
export function cellChannels(cells: readonly CellRow[]): string[] {
  return [...new Set(cells.map((c) => c.channel))].sort();
}

/** The base metric results of months `first..last` from the compact tables. */
export function compactBaseMetrics(t: CompactTables, config: Pick<Config, "minGroupSize" | "channels">, first: number, last: number): BaseMetrics {
  const months = last - first + 1;
  const channels = tableChannels(t);
  const at = new Map(channels.map((name, i) => [name, i]));
  const size = months * channels.length * 2;
  const cells = { orders: new Float64Array(size), returns: new Float64Array(size), revenue: new Float64Array(size), salesRevenue: new Float64Array(size) };
  for (const c of t.cells) {
    if (c.month < first || c.month > last) continue;
    const i = ((c.month - first) * channels.length + at.get(c.channel)!) * 2 + c.registered;
    cells.orders[i] = c.sales;
    cells.returns[i] = c.returns;
    cells.revenue[i] = c.revenue / 100;
    cells.salesRevenue[i] = c.sales_revenue / 100;
  }
  const sales = monthlySalesOfCells(channels, cells, months);

  const firsts = new Map(t.firstMonths.map((r) => [r.first_month, r.customers]));
  const buyers = new Map(t.buyers.map((r) => [r.month, r.buyers]));
  const windows = new Map(t.windows.map((r) => [r.month_end, r]));
  let known = 0;
  for (const [month, n] of firsts) if (month < first) known += n;
  const activity: BaseMetrics["activity"] = { known: [], active: [], frequency: [], spend: [], newCustomers: [], returningCustomers: [] };
  const top: BaseMetrics["top"] = { topCount: [], revenueShare: [], lapsedCount: [], lapsedRevenue: [] };
  for (let m = first; m <= last; m++) {
    const fresh = firsts.get(m) ?? 0;
    known += fresh;
    const w = windows.get(m);
    const active = w?.active ?? 0;
    activity.known.push(known);
    activity.active.push(active);
    activity.frequency.push(active === 0 ? null : w!.sales / active);
    activity.spend.push(active === 0 ? null : Math.round(w!.cents / active) / 100);
    activity.newCustomers.push(fresh);
    activity.returningCustomers.push((buyers.get(m) ?? 0) - fresh);
    top.topCount.push(w?.top_count ?? 0);
    top.revenueShare.push(w && w.cents > 0 ? w.top_cents / w.cents : null);
    top.lapsedCount.push(w?.lapsed_count ?? 0);
    top.lapsedRevenue.push((w?.lapsed_cents ?? 0) / 100);
  }
  return { sales, activity, top, protection: compactProtection(t, config, first, last) };
}

/** The channel-breakdown protection of months `first..last`, from the people counted in the engine. */
export function compactProtection(t: CompactTables, config: Pick<Config, "minGroupSize" | "channels">, first: number, last: number): ChannelProtection {
  const months = last - first + 1;
  const channels = tableChannels(t);
  const people = new Map(t.people.map((r) => [`${r.k}@${r.month}`, r]));
  const count = (key: string, what: "registered" | "unregistered" | "both") =>
    Array.from({ length: months }, (_, m) => {
      const r = people.get(`${key}@${first + m}`);
      if (!r) return 0;
      return what === "both" ? Number(r.registered) + Number(r.unregistered) : Number(r[what]);
    });
  const sizes: ChannelCustomers = {
    byChannel: channels.map((name) => count(`c:${name}`, "both")),
    bySet: CHANNEL_GROUPS.map((_, g) => count(`g${g}`, "both")),
    registered: count("all", "registered"),
    unregistered: count("all", "unregistered"),
  };
  return channelProtectionOf(channels, sizes, config, first, last);
}

/** The digital share of months `first..last` from the same cells. */
export function compactDigitalShare(t: CompactTables, groups: ChannelGroups, first: number, last: number): DigitalShare {
  const months = last - first + 1;
  const channels = tableChannels(t);
  const at = new Map(channels.map((name, i) => [name, i]));
  const perChannel = channels.map(() => emptyShare(months));
  for (const c of t.cells) {
    if (c.month < first || c.month > last) continue;
    const target = perChannel[at.get(c.channel)!]!;
    target.orders[c.month - first]! += c.sales;
    target.revenue[c.month - first]! += c.revenue / 100;
  }
  return digitalShareOfChannels(channels, perChannel, groups, months);
}
