import { z } from "zod";

/** Segment ids in their fixed order; a segment's index in this list is its code in `Int8Array`s. */
export const SEGMENT_IDS = [
  "champions",
  "loyal",
  "potential-loyalist",
  "new-customers",
  "promising",
  "need-attention",
  "about-to-sleep",
  "at-risk",
  "cant-lose-them",
  "hibernating",
  "lost",
] as const;

/** A segment id such as `champions` or `cant-lose-them`. */
export type SegmentId = (typeof SEGMENT_IDS)[number];

/**
 * The RFM settings an analyst may write under `rfm:` in `data/klantbeeld.yaml`. All fields have
 * defaults, so `rfm: {}` (or no `rfm` at all) gives the standard 12-month RFM.
 */

/** One RFM segment id (`champions`, `cant-lose-them`, …). */
export const SegmentIdSchema = z.enum(SEGMENT_IDS);

/** A move between segments worth an alert: a customer leaving any of `from` for any of `to`. */
export const AlertMoveSchema = z
  .object({
    /** Segments the customer was in at the previous month end. */
    from: z.array(SegmentIdSchema).min(1),
    /** Segments the customer is in now. */
    to: z.array(SegmentIdSchema).min(1),
  })
  .strict();

/** The default alert: valuable customers (Champions, Loyal, Can't lose them) slipping to At risk, Lost or Hibernating. */
export const DEFAULT_ALERT_MOVES: z.output<typeof AlertMoveSchema>[] = [
  { from: ["champions", "loyal", "cant-lose-them"], to: ["at-risk", "lost", "hibernating"] },
];

/** RFM settings: the scoring window, action overrides and the moves that raise an alert. */
export const RfmSettingsSchema = z
  .object({
    /** Months in the scoring window ending at each month end (12 = the last twelve calendar months). */
    windowMonths: z.number().int().min(1).max(60).default(12),
    /** Recommended action (Dutch) per segment id, replacing the default; segments not named keep theirs. */
    actions: z.partialRecord(SegmentIdSchema, z.string().min(1)).default({}),
    /** Segment moves between consecutive month ends that are counted for the digest's alerts. */
    alertMoves: z.array(AlertMoveSchema).default(() => DEFAULT_ALERT_MOVES.map((m) => ({ from: [...m.from], to: [...m.to] }))),
  })
  .strict();

export type AlertMove = z.output<typeof AlertMoveSchema>;
export type RfmSettings = z.output<typeof RfmSettingsSchema>;
