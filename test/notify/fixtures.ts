/**
 * Two small hand-built bundles for the digest tests: "current" runs 2025-09 … 2026-11 with data
 * as of 2026-11-01 (so November is partial and October is the report month); "previous" is last
 * month's bundle, 2025-09 … 2026-09, data as of 2026-09-30.
 */
import type { Bundle, Series } from "../../loaders/bundle/types.ts";
import type { GoalStatus } from "../../loaders/metrics/goal-tracking.ts";
import { SEGMENTS } from "../../loaders/metrics/rfm-segments.ts";
import type { DigestBundle } from "../../loaders/notify/digest.ts";

/** Month keys from 2025-09 on. */
export const MONTHS = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"];
const IDX = Object.fromEntries(MONTHS.map((m, i) => [m, i]));

/** A series of `length` months, null except the given months. */
function series(id: string, label: string, unit: Series["unit"], better: Series["better"], set: Record<string, number>, length = MONTHS.length): Series {
  const values: (number | null)[] = Array.from({ length }, () => null);
  for (const [month, value] of Object.entries(set)) values[IDX[month]!] = value;
  return { id, label, unit, better, values };
}

const goal = (id: string, title: string, unit: Series["unit"], status: GoalStatus | null, progress: number, actual: number, target: number, history: [string, GoalStatus][] = []) => ({
  id,
  title,
  unit,
  deadline: "2026-12",
  target: { value: target },
  current: status === null ? null : { status, progress, actual },
  history: history.map(([month, s]) => ({ month, status: s })),
});

/** This month's bundle. */
export function currentBundle(): DigestBundle {
  return {
    version: 1,
    title: "Fietsen & Zo",
    locale: "nl-NL",
    currency: "EUR",
    timeZone: "Europe/Amsterdam",
    dataAsOf: "2026-11-01",
    inputsId: "x",
    minGroupSize: 10,
    freshnessDays: 45,
    months: MONTHS,
    series: [
      series("revenue", "Omzet", "currency", "up", { "2025-10": 100_000, "2026-09": 110_000, "2026-10": 121_000, "2026-11": 3_000 }),
      series("customers.new", "Nieuwe klanten", "count", "up", { "2026-09": 0, "2026-10": 12 }),
      series("digital.revenue_share", "Digitaal aandeel omzet", "percent", "up", { "2025-10": 0.4, "2026-09": 0.52, "2026-10": 0.515 }),
      series("lapsed_top.customers", "Afgehaakte topklanten", "count", "down", { "2026-09": 40, "2026-10": 50 }),
      series("segment.champions.customers", "Klanten – Kampioen", "count", "up", { "2026-09": 200, "2026-10": 230 }),
      series("segment.loyal.customers", "Klanten – Loyale klant", "count", "up", { "2026-09": 100, "2026-10": 108 }),
      series("segment.lost.customers", "Klanten – Vertrokken", "count", "down", { "2026-09": 500, "2026-10": 540 }),
      series("segment.at-risk.customers", "Klanten – Dreigt te vertrekken", "count", "down", { "2026-09": 80, "2026-10": 60 }),
    ],
    sections: {
      rfm: {
        segments: [
          { id: "champions", name: "Champions", nameNl: "Kampioen" },
          { id: "at-risk", name: "At risk", nameNl: "Dreigt te vertrekken" },
        ],
        months: ["2026-09", "2026-10", "2026-11"],
        alerts: [
          { from: ["champions", "loyal"], to: ["lost"], label: "Kampioen, Loyale klant → Vertrokken", latest: 3, months: [5, 12, 3] },
          { from: ["cant-lose-them"], to: ["hibernating"], label: "cant-lose-them → hibernating", latest: 0, months: [0, 4, 0] },
        ],
      },
      goals: {
        counts: { achieved: 1, "on-track": 1, "at-risk": 1, "off-track": 1, pending: 0 },
        goals: [
          goal("digitaal", "Digitaal aandeel naar 55 %", "percent", "at-risk", 0.4, 0.515, 0.55, [["2026-09", "on-track"], ["2026-10", "at-risk"]]),
          goal("actief", "Actieve klanten +5 %", "count", "on-track", 0.5, 10_250, 10_500, [["2026-09", "at-risk"], ["2026-10", "on-track"]]),
          goal("kampioen", "Omzet Kampioenen +10 %", "currency", "off-track", 0.12, 95_000, 110_000, [["2026-09", "off-track"], ["2026-10", "off-track"]]),
          goal("nieuw", "Nieuw doel", "count", "achieved", 1.2, 70, 60, [["2026-10", "achieved"]]),
        ],
      },
    },
    accounts: [{ file: "kassa.csv", source: "kassa", kind: "transactions", sha256: "", bytes: 0, rowsRead: 10_000, rowsAccepted: 9_988, rowsRejected: 12, reasons: { invalid_date: 12 }, rejections: [], warnings: [] }],
    warnings: [{ code: "unknown_channel", message: 'Kanaal "<b>kiosk</b>" staat niet bij digital of offline in data/klantbeeld.yaml; het telt niet mee in het digitale aandeel.' }],
  };
}

