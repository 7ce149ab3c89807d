/**
 * The RFM segments: ids, names (English, Dutch), the site's one segment palette, the default
 * Dutch action per segment, and the ONE ordered rule table that maps scores to a segment.
 *
 * Rules read R (recency score 1–5) and FM = round-half-up((F + M) / 2) (1–5), so the table is a
 * 5 × 5 grid; each rule is a rectangle of that grid and the rectangles tile it without overlap
 * (tested on all 125 (R, F, M) cells). Change a rule → bump `RFM_RULES_VERSION`.
 */

import { SEGMENT_IDS, type SegmentId } from "../schemas/rfm.ts";

export { SEGMENT_IDS, type SegmentId };

/** Everything the site and the export show about one segment. */
export interface Segment {
  id: SegmentId;
  /** English name. */
  name: string;
  /** Dutch name (the site's default locale). */
  nameNl: string;
  /** Colour on the site (the one segment palette). */
  color: string;
  /** Recommended action in Dutch; the business may override it in the config (`rfm.actions`). */
  action: string;
}

/** The segments in `SEGMENT_IDS` order: names, palette colour and default action. */
export const SEGMENTS: readonly Segment[] = [
  { id: "champions", name: "Champions", nameNl: "Kampioen", color: "#1b7837", action: "Belonen en als ambassadeur inzetten" },
  { id: "loyal", name: "Loyal", nameNl: "Loyale klant", color: "#5aae61", action: "Loyaliteitsprogramma aanbieden en duurdere producten voorstellen" },
  { id: "potential-loyalist", name: "Potential loyalist", nameNl: "Potentieel loyale klant", color: "#a6dba0", action: "Lidmaatschap of spaarprogramma aanbieden" },
  { id: "new-customers", name: "New customers", nameNl: "Nieuwe klant", color: "#2166ac", action: "Welkom heten met een onboardingreeks" },
  { id: "promising", name: "Promising", nameNl: "Veelbelovend", color: "#67a9cf", action: "Tweede aankoop uitlokken met een proefaanbod" },
  { id: "need-attention", name: "Need attention", nameNl: "Heeft aandacht nodig", color: "#fdb863", action: "Tijdelijk aanbod op basis van eerdere aankopen" },
  { id: "about-to-sleep", name: "About to sleep", nameNl: "Slaper", color: "#e08214", action: "Wakker maken met een kortingscode" },
  { id: "at-risk", name: "At risk", nameNl: "Dreigt te vertrekken", color: "#d6604d", action: "Persoonlijk contact opnemen" },
  { id: "cant-lose-them", name: "Can't lose them", nameNl: "Mag niet gaan", color: "#b2182b", action: "Terugwinnen met een persoonlijk aanbod" },
  { id: "hibernating", name: "Hibernating", nameNl: "Winterslaap", color: "#8c8c8c", action: "Heractiveren met relevante producten en een speciale korting" },
  { id: "lost", name: "Lost", nameNl: "Vertrokken", color: "#4d4d4d", action: "Alleen nog een sterke actie; anders niet meer benaderen" },
];

/** Version of the rule table below; the bundle records it so a changed grid is never compared silently. */
export const RFM_RULES_VERSION = 1;

/** One rule: scores with R in `r` and FM in `fm` (inclusive ranges) belong to `segment`. */
export interface SegmentRule {
  segment: SegmentId;
  r: readonly [number, number];
  fm: readonly [number, number];
}

/**
 * The rule table, evaluated in order (first match), and non-overlapping by construction (tested):
 *
 * ```
 * R\FM  1               2                   3                   4                5
 *  5    new-customers   potential-loyalist  potential-loyalist  champions        champions
 *  4    promising       potential-loyalist  potential-loyalist  loyal            champions
 *  3    about-to-sleep  need-attention      need-attention      loyal            loyal
 *  2    hibernating     about-to-sleep      at-risk             at-risk          cant-lose-them
 *  1    lost            hibernating         at-risk             cant-lose-them   cant-lose-them
 * ```
 */
