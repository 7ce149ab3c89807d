/** Line-break and whitespace normalisation across chunk boundaries, by hand. */
import { describe, expect, it } from "vitest";
import { LineNormalizer } from "../../loaders/sources/text-lines.ts";

/** Feeds `chunks` through one normaliser and joins the output. */
function run(chunks: string[], whitespace = false): string {
  const n = new LineNormalizer(whitespace);
  return chunks.map((c) => n.push(c)).join("") + n.end();
}

describe("LineNormalizer", () => {
  it("turns CRLF, CR and LF into LF, also when a CRLF is split between chunks", () => {
    expect(run(["a\r\nb\rc\nd"])).toBe("a\nb\nc\nd");
    expect(run(["a\r", "\nb"])).toBe("a\nb"); // one break, not two
    expect(run(["a\r", "b\r"])).toBe("a\nb\n");
    expect(run(["\r", "", "\n"])).toBe("\n");
  });

  it("splits whitespace-aligned lines on runs of blanks, also across chunks", () => {
    expect(run([" 00001 1997", "0101  1   11.", "77\r\n 2  \t 3 \r", "\n"], true)).toBe("00001\t19970101\t1\t11.77\n2\t3\n");
    expect(run(["a  ", "  b"], true)).toBe("a\tb");
    expect(run(["   \r\n"], true)).toBe("\n");
  });
});
