/** How the site and reports name a moment and a comparison (Dutch). */
export const period = {
  /** A standing figure at a month's last day: `eind oktober 2026`. */
  monthEnd: (month: string) => `eind ${month}`,
  /** A standing figure on another day (a partial month): `op 9 april 2026`. */
  onDay: (day: string) => `op ${day}`,
  vsLastMonth: "t.o.v. vorige maand",
  vsLastYear: "t.o.v. vorig jaar",
  vsSameDaysLastMonth: "t.o.v. zelfde dagen vorige maand",
  vsSameDaysLastYear: "t.o.v. zelfde dagen vorig jaar",
};
