/** The RFM checks of test/metrics/rfm-cdnow.ts on the whole CDNOW_master.csv (23,570 customers). */
import { describeRfmOnCdnow } from "../../metrics/rfm-cdnow.ts";
import { readCdnowRows } from "../../metrics/rfm-store.ts";

describeRfmOnCdnow("CDNOW", readCdnowRows());
