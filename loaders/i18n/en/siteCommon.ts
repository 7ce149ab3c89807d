/** Words of the site's shared cards and parts (English). */
import type { siteCommon as nl } from "../nl/siteCommon.ts";
import { counted } from "../plural.ts";

export const siteCommon: typeof nl = {
  tableSummary: "Figures as a table",
  table: "Table",
  month: "Month",
  missing: { before: (what) => `This data set holds no ${what}. The administrator can add them: see `, link: "For administrators", after: " on the Data quality page." },
  definitions: "Terms on this page",
  periodNote: {
    heading: (month, through, days, daysInMonth) => `${month} is still running: through ${through} (${days} of ${counted(daysInMonth, "day", "days")})`,
    totals: (span, previous, yearAgo) => `Monthly totals (revenue, orders) cover ${span} and are compared with ${previous} and ${yearAgo}.`,
    standing: (on, previous, yearAgo) => `Standing figures (active customers, segments) are as of ${on}, compared with ${previous} and ${yearAgo}.`,
    lower: "The last month in the charts is therefore lower than a full month.",
    complete: (month) => ` Goals and the calculator cover ${month}, the last complete month.`,
    pinned: (asOf, last) => `Report date pinned at ${asOf}: later data do not count (newest transaction ${last}).`,
  },
  windowStart: (what, months, first, from) =>
    `${what} looks back ${counted(months, "month", "months")}; the data begin in ${first}, so the first full window ends in ${from}. Earlier months would show the build-up as growth.`,
  thisMetric: "This metric",
};
