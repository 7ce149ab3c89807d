/**
 * Test-only builders for the commercial metrics: a `Store` from inline order lines (through the
 * real StoreBuilder, whose own tests cover it) and a product catalog from inline rows.
 */
import type { ProductCatalog } from "../../loaders/sources/products.ts";
import type { Store } from "../../loaders/model/store.ts";
import { StoreBuilder } from "../../loaders/sources/store-builder.ts";

/** One order line: order id, customer (null = unregistered), ISO day, channel, category, product, amount, quantity. */
export type LineRow = [order: string, customer: string | null, iso: string, channel: string, category: string, product: string | null, amount: number, quantity?: number];

/** Day number of an ISO date, computed without the modules under test. */
export function isoDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** Month index (y·12 + m − 1) of an ISO month `yyyy-mm`. */
export function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** A store holding `rows` as order lines. */
export function storeOfLines(rows: readonly LineRow[]): Store {
  const builder = new StoreBuilder();
  for (const [orderId, customerId, iso, channel, category, product, amount, quantity] of rows) {
    const added = builder.add({ source: 0, file: 0, orderId, customerId, day: isoDay(iso), amount, quantity: quantity ?? 1, channel, product, category });
    if (!added.ok) throw new Error(`fixture row of order ${orderId} not added: ${added.reason}`);
  }
  return builder.finish();
}

/** A catalog from rows `[id, category | null, tier | null]`. */
export function catalogOf(rows: readonly [string, string | null, number | null][]): ProductCatalog {
  return {
    ids: rows.map((r) => r[0]),
    names: rows.map(() => null),
    categories: rows.map((r) => r[1]),
    tiers: rows.map((r) => r[2]),
    prices: rows.map(() => null),
    index: new Map(rows.map((r, i) => [r[0], i])),
  };
}
