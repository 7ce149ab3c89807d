import { describe, expect, it } from "vitest";
import { MIGRATION_LABELS, migrationCells, migrationMatrix } from "../../src/charts/migration-matrix.ts";
import { chartDocument, movesSection } from "./rfm-fixtures.ts";

describe("migrationMatrix", () => {
  const document = chartDocument();

  it("has 144 cells with Dutch labels; March's moves of MOVES (k = 1) are where they belong", () => {
    const { section } = movesSection(1);
    const cells = migrationCells(section.migrations[2]!.previous, section.segments);
    expect(cells).toHaveLength(144);
    const find = (from: string, to: string) => cells.find((c) => c.from === from && c.to === to)!.customers;
    expect(find("Kampioen", "Dreigt te vertrekken")).toBe(1);
    expect(find("Slaper", MIGRATION_LABELS.out)).toBe(2);
    expect(find(MIGRATION_LABELS.new, "Kampioen")).toBe(0);
  });

  it("renders 144 filled cells, 11 diagonal outlines and the counts", () => {
    const { section } = movesSection(1);
    const order = section.segments.map((s) => s.nameNl);
    const svg = migrationMatrix(migrationCells(section.migrations[2]!.previous, section.segments), { document, order, format: String, minGroupSize: 1 });
    expect(svg.querySelectorAll(".cells-shown rect")).toHaveLength(144);
    expect(svg.querySelectorAll(".cells-hidden rect")).toHaveLength(0);
    expect(svg.querySelectorAll(".diagonal rect")).toHaveLength(11);
    const labels = [...svg.querySelectorAll(".counts text")].map((t) => t.textContent).filter((t) => t !== "");
    expect(labels.sort()).toEqual(["1", "1", "1", "2"]);
  });

  it("greys out suppressed cells", () => {
    const { section } = movesSection(2);
    const order = section.segments.map((s) => s.nameNl);
    const svg = migrationMatrix(migrationCells(section.migrations[2]!.previous, section.segments), { document, order, format: String, minGroupSize: 2 });
    expect(svg.querySelectorAll(".cells-hidden rect")).toHaveLength(3);
    expect(svg.querySelectorAll(".cells-shown rect")).toHaveLength(141);
  });
});
