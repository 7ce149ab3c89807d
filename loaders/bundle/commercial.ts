/**
 * The commercial bundle sections: `crossUpsell` (cross-/upsell per month and channel, top
 * "bought X, then Y" pairs), `digitalShare` (digital share of orders and revenue), `journeys`
 * and `experiments` (in their own files), plus the section builders that read the products,
 * journeys and experiments exports once for all four.
 */
import { dayOfMonth, windowStartDay } from "../lib/as-of.ts";
import { protectTable } from "../lib/protect-table.ts";
import { type ChannelProtection, channelProtection, hide } from "./channel-protect.ts";
import { isoDay, monthEnd, monthKey } from "../lib/months.ts";
import { categoryPairs, type CategoryPair, type CategoryPairs } from "../metrics/category-pairs.ts";
import { crossUpsell, type ClassMonths, type CrossUpsell, LINE_CLASSES, type LineClass } from "../metrics/cross-upsell.ts";
import { digitalShare, type DigitalShare } from "../metrics/digital-share.ts";
import { type CommercialSettings, commercialSettings, type UpsellSettings } from "../schemas/commercial.ts";
import type { Config } from "../schemas/config.ts";
import type { Store } from "../model/store.ts";
import { lineAttributes, type ProductCatalog } from "../sources/products.ts";
import type { SectionBuilder } from "./build-bundle.ts";
import { experimentsSection } from "./experiments.ts";
import { journeysSection } from "./journeys.ts";
import { comparedMonths, type PeriodDays, pinStore, sameDayOf } from "./period.ts";
import { series } from "./series.ts";
import type { BundleWarning, Series } from "./types.ts";
import { bundleWarning } from "./warnings.ts";
import { incrementalCrossUpsell } from "./cross-upsell-state.ts";
import type { MonthStateExchange } from "./month-state.ts";

export { loadCommercialSources, type CommercialData } from "../sources/load-commercial.ts";
export { type ExperimentsSection, experimentsSection } from "./experiments.ts";
export { type JourneysSection, journeysSection } from "./journeys.ts";

/** A class's monthly figures with small groups hidden (null). */
export interface PublishedMonths {
  orders: (number | null)[];
  revenue: (number | null)[];
  customers: (number | null)[];
}

/** The `crossUpsell` section. */
export interface CrossUpsellSection {
  month: string;
  settings: UpsellSettings;
  classes: Record<LineClass, PublishedMonths>;
  /** Per channel: cross-sell and upsell per month (cells hidden so no small group can be derived). */
  byChannel: { channel: string; crossSell: PublishedMonths; upsell: PublishedMonths }[];
  /** The top pairs over the window ending on the as-of day. */
  pairs: { from: string; to: string; customers: number | null; minCount: number; items: CategoryPair[] };
  /** How many order lines found their product in the products export. */
  products: { lines: number; matched: number; listed: number };
}

/** Hides a class's months where fewer than `k` customers are behind the figures. */
function publish(m: ClassMonths, hidden: (i: number) => boolean): PublishedMonths {
  const show = <T>(v: T, i: number) => (hidden(i) ? null : v);
  return { orders: m.orders.map(show), revenue: m.revenue.map(show), customers: m.customers.map(show) };
}

/** The `crossUpsell` section and the `cross_sell.*` / `upsell.*` series for months `first..last` (with the month state of an incremental build when given). */
export function crossUpsellSection(
  store: Store,
  config: Config,
  settings: CommercialSettings,
  products: ProductCatalog,
  first: number,
  last: number,
  asOf = monthEnd(last),
  monthState?: MonthStateExchange,
): { series: Series[]; section: CrossUpsellSection } {
  const attributes = lineAttributes(store, products);
  const result = monthState ? incrementalCrossUpsell(store, attributes, settings.upsell, first, last, asOf, monthState) : crossUpsell(store, attributes, settings.upsell, first, last);
  const windowStart = windowStartDay(asOf, config.kpi.activeWindowMonths);
  const minCount = Math.max(settings.pairs.minCount, config.minGroupSize);
  const pairs = categoryPairs(store, attributes, { fromDay: windowStart, toDay: asOf, minCount, top: settings.pairs.top });
  return crossUpsellSectionOf(config, settings, result, pairs, { lines: store.lines.length, matched: attributes.matched, listed: products.ids.length }, last, asOf);
}

/**
 * The section from counted figures (by the store's lines above, or in an engine): `result` for
 * months up to `last`, `pairs` over the window ending on `asOf` (cut at max(minCount, k)).
 */
