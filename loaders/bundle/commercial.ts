/**
 * The commercial bundle sections: `crossUpsell` (cross-/upsell per month and channel, top
 * "bought X, then Y" pairs), `digitalShare` (digital share of orders and revenue), `journeys`
 * and `experiments` (in their own files), plus the section builders that read the products,
 * journeys and experiments exports once for all four.
 */
import { protectTable } from "../lib/protect-table.ts";
import { isoDay, monthEnd, monthKey, monthStart } from "../lib/months.ts";
import { categoryPairs, type CategoryPair } from "../metrics/category-pairs.ts";
import { crossUpsell, type ClassMonths, LINE_CLASSES, type LineClass } from "../metrics/cross-upsell.ts";
import { digitalShare, type DigitalShare } from "../metrics/digital-share.ts";
import { type CommercialSettings, commercialSettings, type UpsellSettings } from "../schemas/commercial.ts";
import type { Config } from "../schemas/config.ts";
import { type CommercialData, loadCommercialSources } from "../sources/load-commercial.ts";
import type { Store } from "../sources/orders.ts";
import { lineAttributes, type ProductCatalog } from "../sources/products.ts";
import type { SectionBuilder } from "./build-bundle.ts";
import { experimentsSection } from "./experiments.ts";
import { journeysSection } from "./journeys.ts";
import { series } from "./series.ts";
import type { BundleWarning, Series } from "./types.ts";

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
  /** The top pairs over the window ending at the last month end. */
  pairs: { from: string; to: string; customers: number | null; minCount: number; items: CategoryPair[] };
  /** How many order lines found their product in the products export. */
  products: { lines: number; matched: number; listed: number };
}

/** Hides a class's months where fewer than `k` customers are behind the figures. */
function publish(m: ClassMonths, hidden: (i: number) => boolean): PublishedMonths {
  const show = <T>(v: T, i: number) => (hidden(i) ? null : v);
  return { orders: m.orders.map(show), revenue: m.revenue.map(show), customers: m.customers.map(show) };
}

/** The `crossUpsell` section and the `cross_sell.*` / `upsell.*` series for months `first..last`. */
export function crossUpsellSection(
  store: Store,
  config: Config,
  settings: CommercialSettings,
  products: ProductCatalog,
  first: number,
  last: number,
): { series: Series[]; section: CrossUpsellSection } {
  const k = config.minGroupSize;
  const attributes = lineAttributes(store, products);
  const result = crossUpsell(store, attributes, settings.upsell, first, last);
  const small = (m: ClassMonths) => (i: number) => m.customers[i]! > 0 && m.customers[i]! < k;
  const classes = Object.fromEntries(LINE_CLASSES.map((c) => [c, publish(result.classes[c], small(result.classes[c]))])) as Record<LineClass, PublishedMonths>;
  const channels = Object.keys(result.byChannel);
  // Per month and class, channel cells sum (about) to the published total: protect them as a table.
  const hiddenCell = new Map<string, boolean>();
  for (const cls of ["cross_sell", "upsell"] as const) {
    for (let i = 0; i <= last - first; i++) {
      const values = channels.map((ch) => result.byChannel[ch]![cls].customers[i]!);
      const protection = protectTable(values, [{ cells: values.map((_, c) => c), status: classes[cls].customers[i] === null ? "secret" : "published" }], k);
      channels.forEach((ch, c) => hiddenCell.set(`${cls}|${ch}|${i}`, protection.cells[c]! || !protection.safe));
    }
  }
  const byChannel = channels.map((channel) => ({
    channel,
    crossSell: publish(result.byChannel[channel]!.cross_sell, (i) => hiddenCell.get(`cross_sell|${channel}|${i}`)!),
    upsell: publish(result.byChannel[channel]!.upsell, (i) => hiddenCell.get(`upsell|${channel}|${i}`)!),
  }));
  const windowStart = monthStart(last - config.kpi.activeWindowMonths + 1);
  const minCount = Math.max(settings.pairs.minCount, k);
  const pairs = categoryPairs(store, attributes, { fromDay: windowStart, toDay: monthEnd(last), minCount, top: settings.pairs.top });
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
      pairs: { from: isoDay(windowStart), to: isoDay(monthEnd(last)), customers: pairs.customers < k ? null : pairs.customers, minCount, items: pairs.pairs },
      products: { lines: store.lines.length, matched: attributes.matched, listed: products.ids.length },
    },
  };
}

