/**
 * Orders, returns and net revenue per calendar month, split by channel and by registered
 * versus unregistered sales. Orders are first folded into a small month × channel × registered
 * table in one pass; arquero then rolls that table up per month.
 */
import * as aq from "arquero";
import { monthOfDay } from "../lib/months.ts";
import type { Store } from "../model/store.ts";

/** Monthly sales figures, arrays aligned with the months `first..last`. */
export interface MonthlySales {
  /** Sales orders: orders with a net amount ≥ 0 (zero-value orders count). */
  orders: number[];
  /** Sales orders with a customer id. */
  registeredOrders: number[];
  /** Return or credit orders: net amount < 0. */
  returns: number[];
  /** Net revenue: all orders' amounts, returns subtracted. */
  revenue: number[];
  /** Revenue of sales orders only (for the average order value). */
  salesRevenue: number[];
  /** Per channel name: sales orders and net revenue per month. */
  byChannel: Record<string, { orders: number[]; revenue: number[] }>;
}

/** Computes `MonthlySales` for months `first..last` (month indexes). */
export function monthlySales(store: Store, first: number, last: number): MonthlySales {
  const months = last - first + 1;
  const channels = store.channels.length;
  const cells = months * channels * 2;
  const orders = new Float64Array(cells);
  const returns = new Float64Array(cells);
  const revenue = new Float64Array(cells);
  const salesRevenue = new Float64Array(cells);
  const { day, amount, customer, channel, length } = store.orders;
  let cachedDay = Number.NaN;
  let cachedMonth = 0;
  for (let i = 0; i < length; i++) {
    if (day[i] !== cachedDay) {
      cachedDay = day[i]!;
      cachedMonth = monthOfDay(cachedDay);
    }
    if (cachedMonth < first || cachedMonth > last) continue;
    const cell = ((cachedMonth - first) * channels + channel[i]!) * 2 + (customer[i]! >= 0 ? 1 : 0);
    const value = amount[i]!;
    revenue[cell]! += value;
    if (value < 0) returns[cell]!++;
    else {
      orders[cell]!++;
      salesRevenue[cell]! += value;
    }
  }
  return monthlySalesOfCells(store.channels, { orders, returns, revenue, salesRevenue }, months);
}

/** Month × channel × registered cells (index `((month − first) × channels + channel) × 2 + registered`). */
export interface SalesCells {
  orders: Float64Array;
  returns: Float64Array;
  revenue: Float64Array;
  salesRevenue: Float64Array;
}

/**
 * `MonthlySales` from cells already folded (by `monthlySales`, or pushed down to an engine):
 * the per-month and per-channel roll-ups both paths share.
 */
export function monthlySalesOfCells(channelNames: readonly string[], cellsIn: SalesCells, months: number): MonthlySales {
  const channels = channelNames.length;
  const cells = months * channels * 2;
  const { orders, returns, revenue, salesRevenue } = cellsIn;
  const cellMonth = Int32Array.from({ length: cells }, (_, c) => Math.floor(c / (channels * 2)));
  const cellChannel = Array.from({ length: cells }, (_, c) => channelNames[Math.floor(c / 2) % channels]!);
  const table = aq.table({
    month: cellMonth,
    channel: cellChannel,
    registered: Int32Array.from({ length: cells }, (_, c) => c % 2),
    orders,
    returns,
    revenue,
    salesRevenue,
  });
  const perMonth = table
    .groupby("month")
    .rollup({
      orders: aq.op.sum("orders"),
      registeredOrders: (d: { registered: number; orders: number }) => aq.op.sum(d.registered * d.orders),
      returns: aq.op.sum("returns"),
      revenue: aq.op.sum("revenue"),
      salesRevenue: aq.op.sum("salesRevenue"),
    })
    .orderby("month");
  const perChannel = table.groupby("channel", "month").rollup({ orders: aq.op.sum("orders"), revenue: aq.op.sum("revenue") }).orderby("channel", "month");
  const column = (t: aq.ColumnTable, name: string) => Array.from(t.array(name) as ArrayLike<number>, (v) => round2(v));
  const byChannel: MonthlySales["byChannel"] = {};
  for (const name of [...channelNames].sort()) {
    const rows = perChannel.filter(aq.escape((d: { channel: string }) => d.channel === name));
    byChannel[name] = { orders: column(rows, "orders"), revenue: column(rows, "revenue") };
  }
  return {
    orders: column(perMonth, "orders"),
    registeredOrders: column(perMonth, "registeredOrders"),
    returns: column(perMonth, "returns"),
    revenue: column(perMonth, "revenue"),
    salesRevenue: column(perMonth, "salesRevenue"),
    byChannel,
  };
}

/** Rounds sums of money to cents (float sums drift in the last bits). */
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
