/**
 * The product catalogue of the fictitious Noordwind Telecom: what the sample customers buy,
 * and its `data/products.csv` rendering. Prices are whole cents so no float ever reaches a file.
 */
import { pointAmount } from "./format.ts";

/** Product categories (the `category` value in every export). */
export const CATEGORIES = ["mobiel", "toestel", "accessoires", "tv", "internet", "verzekering"] as const;

/** A category id. */
export type Category = (typeof CATEGORIES)[number];

/** Categories with tiers 1–3, where a later, higher tier is an upsell. */
export const TIERED: readonly Category[] = ["mobiel", "toestel", "tv", "internet"];

/** One catalogue product. */
export interface Product {
  id: string;
  name: string;
  category: Category;
  /** 1 (entry) … 3 (top), or null for untiered products. */
  tier: number | null;
  /** List price in cents, incl. VAT. */
  cents: number;
}

const p = (id: string, name: string, category: Category, tier: number | null, cents: number): Product => ({ id, name, category, tier, cents });

/**
 * All products. `ACC-HOES-CAFÉ` deliberately holds a non-ASCII letter: it is sold in the
 * Windows-1252 store exports too, so a wrong decoding would break the join with products.csv.
 */
export const PRODUCTS: readonly Product[] = [
  p("MOB-SIM-BAS", "Sim-only Basis", "mobiel", 1, 1250),
  p("MOB-SIM-PLS", "Sim-only Plus", "mobiel", 2, 2250),
  p("MOB-SIM-ONB", "Sim-only Onbeperkt", "mobiel", 3, 3500),
  p("TST-INSTAP", "Toestel Instap 5G", "toestel", 1, 17900),
  p("TST-INSTAP-PLUS", "Toestel Instap Plus", "toestel", 1, 24900),
  p("TST-MIDDEN", "Toestel Midden 128 GB", "toestel", 2, 44900),
  p("TST-MIDDEN-PRO", "Toestel Midden Pro", "toestel", 2, 59900),
  p("TST-TOP", "Toestel Top 256 GB", "toestel", 3, 109900),
  p("TST-TOP-MAX", "Toestel Top Max 512 GB", "toestel", 3, 144900),
  p("ACC-HOES", "Hoesje", "accessoires", null, 1999),
  p("ACC-HOES-CAFÉ", "Hoesje café crème", "accessoires", null, 2499),
  p("ACC-SCHERM", "Screenprotector", "accessoires", null, 1499),
  p("ACC-KABEL", "USB-C-kabel 2 m", "accessoires", null, 999),
  p("ACC-LADER", "Snellader 25 W", "accessoires", null, 2999),
  p("ACC-OORDOP", "Draadloze oordopjes", "accessoires", null, 7999),
  p("TV-BAS", "TV Basis", "tv", 1, 1500),
  p("TV-PLS", "TV Plus", "tv", 2, 2500),
  p("TV-PREM", "TV Premium", "tv", 3, 4500),
  p("NET-100", "Internet 100 Mbit/s", "internet", 1, 4000),
  p("NET-500", "Internet 500 Mbit/s", "internet", 2, 5000),
  p("NET-1000", "Internet 1 Gbit/s", "internet", 3, 6500),
  p("VZK-SCHERM", "Schermverzekering", "verzekering", null, 3900),
  p("VZK-TOESTEL", "Toestelverzekering", "verzekering", null, 8900),
];

/** Products of a category (and tier, when given), in catalogue order. */
export function productsOf(category: Category, tier?: number): Product[] {
  return PRODUCTS.filter((x) => x.category === category && (tier === undefined || x.tier === tier));
}

/** `data/products.csv`: comma-delimited, decimal point, blank tier for untiered products. */
export function productsCsv(): string {
  const rows = PRODUCTS.map((x) => [x.id, x.name, x.category, x.tier === null ? "" : String(x.tier), pointAmount(x.cents)].join(","));
  return `${["product_id,product_name,category,tier,list_price", ...rows].join("\n")}\n`;
}
