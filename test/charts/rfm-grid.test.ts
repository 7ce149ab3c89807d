import { describe, expect, it } from "vitest";
import { rfmGrid, rfmGridCells } from "../../src/charts/rfm-grid.ts";
import { chartDocument, movesSection } from "./rfm-fixtures.ts";

describe("rfmGrid", () => {
  const document = chartDocument();

  it("lays out the 25 cells with their segment (the documented grid)", () => {
    const cells = rfmGridCells(movesSection(1).section);
    expect(cells).toHaveLength(25);
    expect(cells.find((c) => c.r === 5 && c.fm === 5)!.segment).toBe("Kampioen");
    expect(cells.find((c) => c.r === 1 && c.fm === 1)!.segment).toBe("Vertrokken");
    expect(cells.find((c) => c.r === 2 && c.fm === 4)).toMatchObject({ segment: "Dreigt te vertrekken", customers: 1 }); // P in March
  });

  it("renders 25 filled cells, 25 segment outlines and a count per cell", () => {
    const svg = rfmGrid(rfmGridCells(movesSection(1).section), { document, format: String, minGroupSize: 1 });
    expect(svg.querySelectorAll(".cells-shown rect")).toHaveLength(25);
    expect(svg.querySelectorAll(".cells-hidden rect")).toHaveLength(0);
    expect(svg.querySelectorAll(".segment-outlines rect")).toHaveLength(25);
    expect(svg.querySelectorAll(".counts text")).toHaveLength(25);
    expect(svg.querySelectorAll(".segment-names text")).toHaveLength(25);
  });

  it("greys out and labels suppressed cells '< k'", () => {
    const svg = rfmGrid(rfmGridCells(movesSection(2).section), { document, format: String, minGroupSize: 2 });
    // March: P, S, T are single customers in three cells → hidden.
    expect(svg.querySelectorAll(".cells-hidden rect")).toHaveLength(3);
    expect(svg.querySelectorAll(".cells-shown rect")).toHaveLength(22);
    expect([...svg.querySelectorAll(".counts text")].filter((t) => t.textContent === "< 2")).toHaveLength(3);
  });
});
