/**
 * The sample's in-memory sale: one order or store receipt before it is written to an export.
 * Money is whole cents; days are local Amsterdam day numbers (see `lib/months.ts`).
 */
import type { Product } from "./catalog.ts";

/** Canonical channels of the sample: digital (web, app, smart_tv) and offline (store, phone). */
export type Channel = "web" | "app" | "smart_tv" | "store" | "phone";

/** Digital channels go to the webshop export, offline ones to the store export. */
export const DIGITAL: readonly Channel[] = ["web", "app", "smart_tv"];

/** One line of a sale. A return line has a negative quantity. */
export interface SaleLine {
  product: Product;
  quantity: number;
  /** Unit price in cents (positive, also on returns). */
  unitCents: number;
}

/** One order (webshop) or receipt (store, phone). */
export interface Sale {
  /** Customer id (`K100001` …), or null for an unregistered sale. */
  customer: string | null;
  /** Local day number (Europe/Amsterdam). */
  day: number;
  /** Local minute of the day; never 02:00–02:59 (the ambiguous summer-time hour). */
  minute: number;
  channel: Channel;
  lines: SaleLine[];
  /** True for a return: all lines have negative quantities. */
  isReturn: boolean;
}

/** Whether a sale goes to the webshop export. */
export function isDigital(sale: Sale): boolean {
  return DIGITAL.includes(sale.channel);
}

/** Net amount of a sale in cents. */
export function saleCents(sale: Sale): number {
  let total = 0;
  for (const line of sale.lines) total += line.quantity * line.unitCents;
  return total;
}
