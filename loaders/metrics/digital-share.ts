/**
 * Digital share of sales per month: orders and net revenue of digital channels (web, app,
 * smart-TV …) against all orders of channels the config classifies. A channel the config names
 * neither digital nor offline is *unknown*: its figures are reported separately and left out
 * of every share, never guessed into one side.
 */
import { monthOfDay } from "../lib/months.ts";
import { slope } from "../lib/stats.ts";
import type { Store } from "../model/store.ts";

/** How the config classifies a channel. */
export type ChannelGroup = "digital" | "offline" | "unknown";

/** Orders and revenue of one channel or group per month, with its shares of the classified total. */
export interface ShareMonths {
  /** Sales orders (net amount ≥ 0), as in the sales KPIs. */
  orders: number[];
  /** Net revenue (returns subtracted). */
  revenue: number[];
  /** Orders ÷ classified orders; null without classified orders, or for unknown channels. */
  ordersShare: (number | null)[];
  /** Revenue ÷ classified net revenue; null when that is ≤ 0, or for unknown channels. */
  revenueShare: (number | null)[];
}

/** Digital share per month `first..last`. */
export interface DigitalShare {
  digital: ShareMonths;
  offline: ShareMonths;
  /** Channels neither digital nor offline (shares always null). */
  unknown: ShareMonths;
  /** Per channel name (sorted), with its group. */
  byChannel: Record<string, ShareMonths & { group: ChannelGroup }>;
  /** Names of the unknown channels with orders in the months, sorted. */
  unknownChannels: string[];
  /** Least-squares slope of the digital shares over the last `trendMonths` months (fraction per month). */
  trend: { months: number; ordersShare: number | null; revenueShare: number | null };
}

/** Channel names per group, from the config's `channels`. */
export interface ChannelGroups {
  digital: readonly string[];
  offline: readonly string[];
}

/** Zero orders and revenue for `months` months. */
export function emptyShare(months: number): ShareMonths {
  return { orders: new Array<number>(months).fill(0), revenue: new Array<number>(months).fill(0), ordersShare: [], revenueShare: [] };
}

/** Computes the digital share for months `first..last`; the trend uses the last `trendMonths` (12). */
export function digitalShare(store: Store, groups: ChannelGroups, first: number, last: number, trendMonths = 12): DigitalShare {
  const months = last - first + 1;
  const perChannel = store.channels.map(() => emptyShare(months));
  const { length, day, amount, channel } = store.orders;
  for (let i = 0; i < length; i++) {
    const month = monthOfDay(day[i]!);
    if (month < first || month > last) continue;
    const target = perChannel[channel[i]!]!;
    target.revenue[month - first]! += amount[i]!;
    if (amount[i]! >= 0) target.orders[month - first]!++;
  }
  return digitalShareOfChannels(store.channels, perChannel, groups, months, trendMonths);
}

/**
 * `DigitalShare` from per-channel monthly sales orders and net revenue already summed (by
 * `digitalShare`, or pushed down to an engine); `perChannel` aligns with `channelNames`.
 */
export function digitalShareOfChannels(
  channelNames: readonly string[],
  perChannel: ShareMonths[],
  groups: ChannelGroups,
  months: number,
  trendMonths = 12,
): DigitalShare {
  const digitalSet = new Set(groups.digital);
  const offlineSet = new Set(groups.offline);
  const groupOf = channelNames.map((name): ChannelGroup => (digitalSet.has(name) ? "digital" : offlineSet.has(name) ? "offline" : "unknown"));
  const sum = (group: ChannelGroup) => {
    const total = emptyShare(months);
    perChannel.forEach((c, k) => {
      if (groupOf[k] !== group) return;
      for (let m = 0; m < months; m++) {
        total.orders[m]! += c.orders[m]!;
        total.revenue[m]! += c.revenue[m]!;
      }
    });
    return total;
  };
  const digital = sum("digital");
  const offline = sum("offline");
  const unknown = sum("unknown");
  const knownOrders = digital.orders.map((v, m) => v + offline.orders[m]!);
  const knownRevenue = digital.revenue.map((v, m) => v + offline.revenue[m]!);
  const fill = (s: ShareMonths, group: ChannelGroup) => {
    s.revenue = s.revenue.map((v) => Math.round(v * 100) / 100);
    s.ordersShare = s.orders.map((v, m) => (group === "unknown" || knownOrders[m] === 0 ? null : v / knownOrders[m]!));
    s.revenueShare = s.revenue.map((v, m) => (group === "unknown" || !(knownRevenue[m]! > 0) ? null : v / knownRevenue[m]!));
  };
  fill(digital, "digital");
  fill(offline, "offline");
  fill(unknown, "unknown");
  const byChannel: DigitalShare["byChannel"] = {};
  const names = channelNames.map((name, k) => ({ name, k })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, k } of names) {
    fill(perChannel[k]!, groupOf[k]!);
    byChannel[name] = { ...perChannel[k]!, group: groupOf[k]! };
  }
  const unknownChannels = names.filter(({ k }) => groupOf[k] === "unknown" && perChannel[k]!.orders.some((v, m) => v > 0 || perChannel[k]!.revenue[m] !== 0)).map(({ name }) => name);
  const window = Math.min(trendMonths, months);
  return {
    digital,
    offline,
    unknown,
    byChannel,
    unknownChannels,
    trend: { months: window, ordersShare: slope(digital.ordersShare.slice(-window)), revenueShare: slope(digital.revenueShare.slice(-window)) },
  };
}
