/** A trigger rule in plain Dutch for the site, e.g. "Bundelverbruik ≥ 80 %". */
import { SIGNAL_NAMES_NL } from "../schemas/signal-types.ts";
import type { TriggerCondition } from "../schemas/triggers.ts";

const nl = (x: number) => new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 }).format(x);

/** The rule's condition in words; `overdueFactor` is the repurchase model's factor. */
export function describeRule(when: TriggerCondition, overdueFactor: number): string {
  switch (when.rule) {
    case "threshold":
      return when.signal === "usage" ? `${SIGNAL_NAMES_NL.usage} ≥ ${nl(when.atLeast * 100)} %` : `${SIGNAL_NAMES_NL[when.signal]}: waarde ≥ ${nl(when.atLeast)}`;
    case "rising":
      return `${SIGNAL_NAMES_NL[when.signal]} gaat ${nl(when.factor)} × zo snel als gewoonlijk (mediaan van de ${when.baselineDays} dagen ervoor)`;
    case "count":
      return `${when.atLeast} × ${SIGNAL_NAMES_NL[when.signal].toLowerCase()} binnen ${when.withinDays} dagen`;
    case "silence":
      return `${when.days} dagen geen enkel signaal en geen aankoop`;
    case "overdue":
      return `Over tijd voor de volgende aankoop (${nl(overdueFactor)} × de gewone tussentijd)`;
  }
}
