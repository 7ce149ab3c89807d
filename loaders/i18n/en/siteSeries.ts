/** Names of the bundle's series that the glossary does not define (English). */
import type { siteSeries as nl } from "../nl/siteSeries.ts";

export const siteSeries: typeof nl = {
  names: {
    "customers.known": "Known customers",
    "cross_sell.orders": "Orders with a cross-sell",
    "cross_sell.revenue": "Cross-sell revenue",
    "upsell.orders": "Orders with an upsell",
    "upsell.revenue": "Upsell revenue",
    "trigger.entries": "Customers in a trigger",
    "trigger.coverage": "Trigger coverage (offer in time)",
    "offers.acceptance_lift": "Acceptance lift at the moment (vs otherwise)",
    "signals.engaged_share": "Engaged customers (signal in the month)",
    "signals.silent": "Silent customers",
    "profile.completeness": "Customer profile completeness",
  },
  segment: {
    customers: (segment) => `Customers – ${segment}`,
    revenue: (segment) => `Revenue – ${segment}`,
    revenue_share: (segment) => `Revenue share – ${segment}`,
  },
  journey: (journey) => `Conversion ${journey}`,
  channel: (channel) => `Net revenue ${channel}`,
};
