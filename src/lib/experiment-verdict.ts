/**
 * The verdict sentence of an A/B test in the reader's language, from the evaluated result (its
 * verdict code, variants and checks) and the catalogue's words. The bundle's own `verdict.text` is
 * Dutch; this renders the same sentence in any catalogue, with the same choices as
 * loaders/metrics/ab-verdict.ts (best winner, worst loser, first treatment as the detail) and the
 * locale's number style (Dutch percentages as `12,0%`, which the card sets in the site's style).
 */
import type { ExperimentsSection, Messages } from "../../loaders/index.ts";
import { formatDay, type FormatSettings } from "../../loaders/browser.ts";

type Result = ExperimentsSection["results"][number];
type Variant = Result["variants"][number];
type Words = Messages["experiments"]["verdict"];

/** The verdict of `result` as the card's sentence. */
export function verdictText(result: Result, level: number, words: Words, settings: FormatSettings): string {
  const { locale } = settings;
  const percent = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const whole = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const pValue = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 });
  const pText = (p: number | null) => (p === null ? words.pUndefined : p < 0.0001 ? `p < ${new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(0.0001)}` : `p = ${pValue.format(p)}`);
  const chance = (c: number) => {
    if (c > 0.999) return words.chanceAbove(percent.format(0.999));
    if (c < 0.001) return words.chanceBelow(percent.format(0.001));
    if (c >= 0.995) return percent.format(Math.floor(c * 1000) / 1000);
    if (c < 0.005) return percent.format(Math.ceil(c * 1000) / 1000);
    return whole.format(c);
  };
  const control = result.variants.find((v) => v.control);
  const comparison = (v: Variant) => {
    const c = v.comparison!;
    const lift = c.relative === null ? signed.format(c.absolute) + words.points : signed.format(c.relative);
    const interval = c.relativeInterval ? words.interval(whole.format(level), signed.format(c.relativeInterval.low), signed.format(c.relativeInterval.high)) : null;
    return words.comparison(percent.format(v.rate!), percent.format(control!.rate!), control!.name, lift, interval, pText(c.p));
  };
  const code = result.verdict.code;
  if (code === "invalid") return words.invalid;
  if (code === "no_data" || !control) return words.noData;
  if (code === "srm") return words.srm(pText(result.srm?.p ?? null), result.srm?.assumedEqual ?? false);
  const interim = result.running ? words.interim({ iso: result.end, long: formatDay(result.end, locale) }) : "";
  const peek = result.running ? words.peek : "";
  const treatments = result.variants.filter((v) => !v.control && v.comparison !== null);
  const byLift = (a: Variant, b: Variant) => b.comparison!.absolute - a.comparison!.absolute;
  if (code === "winner") {
    const best = treatments.filter((v) => v.comparison!.significant && v.comparison!.absolute > 0).sort(byLift)[0]!;
    return `${interim}${words.winner(best.name, comparison(best), control.name, chance(best.comparison!.chanceToBeat))}${peek}`;
  }
  if (code === "loser") {
    const worst = treatments.filter((v) => v.comparison!.significant && v.comparison!.absolute < 0).sort(byLift).reverse()[0]!;
    return `${interim}${words.loser(worst.name, control.name, comparison(worst))}${peek}`;
  }
  const first = treatments[0];
  const detail = first ? words.detail(first.name, comparison(first)) : "";
  if (code === "inconclusive") return `${interim}${words.noDifferenceYet(detail)}`;
  return words.noDifference(detail, result.detectableRelativeEffect === null ? null : whole.format(result.detectableRelativeEffect));
}
