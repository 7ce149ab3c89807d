/** The words charts draw (axis titles, legends, labels): the catalogue's `charts` area of the page's language, passed in by the page. */
import type { Messages } from "../../loaders/index.ts";

/** The `charts` area of a catalogue. */
export type ChartWords = Messages["charts"];
