/** Words inside the charts, English. */
import type { charts as nl } from "../nl/charts.ts";
import { counted } from "../plural.ts";

export const charts: typeof nl = {
  goal: { actual: "Actual", path: "Planned path", projection: "Trend", target: (value) => `Goal ${value}` },
  customers: "Customers",
  rfmGrid: { fm: "FM score ((F + M) / 2) →", r: "↑ R score (recency)" },
  migration: { new: "New", out: "Dropped out", to: "To (this month) →", from: "↑ From (last month)" },
  pAlive: { outside: "Outside the RFM window", chance: "Chance the customer is still active (%) →", share: "Share of the segment" },
  calibration: { predicted: "Predicted by the model", actual: "Actual", axis: "Repeat purchases (cumulative)" },
  triggerCoverage: "Offer in time",
  acceptanceLift: "Acceptance lift",
  conversion: "Conversion",
  control: (name) => `${name} (control)`,
  revenueShare: "Share of revenue",
  orders: "Orders",
  filled: "Filled in",
  silence: { silent: "Went silent", returned: "Came back" },
  ramp: { hidden: (k) => `fewer than ${counted(k, "customer", "customers")} (not shown)`, segmentEdge: "edge: colour of the segment", stayed: "stayed in the same segment" },
};
