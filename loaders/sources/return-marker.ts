/**
 * How a transactions source marks a return or cancellation (`returns:` in the data
 * description): by a negative order total (the default, nothing to do here), by an order id
 * prefix (`C536379`), or by a flag column. With a declared marker a marked row is made negative
 * and an unmarked negative row is rejected, so write-offs are not counted as returns.
 */
import type { TransactionSource } from "../schemas/config.ts";
import { cellText, type RecordView } from "./csv-record.ts";
import { columnIndex, type HeaderPlace } from "./header.ts";
import { LoadError } from "../model/load-error.ts";

/** The marker of one source, bound to a file's header. */
export interface ReturnMarker {
  /** False for `returns: negative`: rows keep their sign and nothing is rejected. */
  active: boolean;
  /** Words for an `unmarked_negative` rejection. */
  expected: string;
  /** Finds the flag column in the header (a missing column stops the load). */
  onHeader(header: readonly string[], place: HeaderPlace): void;
  /** The header name the rejection names: the amount's column is not known here, so the flag column or null. */
  column(header: readonly string[]): string | null;
  /** Whether record `r` is marked as a return (`orderCol`: the order id's cell index, -1 without). */
  marked(r: RecordView, orderCol: number): boolean;
}

/** The marker `source.returns` declares. */
export function returnMarker(source: TransactionSource): ReturnMarker {
  const returns = source.returns;
  if (returns === "negative") {
    return { active: false, expected: "", onHeader() {}, column: () => null, marked: () => false };
  }
  if ("orderIdPrefix" in returns) {
    const prefix = returns.orderIdPrefix;
    return {
      active: true,
      expected: `a non-negative amount, or an order id starting with "${prefix}" (returns are marked so in data/klantbeeld.yaml)`,
      onHeader(_header, place) {
        if (source.columns.orderId === undefined) {
          throw new LoadError((t) => t.load.returnPrefix(place.source));
        }
      },
      column: () => null,
      marked: (r, orderCol) => orderCol !== -1 && cellText(r, orderCol, "utf-8").trim().startsWith(prefix),
    };
  }
  const values = new Set(returns.values.map((v) => v.trim().toLowerCase()));
  let at = -1;
  return {
    active: true,
    expected: `a non-negative amount, or "${returns.column}" one of ${returns.values.map((v) => `"${v}"`).join(", ")} (how returns are marked in data/klantbeeld.yaml)`,
    onHeader(header, place) {
      at = columnIndex(header, returns.column, "returns.column", place);
    },
    column: () => returns.column,
    marked: (r) => at !== -1 && values.has(cellText(r, at, "utf-8").trim().toLowerCase()),
  };
}
