/** The cell memos' id assignment (`cell-memo.ts`) on hand-made records. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { TextMemo } from "../../loaders/sources/cell-memo.ts";
import type { RecordView } from "../../loaders/sources/csv-record.ts";
import type { CellRule } from "../../loaders/schemas/transaction.ts";

/** A one-cell record holding `text`, laid out as `readRecords` does (each record from byte 0, a new chunk). */
let chunk = 0;
function record(text: string): RecordView {
  const bytes = Buffer.from(text, "utf8");
  return { bytes, count: 1, start: Int32Array.of(0), end: Int32Array.of(bytes.length), escaped: new Uint8Array(1), line: 2, chunk: ++chunk, latin1: null, latin1End: bytes.length };
}

const ORDER_ID: CellRule<string | null> = { schema: z.string().trim().min(1), reason: "missing_order_id", expected: "an order id" };

describe("TextMemo", () => {
  it("keeps order ids that count up unindexed, also when an order's rows repeat the greatest id", () => {
    const memo = new TextMemo(ORDER_ID, "utf-8");
    const ids = ["O01", "O01", "O02", "O03", "O03", "O03", "O10"].map((t) => memo.get(record(t), 0));
    expect(ids).toEqual([0, 0, 1, 2, 2, 2, 3]);
    expect(memo.counting).toBe(true);
    expect(memo.size).toBe(4);
  });

  it("looks ids up once one comes back after a greater one, with the same ids as before", () => {
    const memo = new TextMemo(ORDER_ID, "utf-8");
    const ids = ["O01", "O02", "O02", "O01", "O03", "O02", "O00"].map((t) => memo.get(record(t), 0));
    expect(ids).toEqual([0, 1, 1, 0, 2, 1, 3]);
    expect(memo.counting).toBe(false);
    const table = memo.table();
    expect(Buffer.from(table.bytes).toString("utf8")).toBe("O01O02O03O00");
    expect(Array.from(table.ends)).toEqual([3, 6, 9, 12]);
  });
});
