/** How the site and reports name a moment and a comparison (English). */
import type { period as nl } from "../nl/period.ts";

export const period: typeof nl = {
  monthEnd: (month) => `end of ${month}`,
  onDay: (day) => `on ${day}`,
  vsLastMonth: "vs last month",
  vsLastYear: "vs last year",
  vsSameDaysLastMonth: "vs same days last month",
  vsSameDaysLastYear: "vs same days last year",
};
