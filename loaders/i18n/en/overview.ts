/** The overview page, English. */
import type { overview as nl } from "../nl/overview.ts";
import { counted } from "../plural.ts";

export const overview: typeof nl = {
  title: "Overview",
  leadPartial: (through) => `The customer base from the 1st through ${through} (the month is still running), compared with the same days of the month before and of last year.`,
  lead: (month) => `The customer base in ${month}, compared with the month before and the same month last year.`,
  goals: "Goals",
  keyFigures: "Key figures",
  trends: "Trends",
  revenueByChannel: "Net revenue by channel",
  revenueAxis: "Net revenue",
  revenueNote: "Revenue after returns, per calendar month in the reporting time zone.",
  revenueTable: "Net revenue by channel and month",
  ordersTitle: "Orders, with and without a customer number",
  ordersFallback: "Orders",
  unregisteredFallback: "Without a customer number",
  ordersNote: "Sales without a customer number (for example guest orders or till receipts) count in revenue and orders, not in customer figures.",
  ordersTable: "Orders per month",
  customersTitle: "Customers per month",
  active: "Active",
  new: "New",
  returning: "Returning",
  customersNote: (months) => `Active: at least one purchase in the last ${months}. New: first purchase in the month. Returning: bought in the month and had bought before.`,
  windowMonths: (n) => (n === 12 ? "twelve months" : `${counted(n, "month", "months")}`),
};
