/**
 * Names of the bundle's series that the glossary does not define (Dutch: the loaders' own labels).
 * The site names a series by its glossary term first, then by these, then by its label.
 */
export const siteSeries = {
  names: {
    "customers.known": "Bekende klanten",
    "cross_sell.orders": "Orders met cross-sell",
    "cross_sell.revenue": "Omzet cross-sell",
    "upsell.orders": "Orders met upsell",
    "upsell.revenue": "Omzet upsell",
    "trigger.entries": "Klanten in een trigger",
    "trigger.coverage": "Dekking triggers (aanbod op tijd)",
    "offers.acceptance_lift": "Lift acceptatie op het moment (t.o.v. anders)",
    "signals.engaged_share": "Betrokken klanten (signaal in de maand)",
    "signals.silent": "Stille klanten",
    "profile.completeness": "Volledigheid klantprofielen",
  } as Record<string, string>,
  /** `segment.<id>.<measure>` with the segment's name. */
  segment: {
    customers: (segment: string) => `Klanten – ${segment}`,
    revenue: (segment: string) => `Omzet – ${segment}`,
    revenue_share: (segment: string) => `Omzetaandeel – ${segment}`,
  } as Record<string, (segment: string) => string>,
  /** `journey.<id>.conversion` with the journey's name (data). */
  journey: (journey: string) => `Conversie ${journey}`,
  /** `channel.<code>.revenue` with the channel's label. */
  channel: (channel: string) => `Netto-omzet ${channel}`,
};
