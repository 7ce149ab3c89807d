/** Types the catalogue areas share with the modules that read them. */

/** A metric's name and plain-language definition. */
export interface Term {
  name: string;
  definition: string;
}

/** The settings some definitions mention (from the data description). */
export interface GlossaryParams {
  activeWindowMonths: number;
  topShare: number;
  lapsedDays: number;
}

/** A glossary entry with this data set's settings filled in. */
export type Define = (p: GlossaryParams) => Term;

/** A pattern of the loaders' English "expected" texts and its rendering in the catalogue's language. */
export type ExpectedRule = readonly [RegExp, (m: RegExpMatchArray) => string];
