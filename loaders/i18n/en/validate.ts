/** Messages of `npm run validate` (English). */
import type { validate as nl } from "../nl/validate.ts";
import { counted } from "../plural.ts";

export const validate: typeof nl = {
  rowRejected: "Row rejected",
  moreRejectedTitle: "More rejected rows",
  moreRejected: (rest, files) => `${rest} more rejected rows in ${files}: see the job summary for the full account`,
  invalidData: "Invalid data",
  loadFailed: "Load failed",
  notice: "Note",
  rejection: (column, expected, reason) => `${column === null ? "row" : `column "${column}"`}: expected ${expected} (${reason})`,
  accountHeader: ["File", "Source", "Rows", "Accepted", "Rejected", "Share rejected", "Reasons"],
  rejectionsHeader: ["Line", "Column", "Reason", "Expected"],
  firstOf: (kept, total) => `The first ${kept} of ${counted(total, "rejected row", "rejected rows")}.`,
  summaryHeading: "Check of data/",
  ok: (threshold) => `✅ Every file was loaded; no file above the threshold of ${counted(threshold, "rejected row", "rejected rows")}.`,
  notOk: "❌ The data are not in order.",
  details: (file, rejected) => `Rejected rows in ${file} (${rejected})`,
  dataOk: "Data OK.",
  dataNotOk: "Data NOT OK.",
  summaryNotWritten: (detail) => `job summary not written (${detail}); the account follows in the log`,
  failed: (detail) => `validate failed: ${detail}`,
};
