/** The glossary as the pages read it: names and definitions with this data set's settings filled in. */
import { type GlossaryParams, GLOSSARY_DEFAULTS, term, type Term, termName } from "../../loaders/index.ts";
import { bundle } from "./bundle.ts";

export { channelLabel, expectedNl, reasonLabel, TONE_WORDS } from "../../loaders/index.ts";

/** This data set's settings for definitions (from the RFM and top-customer settings in the bundle, else the defaults). */
export const glossaryParams: GlossaryParams = {
  activeWindowMonths: fromLabel("customers.active", /\((\d+) mnd\)/) ?? GLOSSARY_DEFAULTS.activeWindowMonths,
  topShare: (fromLabel("top.revenue_share", /top (\d+)/) ?? GLOSSARY_DEFAULTS.topShare * 100) / 100,
  lapsedDays: fromLabel("lapsed_top.customers", /(\d+)\+ dagen/) ?? GLOSSARY_DEFAULTS.lapsedDays,
};

// The bundle carries the data description's window, top share and lapse days only inside the
// loaders' own series labels; read them back so the definitions state this data set's values.
function fromLabel(id: string, pattern: RegExp): number | undefined {
  const match = bundle.series.find((s) => s.id === id)?.label.match(pattern);
  return match ? Number(match[1]) : undefined;
}

/** A metric's name (or `fallback`). */
export function nameOf(id: string, fallback: string): string {
  return termName(id, fallback, glossaryParams);
}

/** A metric's glossary entry, or undefined. */
export function define(id: string): Term | undefined {
  return term(id, glossaryParams);
}
