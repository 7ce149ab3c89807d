import { describe, expect, it } from "vitest";
import { fixPdfDates, pdfDate } from "../../loaders/report/pdf-dates.ts";

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const text = (b: Uint8Array) => Buffer.from(b).toString("latin1");
// The information dictionary as Skia writes it, between other objects whose offsets must not move.
const skia = (created: string, modified: string) =>
  `%PDF-1.4\n1 0 obj\n<</Title (Maandrapport)\n/Producer (Skia/PDF m156)\n/CreationDate (${created})\n/ModDate (${modified})>>\nendobj\n2 0 obj\n<</Type /Catalog>>\nendobj\nxref\n`;

describe("pdfDate", () => {
  it("writes a day at midnight UTC in Skia's layout", () => {
    expect(pdfDate("2026-10-31")).toBe("D:20261031000000+00'00'");
    expect(() => pdfDate("31-10-2026")).toThrow('expected a yyyy-mm-dd day, got "31-10-2026"');
  });
});

describe("fixPdfDates", () => {
  it("sets both dates to the day and moves no other byte", () => {
    const input = skia("D:20261206051650+00'00'", "D:20261206051651+00'00'");
    const out = text(fixPdfDates(bytes(input), "2026-10-31"));
    expect(out).toBe(skia("D:20261031000000+00'00'", "D:20261031000000+00'00'"));
    expect(out.length).toBe(input.length);
    expect(out.indexOf("2 0 obj")).toBe(input.indexOf("2 0 obj"));
  });

  it("gives the same bytes for PDFs printed at different times", () => {
    const a = fixPdfDates(bytes(skia("D:20261206051650+00'00'", "D:20261206051650+00'00'")), "2026-10-31");
    const b = fixPdfDates(bytes(skia("D:20270101235959+00'00'", "D:20270101235959+00'00'")), "2026-10-31");
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("refuses a PDF without exactly one date of each kind, or with another date layout", () => {
    expect(() => fixPdfDates(bytes("%PDF-1.4\n<</Title (x)>>"), "2026-10-31")).toThrow("expected one /CreationDate and one /ModDate, found none");
    expect(() => fixPdfDates(bytes(skia("D:20261206051650+00'00'", "D:20261206051650+00'00'").replace("/ModDate", "/Other")), "2026-10-31")).toThrow("found CreationDate");
    expect(() => fixPdfDates(bytes(skia("D:20261206051650Z", "D:20261206051650+00'00'")), "2026-10-31")).toThrow('unexpected PDF date layout "D:20261206051650Z"');
  });
});
