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

/** The names and counts a bundle warning is made of (`BundleWarning.params`). */
export type WarningParams = Record<string, string | number>;

/** A bundle warning worded from its params; `n` writes a count in the reader's number format. */
export type WarningText = (p: WarningParams, n: (x: number) => string) => string;

/** A pattern of the loaders' English "expected" texts and its rendering in the catalogue's language. */
export type ExpectedRule = readonly [RegExp, (m: RegExpMatchArray) => string];
