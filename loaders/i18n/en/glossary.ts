/**
 * English glossary: the same entries as the Dutch reference (typed against it). The loaders'
 * "expected" texts are English already, so no rules rewrite them.
 */
import type { glossary as nl } from "../nl/glossary.ts";
import type { Define } from "../types.ts";
import { counted } from "../plural.ts";

const pct = (share: number): string => `${Math.round(share * 100)}%`;

const terms: Record<string, Define> = {
  revenue: () => ({ name: "Net revenue", definition: "Revenue from sales minus returns in the calendar month, all channels, with and without a customer number." }),
  orders: () => ({ name: "Orders", definition: "Sales orders in the month, with and without a customer number; returns do not count." }),
  aov: () => ({ name: "Average order value", definition: "Sales revenue ÷ sales orders in the month, all orders (including those without a customer number)." }),
  returns: () => ({ name: "Returns", definition: "Return orders in the month." }),
  "orders.registered_share": () => ({ name: "Share of orders from known customers", definition: "Orders with a customer number ÷ all orders in the month." }),
  "orders.unregistered": () => ({ name: "Orders without a customer number", definition: "Sales without a customer number (for example guest orders or till receipts): they count in revenue and orders, not in customer figures." }),
  "customers.active": (p) => ({ name: `Active customers (${p.activeWindowMonths} mo)`, definition: `Customers with at least one purchase in the last ${counted(p.activeWindowMonths, "month", "months")}.` }),
  "customers.new": () => ({ name: "New customers", definition: "Customers whose first purchase was in the month." }),
  "customers.returning": () => ({ name: "Returning customers", definition: "Customers who bought in the month and had bought before." }),
  "active.frequency": (p) => ({ name: "Orders per active customer", definition: `Orders of active customers in the last ${counted(p.activeWindowMonths, "month", "months")} ÷ the number of active customers.` }),
  "active.spend": (p) => ({ name: "Spend per active customer", definition: `Net revenue of active customers in the last ${counted(p.activeWindowMonths, "month", "months")} ÷ the number of active customers.` }),
  "top.revenue_share": (p) => ({ name: `Revenue share of the top ${pct(p.topShare)} customers`, definition: `Share of the last ${counted(p.activeWindowMonths, "month", "months")}' revenue that comes from the ${pct(p.topShare)} of customers with the most revenue.` }),
  "lapsed_top.customers": (p) => ({ name: "Lapsed top customers", definition: `Top customers (the ${pct(p.topShare)} with the most revenue) who bought nothing for ${counted(p.lapsedDays, "day", "days")} or longer.` }),
  "lapsed_top.revenue_at_stake": (p) => ({ name: "Revenue of lapsed top customers", definition: `Revenue over the last ${counted(p.activeWindowMonths, "month", "months")} of the top customers who bought nothing for ${counted(p.lapsedDays, "day", "days")} or longer.` }),
  "digital.orders_share": () => ({ name: "Digital share of orders", definition: "Orders through digital channels ÷ orders through all digital and offline channels." }),
  "digital.revenue_share": () => ({ name: "Digital share of revenue", definition: "Net revenue through digital channels ÷ that through all digital and offline channels." }),
  "segment.aov": (p) => ({ name: `Order value in the segment (${p.activeWindowMonths} mo)`, definition: `Revenue ÷ orders of the segment's customers over the last ${counted(p.activeWindowMonths, "month", "months")}; only orders with a customer number, so different from the month's average order value.` }),
  "repurchase.spend": () => ({ name: "Expected spend per purchase", definition: "The spend per purchase the spend model (Gamma-Gamma) expects per customer, averaged over the customers in the group." }),
  "experiment.chance": () => ({ name: "Chance the variant is better", definition: "Bayesian probability that the variant's conversion is higher than the control's, rounded to one decimal as in the table." }),
};

export const glossary: typeof nl = {
  terms,
  channels: {
    web: "Web shop",
    app: "App",
    smart_tv: "Smart TV",
    store: "Store",
    phone: "Phone",
    beurs: "Trade fair",
  },
  reasons: {
    wrong_column_count: "Wrong number of columns",
    missing_order_id: "Order number missing",
    invalid_customer_id: "Invalid customer number",
    invalid_date: "Invalid date",
    invalid_amount: "Invalid amount",
    invalid_quantity: "Invalid quantity",
    invalid_unit_price: "Invalid unit price",
    missing_channel: "Channel missing",
    invalid_product: "Invalid product",
    invalid_category: "Invalid category",
    order_conflict: "Lines of one order contradict each other",
    duplicate_order: "Duplicate order",
    duplicate_row: "Duplicate line",
    duplicate_product: "Duplicate product",
    duplicate_variant: "Duplicate variant",
    invalid_visitors: "Invalid number of visitors",
    invalid_conversions: "Invalid number of conversions",
    missing_journey: "Journey missing",
    missing_experiment: "Experiment missing",
    missing_variant: "Variant missing",
    missing_product: "Product missing",
    invalid_segment: "Invalid customer type",
    invalid_revenue: "Invalid revenue",
    invalid_price: "Invalid price",
    invalid_tier: "Invalid price tier",
    invalid_start: "Invalid start date",
    invalid_end: "Invalid end date",
    invalid_control: "Invalid control group",
    invalid_name: "Invalid name",
    invalid_planned_share: "Invalid planned share",
    unknown_channel: "Unknown channel",
    experiment_srm: "Visitor split deviates from plan",
    experiment_problem: "Problem with an experiment",
    product_join: "Products not found",
    stale_data: "Data out of date",
    fit_not_converged: "Model did not converge",
    business_baseline_missing: "Business case baseline missing",
    rejected_rows: "Rejected lines",
  },
  expected: [],
  tone: { good: "favourable", bad: "unfavourable", chance: "not demonstrable" },
};
