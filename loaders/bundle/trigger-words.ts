/** A trigger rule in plain words for the site, e.g. "Bundelverbruik ≥ 80 %" / "Bundle usage ≥ 80%" (catalogue area `moments.rules`). */
import { DEFAULT_LOCALE, type Language, messages } from "../i18n/index.ts";
import type { TriggerCondition } from "../schemas/triggers.ts";

/** The rule's condition in words in `language` (Dutch by default); `overdueFactor` is the repurchase model's factor. */
export function describeRule(when: TriggerCondition, overdueFactor: number, language: Language = "nl"): string {
  const t = messages(language);
  const words = t.moments.rules;
  const format = new Intl.NumberFormat(DEFAULT_LOCALE[language], { maximumFractionDigits: 2 });
  const n = (x: number) => format.format(x);
  switch (when.rule) {
    case "threshold":
      return when.signal === "usage" ? words.usage(t.profile.signalNames.usage, n(when.atLeast * 100)) : words.threshold(t.profile.signalNames[when.signal], n(when.atLeast));
    case "rising":
      return words.rising(t.profile.signalNames[when.signal], n(when.factor), when.baselineDays);
    case "count":
      return words.count(when.atLeast, t.profile.signalNames[when.signal], when.withinDays);
    case "silence":
      return words.silence(when.days);
    case "overdue":
      return words.overdue(n(overdueFactor));
  }
}
