/**
 * What goes into one sale: the category a customer buys (first purchase, cross-sell into a new
 * category, upsell to a higher tier, or a repeat) and the lines that come with it.
 */
import { type Category, PRODUCTS, type Product, productsOf, TIERED } from "./catalog.ts";
import type { Random } from "./random.ts";
import type { SaleLine } from "./sale.ts";

/** What the basket logic knows of a customer: categories owned with their tier (0 = untiered). */
export interface Holder {
  portfolio: Map<Category, number>;
  /** Spend level around 1: higher means higher tiers on entry and more upsell. */
  spend: number;
}

const FIRST: readonly Category[] = ["mobiel", "toestel", "accessoires", "internet", "tv"];
const FIRST_WEIGHTS = [0.38, 0.22, 0.15, 0.13, 0.12];
/** Categories a customer can be cross-sold into (insurance comes with a phone). */
const CROSS: readonly Category[] = ["mobiel", "toestel", "tv", "internet", "accessoires"];

/** Entry tier for a new tiered category, by spend level. */
function entryTier(rng: Random, spend: number): number {
  const weights = spend > 1.3 ? [0.2, 0.4, 0.4] : spend < 0.8 ? [0.6, 0.3, 0.1] : [0.4, 0.4, 0.2];
  return 1 + rng.weighted(weights);
}

/** A product of the category at the tier (any product of an untiered category). */
function productFor(rng: Random, category: Category, tier: number): Product {
  return rng.pick(TIERED.includes(category) ? productsOf(category, tier) : productsOf(category));
}

/** November deals: phones and accessories 15 % off in the Black Friday month. */
function unitCents(product: Product, month: number): number {
  const deal = month % 12 === 10 && (product.category === "toestel" || product.category === "accessoires");
  return deal ? Math.round(product.cents * 0.85) : product.cents;
}

/** A line of `product`; accessories sometimes come in twos. */
function line(rng: Random, product: Product, month: number): SaleLine {
  const quantity = product.category === "accessoires" && rng.chance(0.15) ? 2 : 1;
  return { product, quantity, unitCents: unitCents(product, month) };
}

/** Picks the main category of a registered customer's sale and updates their portfolio. */
function mainCategory(rng: Random, holder: Holder): { category: Category; tier: number } {
  const owned = holder.portfolio;
  if (owned.size === 0) {
    const category = FIRST[rng.weighted(FIRST_WEIGHTS)]!;
    return { category, tier: TIERED.includes(category) ? entryTier(rng, holder.spend) : 0 };
  }
  const unowned = CROSS.filter((c) => !owned.has(c));
  const r = rng.next();
  if (r < 0.12 && unowned.length > 0) {
    const category = rng.pick(unowned);
    return { category, tier: TIERED.includes(category) ? entryTier(rng, holder.spend) : 0 };
  }
  const tiered = TIERED.filter((c) => owned.has(c));
  if (r < 0.55 || tiered.length === 0) return { category: "accessoires", tier: 0 };
  const category = rng.pick(tiered);
  const tier = owned.get(category)!;
  const upsell = tier < 3 && rng.chance(Math.min(0.35, 0.12 * holder.spend));
  return { category, tier: upsell ? tier + 1 : tier };
}

/** The lines of a registered customer's sale in `month`; records new categories and tiers. */
export function registeredBasket(rng: Random, holder: Holder, month: number): SaleLine[] {
  const { category, tier } = mainCategory(rng, holder);
  holder.portfolio.set(category, Math.max(tier, holder.portfolio.get(category) ?? 0));
  const lines = [line(rng, productFor(rng, category, tier), month)];
  if (category === "toestel") {
    if (rng.chance(0.4)) lines.push(line(rng, productFor(rng, "accessoires", 0), month));
    if (rng.chance(0.25)) {
      lines.push(line(rng, productFor(rng, "verzekering", 0), month));
      holder.portfolio.set("verzekering", 0);
    }
  } else if (category === "internet" && !holder.portfolio.has("tv") && rng.chance(0.15)) {
    lines.push(line(rng, productFor(rng, "tv", 1), month));
    holder.portfolio.set("tv", 1);
  } else if (category === "mobiel" && rng.chance(0.1)) {
    lines.push(line(rng, productFor(rng, "accessoires", 0), month));
  }
  if (!holder.portfolio.has("accessoires") && lines.some((l) => l.product.category === "accessoires")) holder.portfolio.set("accessoires", 0);
  return lines;
}

/** The lines of an unregistered (walk-in or guest) sale: mostly accessories, some prepaid phones and sims. */
export function walkInBasket(rng: Random, month: number): SaleLine[] {
  const kind = rng.weighted([0.6, 0.15, 0.25]);
  const first =
    kind === 0 ? productFor(rng, "accessoires", 0) : kind === 1 ? productFor(rng, "toestel", rng.chance(0.8) ? 1 : 2) : productFor(rng, "mobiel", 1);
  const lines = [line(rng, first, month)];
  if (rng.chance(0.3)) lines.push(line(rng, productFor(rng, "accessoires", 0), month));
  return lines;
}

/** Every catalogue product id, for checks. */
export const PRODUCT_IDS: readonly string[] = PRODUCTS.map((x) => x.id);
