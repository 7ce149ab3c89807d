/** How a series' numbers are shown and which direction is good (neutral: lib/format.ts and the bundle share them). */

/** How a series' numbers are shown. */
export type Unit = "count" | "currency" | "percent" | "ratio" | "days";

/** Whether a rise is good (`up`), bad (`down`) or neither (`none`). */
export type Better = "up" | "down" | "none";
