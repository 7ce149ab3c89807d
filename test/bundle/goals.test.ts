import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { goalsSection } from "../../loaders/bundle/goals.ts";
import { parseGoals } from "../../loaders/sources/goals-file.ts";
import type { Series } from "../../loaders/bundle/types.ts";

const MONTHS = ["2025-12", "2026-01", "2026-02", "2026-03"];
const series = (id: string, better: Series["better"], values: (number | null)[]): Series => ({ id, label: id, unit: "count", better, values });
const SERIES = [series("customers.active", "up", [1000, 1010, 1030, 1045]), series("lapsed_top.customers", "down", [80, 78, null, 70]), series("aov", "none", [50, 51, 52, 53])];

const goal = (fields: string) => `  - id: g
    title: T
    description: D
    owner: O
    agreedBy: A
    rationale: R
    start: 2026-01
    deadline: 2026-12
${fields}`;
const file = (...goals: string[]) => `version: 1\ngoals:\n${goals.join("\n")}\n`;

describe("goalsSection", () => {
  it("takes the baseline from the data and resolves a relative target", () => {
    const s = goalsSection(parseGoals(file(goal("    metric: customers.active\n    baseline: { month: 2025-12 }\n    target: { change: 0.05 }"))), SERIES, MONTHS);
    const g = s.goals[0]!;
    expect(g.baseline).toEqual({ month: "2025-12", value: 1000, fromData: true });
    expect(g.target).toEqual({ value: 1050, kind: "change", given: 0.05 });
    expect(g.direction).toBe("up");
    expect(g.rows).toHaveLength(13); // 2025-12 … 2026-12
    // Path +50/12 a month: 2026-03 path 1012.5, actual 1045 → ahead; trend over 1010, 1030, 1045 → +17.5/month reaches 1050.
    expect(g.current).toMatchObject({ month: "2026-03", actual: 1045, status: "on-track", monthsLeft: 9 });
    expect(s.counts).toEqual({ achieved: 0, "on-track": 1, "at-risk": 0, "off-track": 0, pending: 0 });
    expect(s.asOf).toBe("2026-03");
  });

  it("uses the series' direction, an absolute delta and an explicit baseline value", () => {
    const s = goalsSection(parseGoals(file(goal("    metric: lapsed_top.customers\n    baseline: { month: 2025-12, value: 90 }\n    target: { delta: -20 }"))), SERIES, MONTHS);
    expect(s.goals[0]!.direction).toBe("down");
    expect(s.goals[0]!.target.value).toBe(70);
    expect(s.goals[0]!.current!.status).toBe("achieved");
  });

  it("infers the direction from the target when the series has none", () => {
    const s = goalsSection(parseGoals(file(goal("    metric: aov\n    baseline: { month: 2025-12 }\n    target: { value: 45 }"))), SERIES, MONTHS);
    expect(s.goals[0]!.direction).toBe("down");
  });

  it("makes a missing metric an error naming file, line, goal and field, with similar ids", () => {
    const text = file(goal("    metric: customers.actief\n    baseline: { month: 2025-12 }\n    target: { change: 0.05 }"));
    expect(() => goalsSection(parseGoals(text), SERIES, MONTHS)).toThrow(
      'data/goals.yaml:11:13 goal "g" (goals[0]).metric: series "customers.actief" is not in the data; similar ids: customers.active',
    );
  });

  it("reports a baseline month without data, a target against the direction, and schema errors", () => {
    const text = file(
      goal("    metric: customers.active\n    baseline: { month: 2025-06 }\n    target: { change: 0.05 }"),
      goal("    metric: lapsed_top.customers\n    baseline: { month: 2025-12 }\n    target: { change: 0.10 }").replace("id: g", "id: h"),
    );
    let message = "";
    try {
      goalsSection(parseGoals(text), SERIES, MONTHS);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('data/goals.yaml:12:24 goal "g" (goals[0]).baseline.month: the data has no value of "customers.active" in 2025-06');
    expect(message).toContain('goal "h" (goals[1]).target: the target (88) is above the baseline (80) but lower is better');
  });

  it("names line and field for schema errors", () => {
    expect(() => parseGoals(file(goal("    metric: aov\n    baseline: { month: 2025-12 }\n    target: { value: 1, delta: 2 }")))).toThrow(
      'data/goals.yaml:13:13 goal "g" (goals[0]).target: give exactly one of value, change or delta',
    );
    expect(() => parseGoals("version: 1\ngoals: [\n")).toThrow(/data\/goals.yaml:\d+:\d+ is not valid YAML/);
  });

  it("accepts an already parsed object", () => {
    expect(goalsSection(parseGoals({ version: 1 }), SERIES, MONTHS).goals).toEqual([]);
  });

  it("validates the shipped data/goals.yaml (schema only: the sample series are the lead's)", () => {
    const { goals } = parseGoals(readFileSync(new URL("../../data/goals.yaml", import.meta.url), "utf8"));
    expect(goals.goals.map((g) => g.id)).toEqual(["digitaal-aandeel-omzet", "omzet-kampioenen", "heractivering-toppers", "groei-actieve-klanten", "geregistreerde-orders"]);
  });
});

describe("goalsBuilder", () => {
  const context = async (goals: string | null, lastDay: string) => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { goalsBuilder } = await import("../../loaders/bundle/goals.ts");
    const { readGoals } = await import("../../loaders/sources/goals-file.ts");
    const { dayOf, monthStart, parseMonthKey } = await import("../../loaders/lib/months.ts");
    const { periodOf } = await import("../../loaders/bundle/period.ts");
    const dir = mkdtempSync(join(tmpdir(), "klantbeeld-goals-"));
    if (goals !== null) writeFileSync(join(dir, "goals.yaml"), goals);
    const [y, m, d] = lastDay.split("-").map(Number);
    const ctx = { further: { goals: await readGoals(dir) }, months: MONTHS, first: parseMonthKey(MONTHS[0]!), last: parseMonthKey(MONTHS.at(-1)!), series: SERIES, sections: {}, period: periodOf({ firstDay: monthStart(parseMonthKey(MONTHS[0]!)), lastDay: dayOf(y!, m!, d!) }) };
    return goalsBuilder.build(ctx as unknown as Parameters<typeof goalsBuilder.build>[0]);
  };
  const text = file(goal("    metric: customers.active\n    baseline: { month: 2025-12 }\n    target: { change: 0.05 }"));

  it("adds nothing without a goals file", async () => {
    expect(await context(null, "2026-03-31")).toEqual({});
  });
  it("tracks up to the last complete month: data as of 2026-03-31 → March, as of 2026-03-02 → February", async () => {
    const full = (await context(text, "2026-03-31")).section as { asOf: string };
    const partial = (await context(text, "2026-03-02")).section as { asOf: string; goals: { current: { month: string } }[] };
    expect(full.asOf).toBe("2026-03");
    expect(partial.asOf).toBe("2026-02");
    expect(partial.goals[0]!.current.month).toBe("2026-02");
  });
});
