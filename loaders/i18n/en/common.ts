/** Words shared by every area (English). */
import type { common as nl } from "../nl/common.ts";

export const common: typeof nl = {
  languageName: "English",
};
