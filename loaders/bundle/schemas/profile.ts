/** The zod schema of `bundle.sections.profile` (`ProfileSection`); `tsc` fails when the two drift apart. */
import { z } from "zod";
import type { ProfileSection, PublishedProfileGroup } from "../profile-section.ts";
import { named, nullableNumber, values } from "./common.ts";

const GroupSchema: z.ZodType<PublishedProfileGroup> = z.strictObject({
  customers: nullableNumber,
  meanRevenue: nullableNumber,
  activeShare: nullableNumber,
});

/** `bundle.sections.profile`. */
export const ProfileSectionSchema: z.ZodType<ProfileSection> = z.strictObject({
  asOf: z.string(),
  month: z.string(),
  minGroupSize: z.number(),
  silentDays: z.number(),
  activeDays: z.number(),
  months: z.array(z.string()),
  signals: z.strictObject({
    types: z.array(named({ signals: values, customers: values })),
    customers: values,
    bySegment: z.array(named({ customers: values })),
  }),
  engaged: z.strictObject({ base: values, share: values, bySegment: z.array(named({ share: nullableNumber })) }),
  silence: z.strictObject({
    entered: values,
    returned: values,
    returnShare: values,
    silent: values,
    silentNowBySegment: z.array(named({ customers: nullableNumber })),
  }),
  completeness: z.strictObject({
    profiles: values,
    overall: values,
    fields: z.array(z.strictObject({ id: z.string(), name: z.string(), share: values })),
    bySegment: z.array(named({ overall: values })),
  }),
  fieldValue: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      with: GroupSchema,
      without: GroupSchema,
      revenueRatio: nullableNumber,
      activeDifference: nullableNumber,
    }),
  ),
});
