/** The experiments page: result cards, verdicts, planning (English). */
import type { experiments as nl } from "../nl/experiments.ts";

export const experiments: typeof nl = {
  title: "Experiments",
  lead: "What did the A/B tests deliver, and how many visitors does a new test need?",
  missing: "export of A/B tests (kind: experiments)",
  intro: (day: string) => `As of ${day}. Newest test first. A test that is still running gets an interim reading: wait for its end date before you decide.`,
  planTitle: "Planning a new test",
  calculatorStart: (journey: string) =>
    `The calculator starts at the busiest journey (${journey}): the conversion (rounded to two decimals, so sometimes a few visitors off the table) and the visitors per day of the last month. Change the fields for your own test; the result updates straight away.`,
  verdictLabels: {
    winner: "Winner",
    loser: "Worse",
    no_difference: "No difference",
    inconclusive: "Undecided yet",
    srm: "Not reliable",
    no_data: "No verdict yet",
    invalid: "No verdict",
  },
  running: "Still running",
  period: (from: string, to: string, days: string, running: boolean) => `${from} to ${to} · ${days} days${running ? " · interim reading" : ""}`,
  table: "Table",
  variant: "Variant",
  visitors: "Visitors",
  conversions: "Conversions",
  rate: "Conversion",
  interval: (level: string) => `${level} interval`,
  difference: "Difference",
  lift: "Lift",
  liftInterval: (level: string) => `${level} interval of lift`,
  pValue: "p‑value",
  chanceBetter: "Chance better than control",
  revenuePerVisitor: "Revenue per visitor",
  control: "(control)",
  range: (low: string, high: string) => `${low} to ${high}`,
  chartLabel: (name: string) => `${name}: conversion per variant`,
  chartDescription: (level: string) => `Dot: conversion per variant; bar: ${level} interval; dotted line: the control group's conversion.`,
  srmFlagged: "SRM: split deviates",
  srmOk: "Split as planned",
  srmText: (planned: string, assumed: boolean, observed: string, p: string) =>
    `Visitors per variant: planned ${planned}${assumed ? " (equal split assumed)" : ""}, actual ${observed}; SRM test p ${p}.`,
  srmWarning: "A deviation usually means an error in the assignment or the measurement: do not trust the result.",
  noSrm: "No SRM test",
  noSrmText: "The planned split is not known for every variant.",
  note: (alpha: string, correction: { total: string; treatments: number } | null) =>
    `Difference in percentage points (pp), lift relative to the control. Significant at p < ${alpha}${correction ? ` (${correction.total} divided by ${correction.treatments} variants)` : ""}. Chance better than control: the chance that the variant really converts better, given these numbers.`,
  attention: "note",
  problems: {
    controls: (name: string, n: number) => `Experiment "${name}" has ${n} control variants; it must have exactly one.`,
    variants: (name: string, n: number) => `Experiment "${name}" has only ${n} variant.`,
    shares: (name: string) => `Experiment "${name}" gives a planned split for only some of its variants; the SRM test was skipped.`,
  },
  verdict: {
    invalid: "No verdict possible: the experiment has no single control variant, or only one variant.",
    noData: "No verdict yet: not every variant has visitors.",
    interim: (end: { iso: string; long: string }) => `Interim reading (the test runs until ${end.long}): `,
    pUndefined: "p undefined",
    srm: (p: string, assumed: boolean) =>
      `Not reliable: the visitors are split over the variants differently from the plan (SRM test, ${p}${assumed ? ", equal split assumed" : ""}). ` +
      "Find the cause first, for example an error in the assignment or the measurement, and draw no conclusion from this test.",
    points: " points",
    comparison: (rate: string, controlRate: string, control: string, lift: string, interval: string | null, p: string) =>
      `conversion ${rate} against ${controlRate} for ${control} (${lift}${interval === null ? "" : `, ${interval}`}; ${p})`,
    interval: (level: string, low: string, high: string) => `${level} interval ${low} to ${high}`,
    winner: (name: string, comparison: string, control: string, chance: string) => `${name} wins: ${comparison}. Chance that ${name} is better than ${control}: ${chance}.`,
    loser: (name: string, control: string, comparison: string) => `${name} does worse than ${control}: ${comparison}. Do not roll it out.`,
    peek: " Looking at interim results raises the chance of a fluke: wait for the end date.",
    detail: (name: string, comparison: string) => ` ${name}: ${comparison}.`,
    noDifferenceYet: (detail: string) => `no significant difference yet.${detail} Let the test run until its planned end date.`,
    noDifference: (detail: string, reach: string | null) =>
      `No significant difference.${detail}${reach === null ? "" : ` With these numbers only a difference of about ${reach} (relative) could be shown reliably.`}`,
    chanceAbove: (pct: string) => `more than ${pct}`,
    chanceBelow: (pct: string) => `less than ${pct}`,
  },
  planning: {
    title: "Test planning per journey",
    intro: (variants: number, mde: string, confidence: string, power: string, month: string) =>
      `What a test with ${variants} variants needs to show ${mde} more conversion (relative), at ${confidence} confidence and ${power} power, with the visitors of ${month}.`,
    journey: "Journey",
    rateNow: "Conversion now",
    visitorsPerDay: "Visitors per day",
    perVariant: "Needed per variant",
    days: "Days",
    tooLong: "More than 90 days is too long in practice: choose a larger effect, fewer variants or a busier page.",
  },
};
