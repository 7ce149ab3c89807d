/**
 * The verdict of an evaluated A/B test in plain Dutch, for the result card. The order of the
 * checks is the order of trust: a test without one control or without visitors has no verdict;
 * a sample-ratio mismatch overrules any lift; then significance decides.
 */
import type { ExperimentResult, VariantResult } from "./ab-test.ts";

/** Machine-readable verdict plus the sentence shown on the card. */
export interface Verdict {
  code: "invalid" | "no_data" | "srm" | "winner" | "loser" | "no_difference" | "inconclusive";
  text: string;
}

const PERCENT = new Intl.NumberFormat("nl-NL", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
const SIGNED = new Intl.NumberFormat("nl-NL", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
const WHOLE = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 0 });
const P_VALUE = new Intl.NumberFormat("nl-NL", { maximumSignificantDigits: 2 });

/** `p = 0,034`, or `p < 0,0001`. */
function pText(p: number | null): string {
  if (p === null) return "p onbepaald";
  return p < 0.0001 ? "p < 0,0001" : `p = ${P_VALUE.format(p)}`;
}

/**
 * A chance as a whole percentage, kept off 0 % and 100 %: near the ends one decimal, rounded
 * towards 50 % (0,9988 → 99,8%, never "100%"), and beyond 99,9 % "meer dan 99,9%".
 */
export function chanceText(chance: number): string {
  if (chance > 0.999) return "meer dan 99,9%";
  if (chance < 0.001) return "minder dan 0,1%";
  if (chance >= 0.995) return PERCENT.format(Math.floor(chance * 1000) / 1000);
  if (chance < 0.005) return PERCENT.format(Math.ceil(chance * 1000) / 1000);
  return WHOLE.format(chance);
}

/** `dd-mm-yyyy` of an ISO day. */
function dutchDate(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

/** "B: 12,0% tegen 10,0% bij A (+20,0%, 95%-interval +5,1% tot +37,0%; p = 0,004)". */
function comparisonText(v: VariantResult, control: VariantResult, level: number): string {
  const c = v.comparison!;
  const lift = c.relative === null ? `${SIGNED.format(c.absolute)} punt` : SIGNED.format(c.relative);
  const interval = c.relativeInterval
    ? `, ${WHOLE.format(level)}-interval ${SIGNED.format(c.relativeInterval.low)} tot ${SIGNED.format(c.relativeInterval.high)}`
    : "";
  return `conversie ${PERCENT.format(v.rate!)} tegen ${PERCENT.format(control.rate!)} bij ${control.name} (${lift}${interval}; ${pText(c.p)})`;
}

/** The verdict of `result` (everything but the verdict itself). */
export function verdict(result: Omit<ExperimentResult, "verdict"> & { level: number }): Verdict {
  const control = result.variants.find((v) => v.control);
  if (result.problems.length > 0 && (!control || result.variants.length < 2 || result.variants.filter((v) => v.control).length !== 1)) {
    return { code: "invalid", text: "Geen oordeel mogelijk: het experiment heeft geen eenduidige controlevariant of maar één variant." };
  }
  if (!control || result.variants.some((v) => v.visitors === 0)) {
    return { code: "no_data", text: "Nog geen oordeel: niet elke variant heeft bezoekers." };
  }
  const interim = result.running ? `Tussenstand (de test loopt tot ${dutchDate(result.end)}): ` : "";
  if (result.srm?.flagged) {
    const assumed = result.srm.assumedEqual ? ", gelijke verdeling aangenomen" : "";
    return {
      code: "srm",
      text:
        `Niet betrouwbaar: de bezoekers zijn anders over de varianten verdeeld dan gepland (SRM-toets, ${pText(result.srm.p)}${assumed}). ` +
        "Zoek eerst de oorzaak, bijvoorbeeld een fout in de toewijzing of de meting, en trek geen conclusie uit deze test.",
    };
  }
  const treatments = result.variants.filter((v) => !v.control && v.comparison !== null);
  const byLift = (a: VariantResult, b: VariantResult) => b.comparison!.absolute - a.comparison!.absolute;
  const winners = treatments.filter((v) => v.comparison!.significant && v.comparison!.absolute > 0).sort(byLift);
  const losers = treatments.filter((v) => v.comparison!.significant && v.comparison!.absolute < 0).sort(byLift).reverse();
  const peek = result.running ? " Tussentijds kijken vergroot de kans op een toevallige uitslag: wacht de einddatum af." : "";
  if (winners.length > 0) {
    const best = winners[0]!;
    return {
      code: "winner",
      text: `${interim}${best.name} wint: ${comparisonText(best, control, result.level)}. Kans dat ${best.name} beter is dan ${control.name}: ${chanceText(best.comparison!.chanceToBeat)}.${peek}`,
    };
  }
  if (losers.length > 0) {
    const worst = losers[0]!;
    return {
      code: "loser",
      text: `${interim}${worst.name} doet het slechter dan ${control.name}: ${comparisonText(worst, control, result.level)}. Niet invoeren.${peek}`,
    };
  }
  const first = treatments[0];
  const detail = first ? ` ${first.name}: ${comparisonText(first, control, result.level)}.` : "";
  if (result.running) {
    return { code: "inconclusive", text: `${interim}nog geen aantoonbaar verschil.${detail} Laat de test doorlopen tot de geplande einddatum.` };
  }
  const reach =
    result.detectableRelativeEffect === null
      ? ""
      : ` Met deze aantallen was pas een verschil van ongeveer ${WHOLE.format(result.detectableRelativeEffect)} (relatief) betrouwbaar aan te tonen.`;
  return { code: "no_difference", text: `Geen aantoonbaar verschil.${detail}${reach}` };
}
