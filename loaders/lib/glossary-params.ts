/**
 * The data set's settings that metric definitions mention (active window, top share, lapse days):
 * the bundle's `kpi` settings (from the data description); for an older bundle without them, the
 * first number in the series' own labels (any language), else the glossary's defaults. The site and
 * the digest fill in the same values, so "Actieve klanten (12 mnd)" reads the same in both.
 */
import { GLOSSARY_DEFAULTS, type GlossaryParams } from "./glossary.ts";

/** The parts of a bundle the settings are read from. */
export interface GlossarySource {
  kpi?: GlossaryParams | undefined;
  series: readonly { id: string; label: string }[];
}

/** Glossary parameters of a bundle (see the module comment). */
export function glossaryParamsOf(bundle: GlossarySource): GlossaryParams {
  if (bundle.kpi) return bundle.kpi;
  const numberInLabel = (id: string): number | undefined => {
    const match = bundle.series.find((s) => s.id === id)?.label.match(/\d+/);
    return match ? Number(match[0]) : undefined;
  };
  return {
    activeWindowMonths: numberInLabel("customers.active") ?? GLOSSARY_DEFAULTS.activeWindowMonths,
    topShare: (numberInLabel("top.revenue_share") ?? GLOSSARY_DEFAULTS.topShare * 100) / 100,
    lapsedDays: numberInLabel("lapsed_top.customers") ?? GLOSSARY_DEFAULTS.lapsedDays,
  };
}
