/**
 * The `profile` bundle section ("Klantprofiel"): signals per month by type and per segment, the
 * engaged share, silent customers and how many return, profile completeness per field, overall
 * and per segment, and — descriptively — which fields go with higher revenue and retention.
 * Small groups are hidden (`moment-protect.ts`).
 */
import { isoDay, monthKey, monthOfDay } from "../lib/months.ts";
import { engagedShare } from "../metrics/engaged-share.ts";
import { profileCompleteness, type SnapshotLike } from "../metrics/profile-completeness.ts";
import { profileValue } from "../metrics/profile-value.ts";
import { signalsByMonth } from "../metrics/signals-by-month.ts";
import { silentCustomers } from "../metrics/silent-customers.ts";
import { SIGNAL_NAMES_NL, SIGNAL_TYPES } from "../schemas/signal-types.ts";
import type { ProfileFieldInfo } from "../sources/moment-data.ts";
import { MOMENT_GROUP_NAMES, MOMENT_GROUPS, type MomentInputs } from "./moment-inputs.ts";
import { protectGroups, safeCount, safeShare } from "./moment-protect.ts";
import { series } from "./series.ts";
import type { Series } from "./types.ts";

type Values = (number | null)[];

/** One side of a field comparison as published. */
export interface PublishedProfileGroup {
  customers: number | null;
  meanRevenue: number | null;
  activeShare: number | null;
}

/** The `profile` section; per-month arrays follow `months`. */
export interface ProfileSection {
  asOf: string;
  month: string;
  minGroupSize: number;
  silentDays: number;
  activeDays: number;
  months: string[];
  signals: {
    types: { id: string; nameNl: string; signals: Values; customers: Values }[];
    customers: Values;
    bySegment: { id: string; nameNl: string; customers: Values }[];
  };
  engaged: { base: Values; share: Values; bySegment: { id: string; nameNl: string; share: number | null }[] };
  silence: { entered: Values; returned: Values; returnShare: Values; silent: Values; silentNowBySegment: { id: string; nameNl: string; customers: number | null }[] };
  completeness: {
    profiles: Values;
    overall: Values;
    fields: { id: string; name: string; share: Values }[];
    bySegment: { id: string; nameNl: string; overall: Values }[];
  };
  fieldValue: { id: string; name: string; with: PublishedProfileGroup; without: PublishedProfileGroup; revenueRatio: number | null; activeDifference: number | null }[];
}

