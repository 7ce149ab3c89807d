/**
 * The segment table's rows as display text (nl-NL by default): customers, share, revenue of the
 * month and of the scoring window with their shares, average order value, month-over-month change
 * and the recommended action. A suppressed figure (fewer than k customers) and a figure that does
 * not exist (a share of a non-positive total, a change from zero) both read "–"; the flags tell
 * which, for a footnote. Formatting only: every number comes from the bundle section.
 */
import type { RfmSection } from "../../loaders/index.ts";
import { formatValue, percentSuffix, signed, type FormatSettings } from "../../loaders/browser.ts";
import { type Language, messages } from "../../loaders/index.ts";
import { SEGMENTS } from "../../loaders/index.ts";

/** One formatted row of the segment table. */
export interface SegmentTableRow {
  id: string;
  /** Name in the table's language. */
  name: string;
  /** English name (for a tooltip or the README). */
  nameEn: string;
  color: string;
  customers: string;
  share: string;
  revenue: string;
  revenueShare: string;
  /** Net revenue over the scoring window (Σ Monetary) and its share of all scored customers'. */
  windowRevenue: string;
  windowRevenueShare: string;
  averageOrderValue: string;
  /** Change in customers since the previous month end, e.g. "+12 (+3,4 %)". */
  delta: string;
  /** Whether the change is good, bad or neutral news for this segment. */
  deltaTone: "good" | "bad" | "neutral";
  action: string;
  /** True when the segment's figures are suppressed (fewer than k customers). */
  suppressed: boolean;
  /** True when the month's revenue is suppressed (the segment, or fewer than k buyers that month). */
  revenueSuppressed: boolean;
}

/** Segments whose growth is good news (the rest shrinking is). */
const GROWING = new Set(["champions", "loyal", "potential-loyalist", "new-customers", "promising"]);

/**
 * Formats the section's table rows, in segment order, in `language` (Dutch by default): names from
 * the bundle, default actions from the catalogue; an action the data description set itself is data, shown as written.
 */
export function segmentTableData(section: Pick<RfmSection, "table" | "segments">, settings: FormatSettings, language: Language = "nl"): SegmentTableRow[] {
  const actions = messages(language).segments.table.actions;
  return section.table.map((row) => {
    const info = section.segments.find((s) => s.id === row.id)!;
    const suppressed = row.customers === null;
    const text = (v: number | null, unit: "count" | "currency" | "percent") => formatValue(v, unit, settings);
    let delta = "–";
    let deltaTone: SegmentTableRow["deltaTone"] = "neutral";
    if (row.customersDelta !== null) {
      const absolute = signed(row.customersDelta, settings, 0);
      const relative = row.customersDeltaRelative === null ? "" : ` (${signed(row.customersDeltaRelative * 100, settings, 1)}${percentSuffix(settings.locale)})`;
      delta = absolute + relative;
      if (row.customersDelta !== 0) deltaTone = (row.customersDelta > 0) === GROWING.has(row.id) ? "good" : "bad";
    }
    return {
      id: row.id,
      name: language === "en" ? info.name : info.nameNl,
      nameEn: info.name,
      color: info.color,
      customers: text(row.customers, "count"),
      share: text(row.share, "percent"),
      revenue: text(row.revenue, "currency"),
      revenueShare: text(row.revenueShare, "percent"),
      windowRevenue: text(row.windowRevenue, "currency"),
      windowRevenueShare: text(row.windowRevenueShare, "percent"),
      averageOrderValue: text(row.averageOrderValue, "currency"),
      delta,
      deltaTone,
      action: row.action === SEGMENTS.find((s) => s.id === row.id)?.action ? (actions[row.id] ?? row.action) : row.action,
      suppressed,
      // Month revenue is null only when hidden (also when fewer than k customers bought that month).
      revenueSuppressed: row.revenue === null,
    };
  });
}
