/**
 * The reader accounts for every record: an unterminated quote, mixed line breaks, replaced
 * bytes, a UTF-16 file and whitespace-aligned text, each on a tiny file with counts by hand.
 */
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { LoadError } from "../../loaders/model/load-error.ts";
import { readCsv } from "../../loaders/sources/read-csv.ts";
import { dataDir } from "./helpers.ts";

type Format = Parameters<typeof readCsv>[1]["format"];

/** Reads `text` (or bytes) with `format`; collects rows, open quotes and replaced-cell events. */
async function read(content: string | Uint8Array, format: Partial<Format> = {}) {
  const dir = await dataDir({ "x.csv": content });
  const rows: [number, string[]][] = [];
  const open: number[] = [];
  const replaced: [number, number[]][] = [];
  const info = await readCsv(join(dir, "x.csv"), {
    format: { delimiter: ",", encoding: "utf-8", ...format },
    file: "x.csv",
    onRow: (cells, line) => rows.push([line, [...cells]]),
    onOpenQuote: (line) => open.push(line),
    onReplaced: (cells, line) => {
      replaced.push([line, [...cells]]);
      return cells.includes(0);
    },
  });
  return { info, rows, open, replaced };
}

describe("readCsv", () => {
  it("ends a record whose quote never closes at its line and reads every later record", async () => {
    // 1,000 records; record 989 (line 990) opens a quote it never closes.
    const lines = ["id,text"];
    for (let i = 1; i <= 1000; i++) lines.push(i === 989 ? `${i},"open` : `${i},t${i}`);
    const { rows, open } = await read(`${lines.join("\n")}\n`);
    expect(open).toEqual([990]);
    expect(rows.length).toBe(999);
    expect(rows.length + open.length).toBe(1000);
    expect(rows.at(-1)).toEqual([1001, ["1000", "t1000"]]);
    expect(rows[988]).toEqual([991, ["990", "t990"]]);
  });

  it("finds an open quote past the first chunk of a big file, and more than one", async () => {
    const lines = ["id,text"];
    for (let i = 1; i <= 20_000; i++) lines.push(i === 15_000 || i === 19_000 ? `${i},"x${i}` : `${i},${"y".repeat(20)}`);
    const { rows, open } = await read(`${lines.join("\r\n")}\r\n`);
    expect(open).toEqual([15_001, 19_001]);
    expect(rows.length).toBe(19_998);
  });

  it("refuses an open quote in the header, naming the file and line", async () => {
    const error = await read('"id,text\n1,a\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toMatch(/^data\/x\.csv:1 a quote \(".*never closed/);
  });

  it("treats CRLF, LF and CR alike, also mixed in one file", async () => {
    const { rows } = await read("a,b\r\n1,2\n3,4\r\n5,6\r7,8");
    expect(rows).toEqual([
      [2, ["1", "2"]],
      [3, ["3", "4"]],
      [4, ["5", "6"]],
      [5, ["7", "8"]],
    ]);
  });

  it("reports cells with bytes that are not valid UTF-8, by line and cell", async () => {
    // Latin-1 "é" (0xE9) in a file declared UTF-8: cell 1 of line 2, cell 0 of line 3.
    const bytes = Buffer.concat([Buffer.from("a,b\n1,caf"), Buffer.from([0xe9]), Buffer.from("\n"), Buffer.from([0xe9]), Buffer.from(",x\n2,ok\n")]);
    const { rows, replaced, info } = await read(bytes);
    expect(replaced).toEqual([
      [2, [1]],
      [3, [0]],
    ]);
    // The handler rejected line 3 (cell 0); line 2 went on to onRow.
    expect(rows.map(([line]) => line)).toEqual([2, 4]);
    expect(info.warnings).toEqual([]);
  });

  it("refuses a UTF-16 file declared UTF-8 with how to declare or re-save it, and reads it when declared", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a;b\r\n1;é\r\n", "utf16le")]);
    const error = await read(bytes, { delimiter: ";" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toContain("data/x.csv:1 the file is UTF-16LE");
    expect((error as Error).message).toContain("encoding: utf-16le");
    expect((error as Error).message).toContain("CSV UTF-8");
    const { rows } = await read(bytes, { delimiter: ";", encoding: "utf-16le" });
    expect(rows).toEqual([[2, ["1", "é"]]]);
    const big = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(iconv.encode("a\n1\n", "utf16be"))]);
    expect((await read(big, { encoding: "utf-16be" })).rows).toEqual([[2, ["1"]]]);
  });

  it("splits whitespace-aligned text on runs of blanks (CDNOW as shipped)", async () => {
    const { rows, info } = await read(" customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n\r\n 00002 19970112\t1   12.00  \r\n", {
      delimiter: "whitespace",
    });
    expect(info.header).toEqual(["customer_id", "date", "number_of_cds", "dollar_value"]);
    expect(rows).toEqual([
      [2, ["00001", "19970101", "1", "11.77"]],
      [4, ["00002", "19970112", "1", "12.00"]],
    ]);
  });
});
