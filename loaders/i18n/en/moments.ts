/** The moment-of-truth page and its tables, English. Trigger names and actions are data; a rule is worded from its condition (`rules`). */
import type { moments as nl } from "../nl/moments.ts";
import { counted } from "../plural.ts";

export const moments: typeof nl = {
  rules: {
    usage: (signal, percent) => `${signal} ≥ ${percent}%`,
    threshold: (signal, value) => `${signal}: value ≥ ${value}`,
    rising: (signal, factor, days) => `${signal} runs ${factor} × as fast as usual (median of the ${counted(days, "day", "days")} before)`,
    count: (times, signal, days) => `${times} × ${signal.toLowerCase()} within ${counted(days, "day", "days")}`,
    silence: (days) => `${counted(days, "day", "days")} without any signal or purchase`,
    overdue: (factor) => `Overdue for the next purchase (${factor} × the usual interval)`,
  },
  title: "Moment of truth",
  lead: "Does the offer come at the moment the customer is open to it — and is it accepted more often then?",
  missing: "export of signals and offers (kind: signals and kind: offers)",
  intro: (day, days) =>
    `As of ${day}. A trigger is a moment at which a fitting offer is accepted more often, such as an almost full data bundle or calling customer service twice. In time = within ${counted(days, "day", "days")}.`,
  keyFigures: "Key figures",
  acceptance: "Acceptance",
  triggers: "Triggers",
  coverageTitle: "Offer in time per trigger",
  coverageNote: (days, k) => `Per month in which customers entered the trigger: the share that got an offer within ${counted(days, "day", "days")}. Months with fewer than ${counted(k, "customer", "customers")} are left out; the last month is not finished yet.`,
  howTitle: "How we calculate",
  how: (days) => [
    ["Triggers are set in ", "data/klantbeeld.yaml", " under ", "triggers:", " and are evaluated per customer per day; a customer enters the trigger on the day the rule starts to hold."],
    [`In time: an offer from the day of the trigger up to ${counted(days, "day", "days")} later. A trigger whose days have not passed yet and that has no offer yet does not count yet.`],
    [`Acceptance at the moment: offers within ${counted(days, "day", "days")} after a trigger against all other offers, with the same test as the A/B tests (two-proportion z-test, interval of the relative lift).`],
    ["This is a comparison, not an experiment: customers in a trigger may say yes more often for other reasons too."],
  ],
  table: {
    title: "Triggers: who got an offer in time?",
    trigger: "Trigger",
    entries: "Customers in trigger",
    within: (days) => `Offer within ${counted(days, "day", "days")}`,
    median: "Median to offer",
    never: "Never an offer",
    lift: "Acceptance lift",
    action: (action) => ` · Action: ${action}`,
    all: "All triggers",
    note: (from, days, k) =>
      `Last 12 months (from ${from}). Offer within ${counted(days, "day", "days")}: of the customers who entered the trigger and whose ${counted(days, "day", "days")} have passed. Median: days from trigger to the first offer, for those who got one. “–”: fewer than ${counted(k, "customer", "customers")}.`,
  },
  segments: {
    title: "Per segment",
    segment: "Segment",
    inTrigger: "In trigger",
    inTime: "In time",
    lift: "Lift",
    outside: "No recent purchase",
    note: "Segment: the RFM segment at the end of the last month; “No recent purchase”: customers without a purchase in the RFM window. Lift: only where both groups are large enough; hover for the interval.",
  },
  months: {
    summary: "Figures per month",
    region: (trigger) => `Per month: ${trigger}`,
    inTrigger: "In trigger",
    inTime: "In time",
    median: "Median",
    never: "Never",
    note: (k, days) => `“–”: fewer than ${counted(k, "customer", "customers")}, or (in time) not yet to be judged because the ${counted(days, "day", "days")} have not passed.`,
  },
  days: (n) => `${counted(n, "day", "days")}`,
  to: "to",
};
