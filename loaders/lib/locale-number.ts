/**
 * Strict parsing of numbers as exports write them: `1234.56`, `1.234,56`, `-12,5`.
 * Nothing is guessed: the decimal and thousands separators come from the data description,
 * and anything that does not fit them exactly is NaN (a rejection), never a silent reading.
 */

/** Separators of one export's numbers. */
export interface NumberFormat {
  decimal: "." | ",";
  thousands: "" | "." | "," | " ";
}

/** Builds the strict pattern for a format; thousands groups must be whole groups of three. */
function patternFor({ decimal, thousands }: NumberFormat): RegExp {
  const d = decimal === "." ? "\\." : ",";
  const t = thousands === "" ? null : thousands === "." ? "\\." : thousands === " " ? " " : ",";
  const int = t ? `(?:\\d{1,3}(?:${t}\\d{3})+|\\d+)` : "\\d+";
  return new RegExp(`^[-+]?${int}(?:${d}\\d+)?$`);
}

/**
 * Returns a parser for one number format. The parser returns NaN for text that is not a number
 * in exactly that format (empty, letters, a second decimal separator, misplaced grouping).
 * @example numberParser({ decimal: ",", thousands: "." })("1.234,56") === 1234.56
 */
export function numberParser(format: NumberFormat): (text: string) => number {
  const pattern = patternFor(format);
  const { decimal, thousands } = format;
  return (raw: string): number => {
    const text = raw.trim();
    if (!pattern.test(text)) return Number.NaN;
    let plain = text;
    if (thousands !== "" && plain.includes(thousands)) plain = plain.split(thousands).join("");
    if (decimal === ",") plain = plain.replace(",", ".");
    return Number(plain);
  };
}

/** Rounds an amount to whole cents, so sums of money stay exact to the cent. */
export function toCents(value: number): number {
  return Math.round(value * 100) / 100;
}