export function crossUpsellSectionOf(
  config: Config,
  settings: CommercialSettings,
  result: CrossUpsell,
  pairs: CategoryPairs,
  productLines: CrossUpsellSection["products"],
  last: number,
  asOf: number,
): { series: Series[]; section: CrossUpsellSection } {
  const k = config.minGroupSize;
  const first = last - result.classes.first.orders.length + 1;
  const small = (m: ClassMonths) => (i: number) => m.customers[i]! > 0 && m.customers[i]! < k;
  const classes = Object.fromEntries(LINE_CLASSES.map((c) => [c, publish(result.classes[c], small(result.classes[c]))])) as Record<LineClass, PublishedMonths>;
  const channels = Object.keys(result.byChannel);
  // Per month and class, channel cells sum (about) to the published total: protect them as a table.
  const hiddenCell = new Map<string, boolean>();
  for (const cls of ["cross_sell", "upsell"] as const) {
    for (let i = 0; i <= last - first; i++) {
      const values = channels.map((ch) => result.byChannel[ch]![cls].customers[i]!);
      const protection = protectTable(values, [{ cells: values.map((_, c) => c), status: classes[cls].customers[i] === null ? "secret" : "published" }], k);
      channels.forEach((ch, c) => {
        hiddenCell.set(`${cls}|${ch}|${i}`, protection.cells[c]! || !protection.safe);
      });
    }
  }
  const byChannel = channels.map((channel) => ({
    channel,
    crossSell: publish(result.byChannel[channel]!.cross_sell, (i) => hiddenCell.get(`cross_sell|${channel}|${i}`)!),
    upsell: publish(result.byChannel[channel]!.upsell, (i) => hiddenCell.get(`upsell|${channel}|${i}`)!),
  }));
  const windowStart = windowStartDay(asOf, config.kpi.activeWindowMonths);
  const minCount = Math.max(settings.pairs.minCount, k);
  const out: Series[] = [
    series("cross_sell.orders", "Orders met cross-sell", "count", "up", classes.cross_sell.orders),
    series("cross_sell.revenue", "Omzet cross-sell", "currency", "up", classes.cross_sell.revenue),
    series("upsell.orders", "Orders met upsell", "count", "up", classes.upsell.orders),
    series("upsell.revenue", "Omzet upsell", "currency", "up", classes.upsell.revenue),
  ];
  return {
    series: out,
    section: {
      month: monthKey(last),
      settings: settings.upsell,
      classes,
      byChannel,
      pairs: { from: isoDay(windowStart), to: isoDay(asOf), customers: pairs.customers < k ? null : pairs.customers, minCount, items: pairs.pairs },
      products: productLines,
    },
  };
}

/** The warning when products are listed but no order line found its product in the list (else none). */
export function productJoinWarnings(products: CrossUpsellSection["products"]): BundleWarning[] {
  if (!(products.listed > 0 && products.matched === 0)) return [];
  return [bundleWarning("product_join", {})];
}

/** The `digitalShare` section. */
export interface DigitalShareSection {
  groups: { digital: string[]; offline: string[] };
  /** Channels with orders that are neither digital nor offline (left out of every share). */
  unknownChannels: string[];
  unknown: { orders: (number | null)[]; revenue: (number | null)[] };
  /** Per channel its group and its shares of the classified orders and revenue per month (null for unknown channels). */
  channels: { name: string; group: DigitalShare["byChannel"][string]["group"]; ordersShare: (number | null)[]; revenueShare: (number | null)[] }[];
  trend: DigitalShare["trend"];
}

/**
 * The `digitalShare` section and the `digital.*` and `channel.<name>.revenue_share` series;
 * `computed` is the share and its protection already computed elsewhere (an engine load passes `store` null).
 */
export function digitalShareSection(
  store: Store | null,
  config: Config,
  first: number,
  last: number,
  computed?: { share: DigitalShare; protection: ChannelProtection },
): { series: Series[]; section: DigitalShareSection } {
  const result = computed?.share ?? digitalShare(store!, config.channels, first, last);
  // A share is hidden where the channel or group behind it is (1..k−1 people, or it would give one back).
  const hidden = computed?.protection ?? channelProtection(store!, config, first, last);
  const split = hidden.groups.digital.map((h, m) => h || hidden.groups.offline[m]!);
  const anyChannel = split.map((_, m) => Object.values(hidden.channels).some((months) => months[m]));
  const out: Series[] = [
    series("digital.orders_share", "Digitaal aandeel orders", "percent", "up", hide(result.digital.ordersShare, split)),
    series("digital.revenue_share", "Digitaal aandeel omzet", "percent", "up", hide(result.digital.revenueShare, split)),
  ];
  for (const [name, channel] of Object.entries(result.byChannel)) {
    if (channel.group === "unknown") continue;
    out.push(series(`channel.${name}.revenue_share`, `Omzetaandeel ${name}`, "percent", "none", hide(channel.revenueShare, hidden.channels[name]!)));
  }
  return {
    series: out,
    section: {
      groups: { digital: [...config.channels.digital], offline: [...config.channels.offline] },
      unknownChannels: result.unknownChannels,
      unknown: { orders: hide(result.unknown.orders, hidden.groups.unknown), revenue: hide(result.unknown.revenue, hidden.groups.unknown) },
      // The stacked breakdown hides a whole month when one of its channels is hidden (a gap, not a notch).
      channels: Object.entries(result.byChannel).map(([name, c]) => ({
        name,
        group: c.group,
        ordersShare: hide(c.ordersShare, anyChannel),
        revenueShare: hide(c.revenueShare, anyChannel),
      })),
      trend: result.trend,
    },
  };
}

