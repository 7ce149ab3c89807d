/** Union of string tables: first-seen order over both, the second table's ids mapped; concatenation. */
import { describe, expect, it } from "vitest";
import { concatTables, unionTable } from "../../loaders/sources/table-union.ts";

const table = (texts: string[]) => {
  const bytes = Buffer.from(texts.join(""));
  let end = 0;
  return { bytes: new Uint8Array(bytes), ends: Int32Array.from(texts, (t) => (end += Buffer.byteLength(t))) };
};

describe("table union", () => {
  it("unions string tables in first-seen order and maps the second table's ids", () => {
    const { table: union, map } = unionTable(table(["K1", "K2", "é"]), table(["K3", "é", "K1", "K4"]));
    expect(Buffer.from(union.bytes).toString()).toBe("K1K2éK3K4");
    expect(Array.from(union.ends)).toEqual([2, 4, 6, 8, 10]);
    expect(Array.from(map)).toEqual([3, 2, 0, 4]);
  });

  it("keeps the first table itself when the second adds nothing, and concatenates", () => {
    const a = table(["x", "yy"]);
    expect(unionTable(a, table(["yy"])).table).toBe(a);
    const both = concatTables(a, table(["zzz"]));
    expect(Buffer.from(both.bytes).toString()).toBe("xyyzzz");
    expect(Array.from(both.ends)).toEqual([1, 3, 6]);
  });
});
