/** Rendering charts for the page: one accessible image per chart, a phone rendering beside the desktop one. */
import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { renderChart, renderResponsive } from "../../src/charts/render.ts";
import { seriesLines } from "../../src/charts/series-lines.ts";
import { PHONE_WIDTH } from "../../src/charts/theme.ts";

const points = [0, 1, 2, 3].map((i) => ({ date: new Date(Date.UTC(2026, i, 1)), name: "Orders", value: 100 + 10 * i }));
const draw = (document: Document) => seriesLines(points, { document, names: ["Orders"], format: String });
const parse = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document;

describe("renderChart", () => {
  it("names the chart once (role img) and moves Plot's mark labels off aria-label", () => {
    const doc = parse(renderChart(draw, { label: "Orders per maand", description: "Een lijn." }));
    const svg = doc.querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Orders per maand");
    expect(svg.querySelector("desc")!.textContent).toBe("Een lijn.");
    expect(doc.querySelectorAll("svg [aria-label]")).toHaveLength(0);
    expect(doc.querySelector('g[data-mark="y-axis tick label"]')).not.toBeNull();
    expect(doc.querySelector('g[data-mark="line"]')).not.toBeNull();
  });

  it("hides a chart without a name (a decoration) from assistive technology", () => {
    expect(parse(renderChart(draw)).querySelector("svg")!.getAttribute("aria-hidden")).toBe("true");
  });
});

describe("renderResponsive", () => {
  it("draws the chart at desktop width and again at phone width", () => {
    const doc = parse(renderResponsive(draw, { label: "Orders" }));
    expect(doc.querySelector(".chart-desk svg")!.getAttribute("width")).toBe("640");
    expect(doc.querySelector(".chart-phone svg")!.getAttribute("width")).toBe(String(PHONE_WIDTH));
    // The phone rendering is the same chart: same name, same line.
    expect(doc.querySelector(".chart-phone svg")!.getAttribute("aria-label")).toBe("Orders");
    expect(doc.querySelectorAll('.chart-phone g[data-mark="line"] path')).toHaveLength(1);
  });

  it("keeps a large chart at full size in a focusable, named box that scrolls sideways", () => {
    const doc = parse(renderResponsive(draw, { label: "Matrix <groot>" }, "scroll"));
    const box = doc.querySelector(".chart-scroll")!;
    expect(box.getAttribute("tabindex")).toBe("0");
    expect(box.getAttribute("role")).toBe("region");
    expect(box.getAttribute("aria-label")).toBe("Matrix <groot>");
    expect(doc.querySelectorAll("svg[role=img]")).toHaveLength(1);
  });
});
