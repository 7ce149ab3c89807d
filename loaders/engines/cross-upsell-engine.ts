/**
 * The cross-/upsell section of an engine load: the lines are classified in the engine
 * (`sql/cross-upsell.ts`) and only per month × class × channel counts and the category-pair
 * counts come back; they become the `CrossUpsell` and `CategoryPairs` the stream path computes
 * from its store, and the same `crossUpsellSectionOf` builds the section and series.
 */
import { crossUpsellSectionOf, productJoinWarnings } from "../bundle/commercial.ts";
import { comparedMonths, type PeriodDays, sameDayOf } from "../bundle/period.ts";
import type { SectionResult } from "../bundle/build-bundle.ts";
import { windowStartDay } from "../lib/as-of.ts";
import { categoryPairsOfCounts } from "../metrics/category-pairs.ts";
import { type ClassMonths, type CrossUpsell, LINE_CLASSES, type LineClass } from "../metrics/cross-upsell.ts";
import { commercialSettings } from "../schemas/commercial.ts";
import type { Config } from "../schemas/config.ts";
import type { ProductCatalog } from "../sources/products.ts";
import type { EngineAdapter } from "./adapter.ts";
import { categoryLinesSql, classCountsSql, classifiedLinesSql, pairCountsSql, productLinesSql } from "./sql/cross-upsell.ts";

type Row = Record<string, unknown>;

/** The `CrossUpsell` of months `first..last` from `classCountsSql` rows; `channels` every channel name. */
export function crossUpsellOfCounts(rows: readonly Row[], channels: readonly string[], first: number, last: number): CrossUpsell {
  const months = last - first + 1;
  const empty = (): ClassMonths => ({ lines: new Array(months).fill(0), orders: new Array(months).fill(0), customers: new Array(months).fill(0), revenue: new Array(months).fill(0) });
  const classes = Object.fromEntries(LINE_CLASSES.map((c) => [c, empty()])) as Record<LineClass, ClassMonths>;
  const byChannel: CrossUpsell["byChannel"] = {};
  for (const name of [...channels].sort()) byChannel[name] = { cross_sell: empty(), upsell: empty() };
  const cents = new Map<ClassMonths, number[]>();
  const add = (target: ClassMonths, m: number, r: Row) => {
    target.lines[m]! += Number(r.n_lines);
    target.orders[m]! += Number(r.n_orders);
    if (!cents.has(target)) cents.set(target, new Array<number>(months).fill(0));
    cents.get(target)![m]! += Number(r.n_cents);
  };
  for (const r of rows) {
    const m = Number(r.month) - first;
    const name = LINE_CLASSES[Number(r.cls)]!;
    const channel = String(r.channel);
    if (channel === "") {
      classes[name].customers[m] = Number(r.n_customers);
      continue;
    }
    add(classes[name], m, r);
    if (name === "cross_sell" || name === "upsell") {
      const target = byChannel[channel]![name];
      add(target, m, r);
      target.customers[m] = Number(r.n_customers);
    }
  }
  for (const [target, sums] of cents) target.revenue = sums.map((c) => c / 100);
  return { classes, byChannel };
}

/** What the engine's cross-/upsell reads besides the connection. */
export interface CrossUpsellInput {
  lines: string;
  orders: string;
  noIds: readonly number[];
  channels: readonly string[];
  products: ProductCatalog;
}

/** Runs the classification and counts in the engine and builds the section (nothing when no line names a category). */
export async function engineCrossUpsell(adapter: EngineAdapter, input: CrossUpsellInput, config: Config, period: PeriodDays): Promise<SectionResult> {
  const sql = adapter.dialect;
  // No source names a category: no line can be classified (the stream's store has no lines then).
  if (!config.sources.some((s) => s.kind === "transactions" && "engine" in s && (s.columns as { category?: string }).category !== undefined)) return {};
  const settings = commercialSettings(config);
  const { products } = input;
  const catalog = products.ids.map((product, i) => ({ product, category: products.categories[i] ?? "", tier: products.tiers[i] ?? 0, hasTier: products.tiers[i] === null || products.tiers[i] === undefined ? 0 : 1 }));
  const categoryLines = await adapter.keep("kb_category_lines", categoryLinesSql(sql, { lines: input.lines, orders: input.orders, noIds: input.noIds, asOf: period.asOf, catalog }));
  const [check] = await adapter.query(productLinesSql(categoryLines));
  const lineCount = Number(check?.lines ?? 0);
  if (lineCount === 0) return {};
  const classified = await adapter.keep("kb_classified_lines", classifiedLinesSql(sql, categoryLines, settings.upsell));
  const result = crossUpsellOfCounts(await adapter.query(classCountsSql(sql, classified, period.first, period.last, period.asOf)), input.channels, period.first, period.last);
  const windowStart = windowStartDay(period.asOf, config.kpi.activeWindowMonths);
  const pairRows = await adapter.query(pairCountsSql(sql, categoryLines, windowStart, period.asOf));
  const names = pairRows.filter((r) => r.kind === "x").map((r) => String(r.a));
  const index = new Map(names.map((name, i) => [name, i]));
  const perCategory = pairRows.filter((r) => r.kind === "x").map((r) => Number(r.n));
  const counts = pairRows.filter((r) => r.kind === "p").map((r) => ({ from: index.get(String(r.a))!, to: index.get(String(r.b))!, customers: Number(r.n) }));
  const total = Number(pairRows.find((r) => r.kind === "n")?.n ?? 0);
  const minCount = Math.max(settings.pairs.minCount, config.minGroupSize);
  const pairs = categoryPairsOfCounts(names, total, perCategory, counts, { minCount, top: settings.pairs.top });
  const productLines = { lines: lineCount, matched: Number(check?.matched ?? 0), listed: products.ids.length };
  const { series: out, section } = crossUpsellSectionOf(config, settings, result, pairs, productLines, period.last, period.asOf);
  if (period.partial) {
    const { previous, yearAgo } = comparedMonths(period);
    const at = async (month: number) => {
      if (month < period.first) return new Map<string, number | null>();
      const one = crossUpsellOfCounts(await adapter.query(classCountsSql(sql, classified, month, month, sameDayOf(period, month))), input.channels, month, month);
      return new Map(crossUpsellSectionOf(config, settings, one, pairs, productLines, month, sameDayOf(period, month)).series.map((s) => [s.id, s.values[0] ?? null]));
    };
    const before = await at(previous);
    const year = await at(yearAgo);
    for (const s of out) s.sameDays = { previous: before.get(s.id) ?? null, yearAgo: year.get(s.id) ?? null };
  }
  return { series: out, section, warnings: productJoinWarnings(productLines) };
}