/** Builds the section (months from the first month with signals or profiles) and its series over the bundle months first … last. */
export function profileSection(
  inputs: MomentInputs,
  snapshots: readonly SnapshotLike[],
  fields: readonly ProfileFieldInfo[],
  first: number,
  last: number,
  k: number,
  activeDays: number,
  dataFirstDay: number | null,
): { series: Series[]; section: ProfileSection } {
  const { asOf, timeline: t } = inputs;
  const silentDays = inputs.triggers.silentDays;
  const groupOf = { group: inputs.group, count: MOMENT_GROUPS.length };
  const pageFirst = Math.min(last, Math.max(first, dataFirstDay === null ? last : monthOfDay(dataFirstDay)));
  const from = pageFirst - first;
  const cut = (v: Values) => v.slice(from);
  // Before the first month with signals or profiles the series have no figure rather than a 0.
  const fromData = (v: Values) => v.map((x, i) => (i < from ? null : x));
  const counts = (v: readonly number[]) => v.map((x) => safeCount(x, k));
  const sig = signalsByMonth(t, first, last, asOf, groupOf);
  const eng = engagedShare(t, first, last, asOf, groupOf);
  const sil = silentCustomers(t, first, last, asOf, silentDays, groupOf, inputs.observedFrom);
  const comp = profileCompleteness(snapshots, fields.length, first, last, asOf, groupOf);
  const value = profileValue(snapshots, fields.length, inputs.revenue, inputs.lastPurchase, { asOf, activeDays });
  const engagedShown = eng.engaged.map((e, m) => safeShare(e, eng.base[m]!, k));
  const completeness = comp.overall.map((v, m) => (comp.profiles[m]! >= k ? v : null));
  const silentShown = counts(sil.silent);
  const segmentSignals = protectGroups(sig.byGroup, k);
  const lastIndex = last - first;
  const silentNow = protectGroups(sil.silentNowByGroup.map((v) => [v]), k).map((r) => r[0]!);
  // With + without = the profiles (published): when one side is small, neither side's count is shown.
  const group = (p: { customers: number; meanRevenue: number | null; activeShare: number | null; active: number }, other: { customers: number }): PublishedProfileGroup => {
    const otherSmall = other.customers > 0 && other.customers < k;
    return p.customers < k
      ? { customers: p.customers === 0 ? 0 : null, meanRevenue: null, activeShare: null }
      : { customers: otherSmall ? null : p.customers, meanRevenue: p.meanRevenue, activeShare: safeShare(p.active, p.customers, k) };
  };
  return {
    series: [
      series("signals.engaged_share", "Betrokken klanten (signaal in de maand)", "percent", "up", fromData(engagedShown)),
      series("signals.silent", "Stille klanten", "count", "down", fromData(silentShown)),
      series("profile.completeness", "Volledigheid klantprofielen", "percent", "up", fromData(completeness)),
    ],
    section: {
      asOf: isoDay(asOf),
      month: monthKey(last),
      minGroupSize: k,
      silentDays,
      activeDays,
      months: Array.from({ length: last - pageFirst + 1 }, (_, m) => monthKey(pageFirst + m)),
      signals: {
        types: SIGNAL_TYPES.map((id, i) => ({ id, nameNl: SIGNAL_NAMES_NL[id], signals: cut(sig.customers[i]!.map((c, m) => (safeCount(c, k) === null ? null : sig.signals[i]![m]!))), customers: cut(counts(sig.customers[i]!)) })),
        customers: cut(counts(sig.total)),
        bySegment: MOMENT_GROUPS.map((id, g) => ({ id, nameNl: MOMENT_GROUP_NAMES[g]!, customers: cut(segmentSignals[g]!) })),
      },
      engaged: {
        base: cut(counts(eng.base)),
        share: cut(engagedShown),
        bySegment: MOMENT_GROUPS.map((id, g) => ({ id, nameNl: MOMENT_GROUP_NAMES[g]!, share: safeShare(eng.byGroup[g]!.engaged[lastIndex]!, eng.byGroup[g]!.base[lastIndex]!, k) })),
      },
      silence: {
        entered: cut(counts(sil.entered)),
        // Returned ⊂ fallen silent: shown only when those still silent are no small group either.
        returned: cut(sil.returned.map((r, m) => (r > 0 && safeShare(r, sil.entered[m]!, k) === null ? null : r))),
        returnShare: cut(sil.returned.map((r, m) => safeShare(r, sil.entered[m]!, k))),
        silent: cut(silentShown),
        silentNowBySegment: MOMENT_GROUPS.map((id, g) => ({ id, nameNl: MOMENT_GROUP_NAMES[g]!, customers: silentNow[g]! })),
      },
      completeness: {
        profiles: cut(counts(comp.profiles)),
        overall: cut(completeness),
        fields: fields.map((f, i) => ({ id: f.id, name: f.name, share: cut(comp.filled[i]!.map((v, m) => safeShare(v, comp.profiles[m]!, k))) })),
        bySegment: MOMENT_GROUPS.map((id, g) => ({ id, nameNl: MOMENT_GROUP_NAMES[g]!, overall: cut(comp.byGroup[g]!.profiles.map((p, m) => (p >= k && fields.length > 0 ? comp.byGroup[g]!.cells[m]! / (p * fields.length) : null))) })),
      },
      fieldValue: value.map((v) => ({
        id: fields[v.field]!.id,
        name: fields[v.field]!.name,
        with: group(v.with, v.without),
        without: group(v.without, v.with),
        revenueRatio: v.with.customers >= k && v.without.customers >= k ? v.revenueRatio : null,
        activeDifference: v.with.customers >= k && v.without.customers >= k ? v.activeDifference : null,
      })),
    },
  };
}
