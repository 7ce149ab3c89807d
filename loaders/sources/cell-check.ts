/**
 * Applies a zod cell schema cheaply to millions of cells: every distinct text is parsed by zod
 * once and the outcome remembered, so the cost follows the number of distinct values (dates,
 * channels, categories repeat endlessly) rather than the number of rows.
 */
import type { CellRule } from "../schemas/transaction.ts";

/** Marker for a cell that failed its schema. */
export const INVALID: unique symbol = Symbol("invalid");

/** A memoised checker: the parsed value, or `INVALID`. */
export type CellCheck<T> = (text: string) => T | typeof INVALID;

/**
 * Memoises `rule.schema.safeParse` per distinct text. The memo is cleared when it holds
 * `limit` entries, so high-cardinality columns (amounts, ids) cannot grow it without bound.
 */
export function cellCheck<T>(rule: CellRule<T>, limit = 65_536): CellCheck<T> {
  let memo = new Map<string, T | typeof INVALID>();
  const schema = rule.schema;
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const result = schema.safeParse(text);
    const value = result.success ? result.data : INVALID;
    if (memo.size >= limit) memo = new Map();
    memo.set(text, value);
    return value;
  };
}
