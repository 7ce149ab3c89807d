/** Test helper for the chart smoke tests: a jsdom document and a count of Plot's mark groups. */
import { JSDOM } from "jsdom";

/** A fresh document to draw into. */
export function chartDocument(): Document {
  return new JSDOM("<!doctype html><html><body></body></html>").window.document;
}

/** The plot's main SVG (a figure holds a legend and the SVG). */
export function mainSvg(element: Element): Element {
  const svg = element.tagName.toLowerCase() === "svg" ? element : element.querySelector(":scope > svg");
  if (!svg) throw new Error("no svg");
  return svg;
}

/** Mark groups by Plot's aria-label (`line`, `area`, `dot`, `bar`, `rule`). */
export function marks(element: Element, label: string): Element[] {
  return [...mainSvg(element).querySelectorAll(`g[aria-label="${label}"]`)];
}
