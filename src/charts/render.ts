/**
 * Renders a Plot chart to static SVG/HTML at build time: the page needs no JavaScript to show it.
 * One jsdom document is shared by all charts of a build. Each chart is drawn twice, at desktop
 * and at phone width, and the stylesheet shows the one that fits the screen.
 */
import { JSDOM } from "jsdom";
import { escapeHtml } from "../../loaders/index.ts";
import { atPhoneWidth } from "./theme.ts";

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
 * Plot names its mark groups with `aria-label` (`line`, `y-axis tick label`), which ARIA forbids
 * on an element without a role; the names move to `data-mark` so tests and styles can still find
 * them, and the chart is one image with one name for assistive technology.
 */
function unlabelMarks(root: Element): void {
  for (const el of root.querySelectorAll("[aria-label], [aria-description]")) {
    if (el === root || el.getAttribute("role") === "img") continue;
    const label = el.getAttribute("aria-label");
    if (label !== null && el.tagName.toLowerCase() === "g") el.setAttribute("data-mark", label);
    el.removeAttribute("aria-label");
    el.removeAttribute("aria-description");
  }
}

/**
 * The outer HTML of what `draw(document)` returns (a Plot SVG, or a figure with a legend and
 * the SVG). With `a11y`, the plot's SVG gets `role="img"`, an `aria-label` and a `<desc>`;
 * without, it is hidden from assistive technology (a decoration such as a sparkline).
 */
export function renderChart(draw: Draw, a11y?: ChartA11y): string {
  const document = chartDocument();
  const element = draw(document);
  unlabelMarks(element);
  const svg = element.tagName.toLowerCase() === "svg" ? element : element.querySelector(":scope > svg");
  if (svg && a11y) {
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", a11y.label);
    if (a11y.description) {
      const desc = document.createElementNS("http://www.w3.org/2000/svg", "desc");
      desc.textContent = a11y.description;
      svg.prepend(desc);
    }
  } else if (svg) {
    svg.setAttribute("aria-hidden", "true");
  }
  return element.outerHTML;
}

/** How a chart adapts to a phone: drawn again at phone width, or kept at full size in a sideways-scrolling box. */
export type PhoneLayout = "redraw" | "scroll";

/**
 * A chart for every screen: with `redraw`, a desktop and a phone rendering (CSS shows one);
 * with `scroll` (large matrices whose labels need the room), one rendering that keeps its size
 * on a phone inside a focusable box that scrolls sideways, so the page itself never does.
 */
export function renderResponsive(draw: Draw, a11y: ChartA11y, phone: PhoneLayout = "redraw"): string {
  if (phone === "scroll") {
    return `<div class="chart chart-scroll" tabindex="0" role="region" aria-label="${escapeHtml(a11y.label)}">${renderChart(draw, a11y)}</div>`;
  }
  const desk = renderChart(draw, a11y);
  const narrow = atPhoneWidth(() => renderChart(draw, a11y));
  return `<div class="chart chart-desk">${desk}</div><div class="chart chart-phone">${narrow}</div>`;
}
