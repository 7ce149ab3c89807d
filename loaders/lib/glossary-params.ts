/**
 * The data set's settings that metric definitions mention (active window, top share, lapse days),
 * read from a bundle's series labels — the bundle carries them nowhere else — with the glossary's
 * defaults for a label that is missing. The digest and the site fill in the same values, so a
 * name like "Actieve klanten (12 mnd)" reads the same in both.
 */
import { GLOSSARY_DEFAULTS, type GlossaryParams } from "./glossary.ts";

function fromLabel(series: readonly { id: string; label: string }[], id: string, pattern: RegExp): number | undefined {
  const match = series.find((s) => s.id === id)?.label.match(pattern);
  return match ? Number(match[1]) : undefined;
}

/** Glossary parameters of a bundle's series (see the module comment). */
export function glossaryParamsOf(series: readonly { id: string; label: string }[]): GlossaryParams {
  return {
    activeWindowMonths: fromLabel(series, "customers.active", /\((\d+) mnd\)/) ?? GLOSSARY_DEFAULTS.activeWindowMonths,
    topShare: (fromLabel(series, "top.revenue_share", /top (\d+)/) ?? GLOSSARY_DEFAULTS.topShare * 100) / 100,
    lapsedDays: fromLabel(series, "lapsed_top.customers", /(\d+)\+ dagen/) ?? GLOSSARY_DEFAULTS.lapsedDays,
  };
}
