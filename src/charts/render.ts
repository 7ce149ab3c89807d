/**
 * Renders a Plot chart to static SVG/HTML at build time: the page needs no JavaScript to show it.
 * One jsdom document is shared by all charts of a build.
 */
import { JSDOM } from "jsdom";

let shared: Document | undefined;

/** The build-time DOM document Plot draws into. */
export function chartDocument(): Document {
  shared ??= new JSDOM("<!doctype html><html><body></body></html>").window.document;
  return shared;
}

/** A chart's accessible name and description (the card's heading and note). */
export interface ChartA11y {
  label: string;
  description?: string | undefined;
}

/** A function that draws one chart into the given document. */
export type Draw = (document: Document) => Element;

/**
 * The outer HTML of what `draw(document)` returns (a Plot SVG, or a figure with a legend and
 * the SVG). With `a11y`, the plot's SVG gets `role="img"`, an `aria-label` and a `<desc>`.
 */
export function renderChart(draw: Draw, a11y?: ChartA11y): string {
  const document = chartDocument();
  const element = draw(document);
  const svg = element.tagName.toLowerCase() === "svg" ? element : element.querySelector(":scope > svg");
  if (svg && a11y) {
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", a11y.label);
    if (a11y.description) {
      const desc = document.createElementNS("http://www.w3.org/2000/svg", "desc");
      desc.textContent = a11y.description;
      svg.prepend(desc);
    }
  }
  return element.outerHTML;
}
