/** The conversion page: journeys, their intervals and changes (English). */
import type { conversion as nl } from "../nl/conversion.ts";

export const conversion: typeof nl = {
  title: "Conversion",
  lead: "What share of the visitors of an online journey completes it, per month, and is a change real or chance?",
  missing: "web analytics export of journeys (kind: journeys)",
  cards: "Conversion per journey",
  charts: "Conversion per month",
  tableTitle: (month: string) => `Conversion in ${month}`,
  table: "Table",
  journey: "Journey",
  customerType: "Customer type",
  visitors: "Visitors",
  conversions: "Conversions",
  rate: "Conversion",
  interval: (level: string) => `${level} interval`,
  total: "Total",
  significant: "significant",
  tableNote: {
    formula: "Conversion = conversions ÷ visitors.",
    interval: (level: string) => `The interval shows where the true conversion lies with ${level} confidence; with few visitors it is wide.`,
    points: "Changes are in percentage points (pp).",
    significantTerm: "Significant",
    significantText: (alpha: string) => `: larger than chance explains (test of two proportions, p < ${alpha}).`,
    noTrend: "A jump of a small journey that stays within the interval is not a trend.",
    hidden: (min: number) => `“–”: fewer than ${min} visitors in the month, or no month to compare with.`,
  },
  chartTitle: (journey: string) => `${journey}: conversion per month`,
  chartNote: (level: string, min: number) => `Line: conversion per month; band: ${level} interval. A jump within the band is not a trend. Months with fewer than ${min} visitors are left out.`,
  perMonth: "Figures per month",
  month: "Month",
  perMonthNote: (min: number, level: string) => `“–”: fewer than ${min} visitors in the month. Hover over a figure for its ${level} interval.`,
};
