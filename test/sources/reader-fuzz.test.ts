/**
 * Fuzz test of the reader: random bytes, quotes (closed, doubled, stray, never closed), CRLF /
 * LF / CR line breaks and delimiters inside cells, loaded through the real transaction loader
 * and compared with an independent count of the records. Rows read = records = accepted +
 * rejected, nothing crashes, and no message carries a cell's value.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadSources } from "../../loaders/sources/load-sources.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import { config, dataDir } from "./helpers.ts";

/** Whitespace as `String.prototype.trim` sees it (what may follow a closing quote). */
const BLANK = /\s/;

/**
 * Counts the data records of decoded text, independently of papaparse: a cell that starts with a
 * quote ends at a quote followed by optional blanks and a delimiter or line break (or by the end
 * of the text); `""` is a quote inside. A quote never closed makes its record end with its line,
 * and reading goes on at the next line. Blank records (one empty cell) are not records; the first
 * record is the header. Line breaks: CRLF, CR and LF.
 */
function referenceRecords(raw: string, delimiter: string): number {
  const text = raw.replace(/\r\n?/g, "\n");
  const n = text.length;
  let i = 0;
  let records = 0;
  while (i < n) {
    let cells = 0;
    let empty = true; // the record so far is one empty cell
    let done = false;
    while (!done) {
      cells++;
      if (text[i] === '"') {
        let j = i;
        let end = -1; // index after the closing quote's trailing blanks (at the delimiter / line break / end)
        for (;;) {
          j = text.indexOf('"', j + 1);
          if (j === -1) break;
          if (j === n - 1) {
            end = n;
            break;
          }
          if (text[j + 1] === '"') {
            j++;
            continue;
          }
          let k = j + 1;
          while (k < n && text[k] !== delimiter && text[k] !== "\n" && BLANK.test(text[k]!)) k++;
          if (text[k] === delimiter || text[k] === "\n") {
            end = k;
            break;
          }
        }
        if (end === -1) {
          // Never closed: the record ends with the line where the quote opened.
          const lineEnd = text.indexOf("\n", i);
          i = lineEnd === -1 ? n : lineEnd + 1;
          empty = false;
          done = true;
          break;
        }
        if (j !== i + 1) empty = false;
        i = end;
      } else {
        let k = i;
        while (k < n && text[k] !== delimiter && text[k] !== "\n") k++;
        if (k > i) empty = false;
        i = k;
      }
      if (cells > 1) empty = false;
      if (i >= n || text[i] === "\n") {
        i++;
        done = true;
      } else i++; // the delimiter
    }
    if (!empty) records++;
  }
  return Math.max(0, records - 1);
}

/** Every value carries this marker, so a message that quotes a value is found. */
const MARK = "XQ";

const value = fc.oneof(
  fc.stringMatching(/^[a-z0-9 .,;\t"-]{0,8}$/).map((s) => `${MARK}${s}`),
  fc.constantFrom("1", "2025-01-02", "12.50", "-3", ""),
  fc.stringMatching(/^[a-z\r\n,;"]{0,6}$/).map((s) => `"${MARK}${s.replaceAll('"', '""')}"`), // properly quoted
  fc.stringMatching(/^[a-z\r\n,;]{0,6}$/).map((s) => `"${MARK}${s}`), // a quote never closed (unless a later one closes it)
  fc.stringMatching(/^[a-z]{0,4}$/).map((s) => `${MARK}${s}"${s}`), // a stray quote inside
);
const breakChar = fc.constantFrom("\n", "\r\n", "\r");
const row = fc.tuple(fc.array(value, { minLength: 1, maxLength: 6 }), breakChar);
const file = fc.record({
  rows: fc.array(row, { maxLength: 25 }),
  delimiter: fc.constantFrom(",", ";", "\t"),
  bytes: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 3 }), // invalid UTF-8 bytes inserted
});

describe("reader fuzz", () => {
  it("reads as many rows as an independent count finds records; accepted + rejected = read; no value in a message", async () => {
    await fc.assert(
      fc.asyncProperty(file, async ({ rows, delimiter, bytes }) => {
        const header = ["order", "customer", "date", "amount"].join(delimiter);
        const body = rows.map(([cells, br]) => cells.join(delimiter) + br).join("");
        let content = Buffer.from(`${header}\n${body}`);
        for (const [at, byte] of bytes) {
          const p = header.length + 1 + (body.length === 0 ? 0 : at % (content.length - header.length));
          content = Buffer.concat([content.subarray(0, p), Buffer.from([byte]), content.subarray(p)]);
        }
        const expected = referenceRecords(new TextDecoder().decode(content), delimiter);
        const d = delimiter === "\t" ? '"\\t"' : `"${delimiter}"`;
        const source = `files: "*.csv"\nformat: { delimiter: ${d}, date: yyyy-mm-dd }\ncolumns: { orderId: order, customerId: customer, date: date, amount: amount }\nchannel: web`;
        const dir = await dataDir({ "klantbeeld.yaml": config(source), "a.csv": content });
        const { accounts } = await loadSources(await readConfig(dir), dir);
        const a = accounts[0]!;
        expect(a.rowsRead).toBe(expected);
        expect(a.rowsAccepted + a.rowsRejected).toBe(a.rowsRead);
        const messages = [...a.warnings, ...a.rejections.flatMap((r) => [r.expected, r.reason, r.column ?? ""])];
        for (const m of messages) expect(m).not.toContain(MARK);
      }),
      { numRuns: 150, seed: 1313 },
    );
  }, 60_000);

  it("counts by hand on small cases (the reference itself)", () => {
    expect(referenceRecords('h\n1\n"a\nb"\n2', ",")).toBe(3); // a quoted line break is inside a cell
    expect(referenceRecords('h\n1,"open\n2\n3', ",")).toBe(3); // the open quote's record ends with its line
    expect(referenceRecords('h\n""\n\n"x" ,y\n', ",")).toBe(1); // a quoted empty cell alone is blank
    expect(referenceRecords('h\r\n1\r2\n', ",")).toBe(2);
  });
});