/** Last month's bundle. */
export function previousBundle(): DigestBundle {
  const b = currentBundle();
  const length = IDX["2026-09"]! + 1;
  return {
    ...b,
    dataAsOf: "2026-09-30",
    months: MONTHS.slice(0, length),
    series: [
      series("revenue", "Omzet", "currency", "up", { "2026-09": 108_000 }, length),
      series("digital.revenue_share", "Digitaal aandeel omzet", "percent", "up", { "2026-09": 0.52 }, length),
      series("lapsed_top.customers", "Afgehaakte topklanten", "count", "down", { "2026-09": 40 }, length),
    ],
    sections: {
      goals: {
        counts: { achieved: 0, "on-track": 2, "at-risk": 0, "off-track": 1, pending: 0 },
        goals: [
          goal("digitaal", "Digitaal aandeel naar 55 %", "percent", "on-track", 0.3, 0.52, 0.55),
          goal("actief", "Actieve klanten +5 %", "count", "on-track", 0.4, 10_200, 10_500),
          goal("kampioen", "Omzet Kampioenen +10 %", "currency", "off-track", 0.1, 94_000, 110_000),
        ],
      },
    },
    accounts: [],
    warnings: [],
  };
}

/**
 * `bundle` as a whole bundle file the reader's schema accepts (for the CLI, which reads the file
 * through `readBundle`): the sections' fields the digest does not read get neutral values.
 */
export function asBundleFile(bundle: DigestBundle): Bundle {
  const { rfm, goals } = bundle.sections;
  const month = bundle.dataAsOf!.slice(0, 7);
  return {
    ...bundle,
    sections: {
      ...(rfm && {
        rfm: {
          ...{ rulesVersion: 1, windowMonths: 12, minGroupSize: bundle.minGroupSize, months: rfm.months, month, asOf: bundle.dataAsOf!, fullFrom: MONTHS[0]!, startReason: null },
          segments: rfm.segments.map((s) => ({ ...s, color: "#000000", action: SEGMENTS.find((x) => x.id === s.id)!.action })),
          ...{ rules: [], grid: [], table: [], totals: { customers: null, revenue: 0, windowRevenue: null }, migrations: [] },
          alerts: rfm.alerts,
        },
      }),
      ...(goals && {
        goals: {
          rules: { tolerance: 0.1, atRisk: 0.25, minTrendMonths: 3 },
          asOf: month,
          goals: goals.goals.map((g) => ({
            ...{ id: g.id, title: g.title, description: "", metric: g.id, metricLabel: g.title, unit: g.unit, owner: "", agreedBy: "", rationale: "", start: MONTHS[0]!, deadline: g.deadline, direction: "up" as const },
            baseline: { month: MONTHS[0]!, value: 0, fromData: true },
            target: { value: g.target.value, kind: "value" as const, given: g.target.value },
            rows: [],
            history: g.history,
            current: g.current && { month, actual: g.current.actual, progress: g.current.progress, status: g.current.status, requiredRate: null, plannedRate: 0, projected: null, monthsLeft: 1 },
          })),
          counts: goals.counts,
        },
      }),
    },
  };
}
