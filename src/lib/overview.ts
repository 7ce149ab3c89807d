/** The overview's KPI cards, in display order: the overview page and the monthly report show the same figures. */
export const OVERVIEW_KPI_IDS: readonly string[] = [
  "revenue", "orders", "aov", "customers.active", "customers.new", "customers.returning",
  "active.frequency", "active.spend", "top.revenue_share", "lapsed_top.customers", "lapsed_top.revenue_at_stake",
  "orders.registered_share", "digital.revenue_share", "returns",
];
