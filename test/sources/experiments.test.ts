/**
 * The experiments export through the real loader, with the config entry the sample data uses,
 * plus a Dutch variant (`;`, decimal comma, dd-mm-yyyy, ja/nee), bad rows and whole-experiment problems.
 */
import { describe, expect, it } from "vitest";
import { experimentProblems } from "../../loaders/schemas/experiments.ts";
import { LoadError } from "../../loaders/model/load-error.ts";
import { day, loadCommercial } from "./commercial-helpers.ts";

const SOURCE = `  - name: experimenten
    kind: experiments
    files: experiments/ab-tests.csv
    format: { delimiter: ",", date: yyyy-mm-dd }
    columns: { experiment: experiment, variant: variant, control: is_control, start: start_date, end: end_date, plannedShare: planned_share, visitors: visitors, conversions: conversions, revenue: revenue }`;
const HEAD = "experiment,variant,is_control,start_date,end_date,planned_share,visitors,conversions,revenue";

describe("experiments export", () => {
  it("groups variants by experiment, sorted by start, with shares as fractions or percentages", async () => {
    const text = [
      HEAD,
      "Checkout,A,true,2026-02-01,2026-02-28,0.5,1000,100,5000.50",
      "Checkout,B,false,2026-02-01,2026-02-28,50%,1010,120,",
      "Banner,control,1,2026-01-05,2026-01-20,,500,10,",
      "Banner,groot,0,2026-01-05,2026-01-20,,490,12,",
    ].join("\n");
    const { experiments, accounts, warnings } = await loadCommercial(SOURCE, { "experiments/ab-tests.csv": text });
    expect(experiments.map((e) => [e.name, e.start, e.end])).toEqual([
      ["Banner", day("2026-01-05"), day("2026-01-20")],
      ["Checkout", day("2026-02-01"), day("2026-02-28")],
    ]);
    expect(experiments[1]!.variants).toEqual([
      { name: "A", control: true, plannedShare: 0.5, visitors: 1000, conversions: 100, revenue: 5000.5, line: 2 },
      { name: "B", control: false, plannedShare: 0.5, visitors: 1010, conversions: 120, revenue: null, line: 3 },
    ]);
    expect(accounts[0]).toMatchObject({ rowsRead: 4, rowsAccepted: 4 });
    expect(warnings).toEqual([]);
  });

  it("reads a Dutch export: ;, decimal comma, dd-mm-yyyy, ja/nee and 33,3 %", async () => {
    const source = `  - name: nl
    kind: experiments
    files: ab.csv
    format: { delimiter: auto, decimal: ",", thousands: ".", date: dd-mm-yyyy }
    columns: { experiment: Test, variant: Variant, control: Controle, start: Start, end: Eind, plannedShare: Verdeling, visitors: Bezoekers, conversions: Conversies }`;
    const text = "\uFEFFsep=;\nTest;Variant;Controle;Start;Eind;Verdeling;Bezoekers;Conversies\nT;A;ja;01-03-2026;31-03-2026;33,3 %;1.500;30\nT;B;nee;01-03-2026;31-03-2026;0,667;3.000;75\n";
    const { experiments } = await loadCommercial(source, { "ab.csv": text });
    expect(experiments[0]!.variants.map((v) => [v.name, v.control, v.plannedShare, v.visitors, v.conversions, v.revenue])).toEqual([
      ["A", true, 0.333, 1500, 30, null],
      ["B", false, 0.667, 3000, 75, null],
    ]);
  });

  it("rejects bad cells and rows that contradict their experiment, with line and column", async () => {
    const text = [
      HEAD,
      "E,A,true,2026-02-01,2026-02-28,0.5,100,10,", // 2 ok
      "E,B,false,2026-02-02,2026-02-28,0.5,100,10,", // 3 other start
      "E,A,false,2026-02-01,2026-02-28,0.5,100,10,", // 4 variant again
      "F,A,misschien,2026-02-01,2026-02-28,0.5,100,10,", // 5 flag
      "F,A,true,2026-02-28,2026-02-01,0.5,100,10,", // 6 end before start
      "F,A,true,2026-02-01,2026-02-28,150%,100,10,", // 7 share above 1
      "F,A,true,2026-02-01,2026-02-28,0.5,100,101,", // 8 more conversions than visitors
      "F,A,true,2026-02-01,2026-02-28,0.5,100,10,-5", // 9 negative revenue
      "F,A,true,01-02-2026,2026-02-28,0.5,100,10,", // 10 date format
    ].join("\n");
    const { accounts, experiments } = await loadCommercial(SOURCE, { "experiments/ab-tests.csv": text });
    expect(experiments.map((e) => e.variants.length)).toEqual([1]);
    expect(accounts[0]!.rejections.map((r) => [r.line, r.column, r.reason])).toEqual([
      [3, "start_date", "inconsistent_dates"],
      [4, "variant", "duplicate_variant"],
      [5, "is_control", "invalid_control"],
      [6, "end_date", "end_before_start"],
      [7, "planned_share", "invalid_planned_share"],
      [8, "conversions", "conversions_exceed_visitors"],
      [9, "revenue", "invalid_revenue"],
      [10, "start_date", "invalid_start"],
    ]);
    expect(accounts[0]).toMatchObject({ rowsRead: 9, rowsAccepted: 1, rowsRejected: 8 });
  });

  it("names experiments without exactly one control, or with shares on some variants only", async () => {
    const text = [HEAD, "X,A,0,2026-01-01,2026-01-02,,1,0,", "X,B,0,2026-01-01,2026-01-02,,1,0,", "Y,A,1,2026-01-01,2026-01-02,0.5,1,0,", "Y,B,0,2026-01-01,2026-01-02,,1,0,"].join("\n");
    const { experiments, warnings } = await loadCommercial(SOURCE, { "experiments/ab-tests.csv": text });
    expect(warnings).toEqual([
      'Experiment "X" heeft 0 controlevarianten; er moet er precies één zijn.',
      'Experiment "Y" geeft alleen voor een deel van de varianten een geplande verdeling; de SRM-toets is overgeslagen.',
    ]);
    expect(experimentProblems(experiments[0]!)).toHaveLength(1);
  });

  it("takes the control from controlVariant when the export has no control column", async () => {
    const source = `  - name: e\n    kind: experiments\n    files: e.csv\n    controlVariant: Origineel\n    columns: { experiment: t, variant: v, start: s, end: e, visitors: n, conversions: x }`;
    const { experiments } = await loadCommercial(source, { "e.csv": "t,v,s,e,n,x\nT,origineel,2026-01-01,2026-01-31,10,1\nT,Nieuw,2026-01-01,2026-01-31,10,2\n" });
    expect(experiments[0]!.variants.map((v) => v.control)).toEqual([true, false]);
  });

  it("refuses a source with neither a control column nor controlVariant, and a missing column", async () => {
    const bare = `  - name: e\n    kind: experiments\n    files: e.csv\n    columns: { experiment: t, variant: v, start: s, end: e, visitors: n, conversions: x }`;
    const error = await loadCommercial(bare, { "e.csv": "t\n" }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/give a control column or controlVariant/);
    const missing = await loadCommercial(SOURCE, { "experiments/ab-tests.csv": `${HEAD.replace("visitors", "bezoekers")}\n` }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(LoadError);
    expect((missing as Error).message).toMatch(/data\/experiments\/ab-tests\.csv:1 column "visitors" \(visitors\) is not in the header/);
  });
});
