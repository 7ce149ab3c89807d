/**
 * Makes Chromium's PDF byte-stable. Skia writes the print time as `/CreationDate` and `/ModDate`
 * in the document information dictionary; everything else (objects, font subset tags, no `/ID`)
 * is already the same for the same page, fonts and Chromium. Both dates are rewritten in place to
 * the data's as-of day: PDF date strings have a fixed length here (`D:YYYYMMDDHHmmSS+00'00'`), so no
 * byte moves and the cross-reference offsets stay valid — no PDF library needed, nothing else
 * touched. An unexpected shape is an error rather than a silently time-stamped file.
 */

const DATE = /\/(CreationDate|ModDate) \(D:(\d{14})([^)]*)\)/g;

/** The PDF date string of a `yyyy-mm-dd` day at 00:00:00 UTC, in Skia's layout. */
export function pdfDate(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`expected a yyyy-mm-dd day, got "${day}"`);
  return `D:${day.replaceAll("-", "")}000000+00'00'`;
}

/**
 * The PDF with its creation and modification dates set to `day` (00:00 UTC); throws when the PDF
 * does not have exactly one of each in Skia's layout.
 */
export function fixPdfDates(pdf: Uint8Array, day: string): Uint8Array {
  const wanted = pdfDate(day);
  // latin1 maps every byte to one character and back, so indexes are byte offsets.
  const text = Buffer.from(pdf).toString("latin1");
  const found = [...text.matchAll(DATE)];
  const names = found.map((m) => m[1]).sort();
  if (names.join() !== "CreationDate,ModDate") throw new Error(`unexpected PDF from Chromium: expected one /CreationDate and one /ModDate, found ${names.join(", ") || "none"}`);
  const out = Buffer.from(pdf);
  for (const m of found) {
    const old = `D:${m[2]}${m[3]}`;
    if (old.length !== wanted.length) throw new Error(`unexpected PDF date layout "${old}" (expected ${wanted.length} characters)`);
    out.write(wanted, m.index + m[0].indexOf("(") + 1, "latin1");
  }
  return new Uint8Array(out);
}
