/**
 * Customer lifetime value over a finite horizon from the BG/NBD (how often) and the Gamma-Gamma
 * (how much) models, discounted per month:
 *
 *   CLVᵢ = margin · E[Mᵢ] · Σ_{k=1..H} (E[Y(t_k) | xᵢ, t_xᵢ, Tᵢ] − E[Y(t_{k−1}) | …]) / (1 + d)^k,
 *   t_k = k · weeksPerMonth (default 52/12, so 12 months = 52 weeks), t₀ = 0.
 *
 * Purchases expected in month k are discounted as if made at the end of month k.
 */
import { bgNbdExpectedParts, type BgNbdParams, type DistinctRfm, distinctRfm, expectedAt, type RfmData } from "./bg-nbd.ts";
import { gammaGammaExpectedSpend, type GammaGammaParams } from "./gamma-gamma.ts";
import { finiteNonNegative, ModelRangeError } from "./model-error.ts";

/** Options of `clv`; every field has a default. */
export interface ClvOptions {
  /** Horizon H in months. Default 12. */
  months?: number;
  /** Discount rate d per month. Default 0.01. */
  monthlyDiscountRate?: number;
  /** Gross margin applied to revenue (1 = revenue CLV). Default 1. */
  margin?: number;
  /** Weeks per month. Default 52 / 12. */
  weeksPerMonth?: number;
}

/** Per-customer CLV and its two factors, aligned with the input rows. */
export interface ClvResult {
  /** Discounted expected purchases over the horizon: Σₖ ΔE[Y]ₖ / (1 + d)^k. */
  discountedPurchases: Float64Array;
  /** Gamma-Gamma expected value of a purchase (population mean for x = 0). */
  expectedSpend: Float64Array;
  /** margin × expectedSpend × discountedPurchases. */
  clv: Float64Array;
  /** Σ clv over customers. */
  total: number;
}

/**
 * Computes the discounted CLV of every customer; both parameter sets must come from converged
 * fits. Every value is finite and ≥ 0, or a `ModelRangeError` says why there is none. `rows` is
 * `distinctRfm(data)`, passed when the caller has it already.
 */
export function clv(bg: BgNbdParams, gg: GammaGammaParams, data: RfmData & { spend: ArrayLike<number> }, options: ClvOptions = {}, rows?: DistinctRfm): ClvResult {
  const months = options.months ?? 12;
  const d = options.monthlyDiscountRate ?? 0.01;
  const margin = options.margin ?? 1;
  const weeksPerMonth = options.weeksPerMonth ?? 52 / 12;
  if (!(Number.isInteger(months) && months >= 1)) throw new ModelRangeError(`clv expects months as an integer ≥ 1, got ${months}`);
  if (!(d > -1 && Number.isFinite(d))) throw new ModelRangeError(`clv expects a finite monthlyDiscountRate > −1, got ${d}`);
  if (!(weeksPerMonth > 0 && Number.isFinite(weeksPerMonth))) throw new ModelRangeError(`clv expects a finite weeksPerMonth > 0, got ${weeksPerMonth}`);
  if (!(margin >= 0 && Number.isFinite(margin))) throw new ModelRangeError(`clv expects a finite margin ≥ 0, got ${margin}`);
  if (data.spend.length !== data.x.length) throw new ModelRangeError(`clv expects spend and x of equal length, got ${data.spend.length}, ${data.x.length}`);

  const distinct = rows ?? distinctRfm(data);
  if (distinct.row.length !== data.x.length) throw new ModelRangeError(`clv expects the distinct rows of its data (${data.x.length} customers), got rows of ${distinct.row.length}`);
  const rowPurchases = new Float64Array(distinct.x.length);
  const expected = bgNbdExpectedParts(bg, Array.from({ length: months }, (_, k) => (k + 1) * weeksPerMonth), distinct);
  // (1 + d)^k once per month, not once per row and month (the same numbers).
  const discount = Float64Array.from({ length: months + 1 }, (_, k) => (1 + d) ** k);
  for (let g = 0; g < distinct.x.length; g++) {
    let previous = 0;
    let sum = 0;
    for (let k = 1; k <= months; k++) {
      const cumulative = expectedAt(expected, k - 1, g);
      sum += (cumulative - previous) / discount[k]!;
      previous = cumulative;
    }
    rowPurchases[g] = finiteNonNegative("clv", sum, previous);
  }
  const n = distinct.row.length;
  const result: ClvResult = { discountedPurchases: new Float64Array(n), expectedSpend: new Float64Array(n), clv: new Float64Array(n), total: 0 };
  for (let i = 0; i < n; i++) {
    const purchases = rowPurchases[distinct.row[i]!]!;
    const spend = gammaGammaExpectedSpend(gg, data.x[i]!, data.spend[i]!);
    result.discountedPurchases[i] = purchases;
    result.expectedSpend[i] = spend;
    result.clv[i] = finiteNonNegative("clv", margin * spend * purchases);
    result.total += result.clv[i]!;
  }
  return result;
}