/** The `digitalShare` section. */
export interface DigitalShareSection {
  groups: { digital: string[]; offline: string[] };
  /** Channels with orders that are neither digital nor offline (left out of every share). */
  unknownChannels: string[];
  unknown: { orders: number[]; revenue: number[] };
  /** Per channel its group and its shares of the classified orders and revenue per month (null for unknown channels). */
  channels: { name: string; group: DigitalShare["byChannel"][string]["group"]; ordersShare: (number | null)[]; revenueShare: (number | null)[] }[];
  trend: DigitalShare["trend"];
}

/**
 * The `digitalShare` section and the `digital.*` and `channel.<name>.revenue_share` series;
 * `computed` is the share already computed elsewhere (an engine load passes `store` null).
 */
export function digitalShareSection(
  store: Store | null,
  config: Config,
  first: number,
  last: number,
  computed?: DigitalShare,
): { series: Series[]; section: DigitalShareSection } {
  const result = computed ?? digitalShare(store!, config.channels, first, last);
  const out: Series[] = [
    series("digital.orders_share", "Digitaal aandeel orders", "percent", "up", result.digital.ordersShare),
    series("digital.revenue_share", "Digitaal aandeel omzet", "percent", "up", result.digital.revenueShare),
  ];
  for (const [name, channel] of Object.entries(result.byChannel)) {
    if (channel.group === "unknown") continue;
    out.push(series(`channel.${name}.revenue_share`, `Omzetaandeel ${name}`, "percent", "none", channel.revenueShare));
  }
  return {
    series: out,
    section: {
      groups: { digital: [...config.channels.digital], offline: [...config.channels.offline] },
      unknownChannels: result.unknownChannels,
      unknown: { orders: result.unknown.orders, revenue: result.unknown.revenue },
      channels: Object.entries(result.byChannel).map(([name, c]) => ({ name, group: c.group, ordersShare: c.ordersShare, revenueShare: c.revenueShare })),
      trend: result.trend,
    },
  };
}

/**
 * The four commercial section builders for `buildBundle`. They read the products, journeys and
 * experiments exports once (the first builder returns their row accounts); a section whose
 * data are absent is left out of the bundle.
 */
export function commercialSectionBuilders(): SectionBuilder[] {
  let loading: Promise<CommercialData> | undefined;
  const load = (config: Config, dataDir: string) => (loading ??= loadCommercialSources(config, dataDir));
  const has = (config: Config, kind: string) => config.sources.some((s) => s.kind === kind);
  return [
    {
      name: "crossUpsell",
      async build({ loaded, dataDir, first, last }) {
        const data = await load(loaded.config, dataDir);
        const warnings: BundleWarning[] = data.warnings.map((message) => ({ code: "experiment_problem", message }));
        if (loaded.store.lines.length === 0) return { accounts: data.accounts, warnings };
        const { series: out, section } = crossUpsellSection(loaded.store, loaded.config, commercialSettings(loaded.config), data.products, first, last);
        if (section.products.listed > 0 && section.products.matched === 0) {
          warnings.push({ code: "product_join", message: "Geen enkele orderregel heeft een product uit het productbestand; controleer de productkolommen." });
        }
        return { series: out, section, accounts: data.accounts, warnings };
      },
    },
    { name: "digitalShare", build: ({ loaded, first, last }) => digitalShareSection(loaded.store, loaded.config, first, last) },
    {
      name: "journeys",
      async build({ loaded, dataDir, first, last }) {
        if (!has(loaded.config, "journeys")) return {};
        const data = await load(loaded.config, dataDir);
        return journeysSection(data.journeys, loaded.config, commercialSettings(loaded.config), first, last);
      },
    },
    {
      name: "experiments",
      async build({ loaded, dataDir }) {
        if (!has(loaded.config, "experiments")) return {};
        const data = await load(loaded.config, dataDir);
        const { section, warnings } = experimentsSection(data.experiments, commercialSettings(loaded.config), loaded.store.lastDay ?? 0);
        // Whole-experiment problems were already reported by the crossUpsell builder.
        return { section, warnings: warnings.filter((w) => w.code !== "experiment_problem") };
      },
    },
  ];
}
