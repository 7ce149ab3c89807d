import { describe, expect, it } from "vitest";
import { GoalSchema, GoalsFileSchema, TargetSchema } from "../../loaders/schemas/goals.ts";

const GOAL = {
  id: "digitaal-aandeel",
  title: "Digitaal aandeel naar 55 %",
  description: "Meer omzet via web en app.",
  metric: "digital.revenue_share",
  baseline: { month: "2025-12" },
  target: { value: 0.55 },
  owner: "Manager e-commerce",
  agreedBy: "MT, januari 2026",
  rationale: "De app is live.",
  start: "2026-01",
  deadline: "2026-12",
};

describe("GoalSchema", () => {
  it("accepts a complete goal", () => {
    expect(GoalSchema.parse(GOAL).metric).toBe("digital.revenue_share");
  });
  it.each([
    ["a bad month", { deadline: "2026-13" }, ["deadline"]],
    ["a deadline before the start", { deadline: "2025-12" }, ["deadline"]],
    ["a baseline after the start", { baseline: { month: "2026-02" } }, ["baseline", "month"]],
    ["a missing owner", { owner: undefined }, ["owner"]],
    ["a non-kebab id", { id: "Digitaal Aandeel" }, ["id"]],
    ["an unknown field", { doel: 1 }, []],
  ])("rejects %s at the field", (_, patch, path) => {
    const result = GoalSchema.safeParse({ ...GOAL, ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(path);
  });
});

describe("TargetSchema", () => {
  it.each([[{ value: 1 }], [{ change: 0.1 }], [{ delta: -5 }]])("accepts exactly one of value/change/delta: %j", (t) => {
    expect(TargetSchema.safeParse(t).success).toBe(true);
  });
  it.each([[{}], [{ value: 1, change: 0.1 }], [{ change: -1 }]])("rejects %j", (t) => {
    expect(TargetSchema.safeParse(t).success).toBe(false);
  });
});

describe("GoalsFileSchema", () => {
  it("fills the status rule defaults", () => {
    expect(GoalsFileSchema.parse({ version: 1 })).toEqual({ version: 1, rules: { tolerance: 0.1, atRisk: 0.25, minTrendMonths: 3 }, goals: [] });
  });
  it("rejects duplicate ids at the second goal", () => {
    const result = GoalsFileSchema.safeParse({ version: 1, goals: [GOAL, GOAL] });
    expect(result.error!.issues.map((i) => i.path)).toEqual([["goals", 1, "id"]]);
  });
});