export const SEGMENT_RULES: readonly SegmentRule[] = [
  { segment: "champions", r: [5, 5], fm: [4, 5] },
  { segment: "champions", r: [4, 4], fm: [5, 5] },
  { segment: "loyal", r: [4, 4], fm: [4, 4] },
  { segment: "loyal", r: [3, 3], fm: [4, 5] },
  { segment: "potential-loyalist", r: [4, 5], fm: [2, 3] },
  { segment: "new-customers", r: [5, 5], fm: [1, 1] },
  { segment: "promising", r: [4, 4], fm: [1, 1] },
  { segment: "need-attention", r: [3, 3], fm: [2, 3] },
  { segment: "about-to-sleep", r: [3, 3], fm: [1, 1] },
  { segment: "about-to-sleep", r: [2, 2], fm: [2, 2] },
  { segment: "at-risk", r: [2, 2], fm: [3, 4] },
  { segment: "at-risk", r: [1, 1], fm: [3, 3] },
  { segment: "cant-lose-them", r: [2, 2], fm: [5, 5] },
  { segment: "cant-lose-them", r: [1, 1], fm: [4, 5] },
  { segment: "hibernating", r: [2, 2], fm: [1, 1] },
  { segment: "hibernating", r: [1, 1], fm: [2, 2] },
  { segment: "lost", r: [1, 1], fm: [1, 1] },
];

/** FM score: (F + M) / 2 rounded half up, so (4, 5) → 5 and (1, 2) → 2. */
export function fmScore(f: number, m: number): number {
  return Math.floor((f + m + 1) / 2);
}

/** Index in `SEGMENT_IDS` of a segment id; throws on an unknown id. */
export function segmentIndex(id: string): number {
  const i = (SEGMENT_IDS as readonly string[]).indexOf(id);
  if (i < 0) throw new Error(`expected an RFM segment id (${SEGMENT_IDS.join(", ")}), got "${id}"`);
  return i;
}

/** Every segment id whose rule matches (R, F, M): exactly one for valid scores (the 125-cell test). */
export function matchingSegments(r: number, f: number, m: number): SegmentId[] {
  const fm = fmScore(f, m);
  const hits: SegmentId[] = [];
  for (const rule of SEGMENT_RULES) {
    if (r >= rule.r[0] && r <= rule.r[1] && fm >= rule.fm[0] && fm <= rule.fm[1] && !hits.includes(rule.segment)) hits.push(rule.segment);
  }
  return hits;
}

/** The segment of scores (R, F, M), each 1–5, by the first matching rule. */
export function segmentOf(r: number, f: number, m: number): SegmentId {
  const fm = fmScore(f, m);
  const rule = SEGMENT_RULES.find((x) => r >= x.r[0] && r <= x.r[1] && fm >= x.fm[0] && fm <= x.fm[1]);
  if (!rule) throw new Error(`expected RFM scores 1–5, got R=${r} F=${f} M=${m}`);
  return rule.segment;
}

/** Segment index per cell `(r-1)*25 + (f-1)*5 + (m-1)`: the hot-path lookup of `segmentOf`. */
export const SEGMENT_LOOKUP: Int8Array = (() => {
  const table = new Int8Array(125);
  for (let r = 1; r <= 5; r++)
    for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) table[(r - 1) * 25 + (f - 1) * 5 + (m - 1)] = segmentIndex(segmentOf(r, f, m));
  return table;
})();

/** The recommended action per segment: the config's override where given, else the default. */
export function segmentActions(overrides: Partial<Record<SegmentId, string>> = {}): Record<SegmentId, string> {
  const out = {} as Record<SegmentId, string>;
  for (const s of SEGMENTS) out[s.id] = overrides[s.id] ?? s.action;
  return out;
}
