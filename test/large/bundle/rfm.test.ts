/** The RFM section's suppression checks (test/bundle/rfm-suppression.ts) on the whole CDNOW_master.csv. */
import { readCdnowRows } from "../../metrics/rfm-store.ts";
import { describeSuppression } from "../../bundle/rfm-suppression.ts";

describeSuppression("CDNOW", readCdnowRows());
