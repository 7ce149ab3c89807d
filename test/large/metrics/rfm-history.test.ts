/** The rfmHistory check of test/metrics/rfm-cdnow.ts on the whole CDNOW_master.csv (23,570 customers). */
import { describeHistoryOnCdnow } from "../../metrics/rfm-cdnow.ts";
import { readCdnowRows } from "../../metrics/rfm-store.ts";

describeHistoryOnCdnow("CDNOW", readCdnowRows());
