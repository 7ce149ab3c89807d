/** `ByteTable` (`byte-table.ts`): ids, and what `dispose` keeps. */
import { describe, expect, it } from "vitest";
import { ByteTable, tableText } from "../../loaders/sources/byte-table.ts";

describe("ByteTable", () => {
  it("gives dense ids in first-seen order", () => {
    const table = new ByteTable();
    expect(["b", "a", "b", "c"].map((t) => table.idOf(t))).toEqual([0, 1, 0, 2]);
    expect(table.texts()).toEqual(["b", "a", "c"]);
  });

  it("lets go of its arrays on dispose, also of an arena it handed out, which stays readable there", () => {
    const table = new ByteTable();
    for (const t of ["O1", "O2", "O3"]) table.idOf(t);
    // As `TextMemo.tableOf` hands it out: views of the arena and the ends, no copy.
    const handedOut = { bytes: table.arena.subarray(0, 6), ends: table.ends.subarray(0, 3) };
    table.dispose(true);
    // The handed-out table still reads its texts …
    expect([0, 1, 2].map((i) => tableText(handedOut, i))).toEqual(["O1", "O2", "O3"]);
    // … and the disposed table no longer references them (so it cannot keep them alive).
    expect(table.arena.length).toBe(0);
    expect(table.ends.length).toBe(0);
    expect(table.size).toBe(0);
  });
});