/**
 * Sets `sameDays` on `out`: `compute` run for one compared month on the orders up to day d of it
 * (d = the partial month's day), for the month before and a year before (null before the data).
 */
function setSameDays(out: Series[], period: PeriodDays, compute: (store: Store, month: number) => Series[], store: Store): void {
  const at = (month: number) => {
    if (month < period.first) return new Map<string, number | null>();
    const values = compute(pinStore(store, sameDayOf(period, month)).store, month);
    return new Map(values.map((s) => [s.id, s.values[0] ?? null]));
  };
  const { previous, yearAgo } = comparedMonths(period);
  const before = at(previous);
  const year = at(yearAgo);
  for (const s of out) s.sameDays = { previous: before.get(s.id) ?? null, yearAgo: year.get(s.id) ?? null };
}

/**
 * The four commercial section builders for `buildBundle`, on the products, journeys and
 * experiments exports as read (`further.commercial`); a section whose data are absent is left
 * out of the bundle; `monthState` carries the month-level state of an incremental build.
 */
export function commercialSectionBuilders(monthState?: MonthStateExchange): SectionBuilder[] {
  const has = (config: Config, kind: string) => config.sources.some((s) => s.kind === kind);
  return [
    {
      name: "crossUpsell",
      build({ loaded, further, first, last, period }) {
        const data = further.commercial;
        const warnings: BundleWarning[] = [];
        if (loaded.store.lines.length === 0) return {};
        const settings = commercialSettings(loaded.config);
        const { series: out, section } = crossUpsellSection(loaded.store, loaded.config, settings, data.products, first, last, period.asOf, monthState);
        if (period.partial) {
          setSameDays(out, period, (store, month) => crossUpsellSection(store, loaded.config, settings, data.products, month, month, sameDayOf(period, month)).series, loaded.store);
        }
        warnings.push(...productJoinWarnings(section.products));
        return { series: out, section, warnings };
      },
    },
    {
      name: "digitalShare",
      build: ({ loaded, first, last, period }) => {
        const result = digitalShareSection(loaded.store, loaded.config, first, last);
        if (period.partial) setSameDays(result.series, period, (store, month) => digitalShareSection(store, loaded.config, month, month).series, loaded.store);
        return result;
      },
    },
    {
      name: "journeys",
      build({ loaded, further, first, last, period }) {
        if (!has(loaded.config, "journeys")) return {};
        const data = further.commercial;
        const rows = data.journeys.filter((r) => r.day <= period.asOf);
        // Like for like: every month cut at the partial month's day d. Monthly exports cannot be cut: no partial-month change.
        const d = dayOfMonth(period.asOf);
        const monthly = loaded.config.sources.some((source) => source.kind === "journeys" && source["period"] === "month");
        const partial = period.partial ? { sameDayRows: monthly ? [] : rows.filter((r) => dayOfMonth(r.day) <= d), days: d } : undefined;
        const result = journeysSection(rows, loaded.config, commercialSettings(loaded.config), first, last, partial);
        return { ...result, excluded: { journeyRows: data.journeys.length - rows.length } };
      },
    },
    {
      name: "experiments",
      build({ loaded, further, period }) {
        if (!has(loaded.config, "experiments")) return {};
        const data = further.commercial;
        const started = data.experiments.filter((e) => e.start <= period.asOf);
        const { section, warnings } = experimentsSection(started, commercialSettings(loaded.config), period.asOf);
        // Whole-experiment problems are reported once, by `buildBundle` (they come with the export).
        return { section, warnings: warnings.filter((w) => w.code !== "experiment_problem"), excluded: { experiments: data.experiments.length - started.length } };
      },
    },
  ];
}
