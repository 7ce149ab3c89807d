/**
 * Reads web-analytics journey exports: one record per day (or month) × journey × optional
 * customer type, with visitors and conversions. A record whose conversions exceed its visitors,
 * or that repeats a day × journey × customer type already read, is rejected.
 */
import type { FileAccount } from "../model/file-account.ts";
import { monthOfDay, monthStart } from "../lib/months.ts";
import { journeyCells, type JourneyRow, type JourneySource } from "../schemas/journeys.ts";
import { readExport, REJECTED } from "./read-export.ts";

/** Journey rows of every file read so far, plus the keys that detect repeats. */
export interface JourneyData {
  rows: JourneyRow[];
  /** `day|journey|segment` keys already read (across files and sources). */
  seen: Set<string>;
}

/** An empty journey collection. */
export function emptyJourneys(): JourneyData {
  return { rows: [], seen: new Set() };
}

type Field = "date" | "journey" | "segment" | "visitors" | "conversions";

/** Reads one journeys file into `data`; returns its row account. */
export async function readJourneyFile(
  source: JourneySource,
  path: string,
  file: string,
  reportZone: string,
  data: JourneyData,
): Promise<FileAccount> {
  const rules = journeyCells(source.format, reportZone, source.period);
  return readExport<Field>(source, path, file, (row) => {
    const date = row.get("date", rules.date);
    if (date === REJECTED) return;
    const journey = row.get("journey", rules.journey);
    if (journey === REJECTED) return;
    const segment = row.has("segment") ? row.get("segment", rules.segment) : null;
    if (segment === REJECTED) return;
    const visitors = row.get("visitors", rules.visitors);
    if (visitors === REJECTED) return;
    const conversions = row.get("conversions", rules.conversions);
    if (conversions === REJECTED) return;
    if (conversions > visitors) {
      row.reject("conversions", "conversions_exceed_visitors", "conversions at most the row's visitors");
      return;
    }
    const day = source.period === "month" ? monthStart(monthOfDay(date)) : date;
    const key = `${source.period}|${day}|${journey}|${segment ?? ""}`;
    if (data.seen.has(key)) {
      row.reject(
        "date",
        "duplicate_row",
        `one row per ${source.period === "month" ? "month" : "day"}, journey and customer type (no repeats, no subtotal rows)`,
      );
      return;
    }
    data.seen.add(key);
    data.rows.push({ day, journey, segment, visitors, conversions });
  });
}
