/** Scales and colours shared by every chart, defined once. */

/** Channel colours: digital channels in blues, offline in warm tones. */
export const CHANNEL_COLORS: Record<string, string> = {
  web: "#2166ac",
  app: "#4393c3",
  smart_tv: "#92c5de",
  store: "#d6604d",
  phone: "#f4a582",
};

/** A fallback palette for channels or groups without a fixed colour. */
export const FALLBACK_COLORS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"];

/** Colour of a channel by name. */
export function channelColor(name: string, index: number): string {
  return CHANNEL_COLORS[name] ?? FALLBACK_COLORS[index % FALLBACK_COLORS.length]!;
}

/** Sort key of a channel: its place in `CHANNEL_COLORS` (the theme's order), unknown channels after all of them. */
export function channelOrder(name: string): number {
  const i = Object.keys(CHANNEL_COLORS).indexOf(name);
  return i === -1 ? Object.keys(CHANNEL_COLORS).length : i;
}

/** Width of the phone rendering of every chart: fits a 360 px screen's card at ≥ 11 px text. */
export const PHONE_WIDTH = 320;

let phone = false;

/** Draws with every chart at {@link PHONE_WIDTH} (the second, narrow rendering a page switches to by CSS). */
export function atPhoneWidth<T>(draw: () => T): T {
  phone = true;
  try {
    return draw();
  } finally {
    phone = false;
  }
}

/** Whether the chart being drawn is the phone rendering. */
export function isPhone(): boolean {
  return phone;
}

/** A chart's width: `desktop` on wide screens, {@link PHONE_WIDTH} in the phone rendering. */
export function chartWidth(desktop = 640): number {
  return phone ? PHONE_WIDTH : desktop;
}

/** Default chart size and font, matching the site's CSS (width and left margin shrink in the phone rendering). */
export const CHART = {
  get width() {
    return chartWidth();
  },
  height: 260,
  get marginLeft() {
    return phone ? 48 : 56;
  },
  style: { fontSize: "12px", fontFamily: "inherit", overflow: "visible" },
};

/**
 * Month ticks for time axes in a locale (Plot formats dates in English): the year at January or
 * at the first tick, else the short month (`okt`, en-GB `Oct`).
 */
export function monthTicks(locale = "nl-NL"): (date: Date, index: number) => string {
  const short = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  return (date, index) => {
    const month = short.format(date).replace(".", "");
    return date.getUTCMonth() === 0 || index === 0 ? `${month}\n${date.getUTCFullYear()}` : month;
  };
}

/** Dutch month ticks (see {@link monthTicks}). */
export const monthTick = monthTicks("nl-NL");

/** A monthly UTC x axis with month ticks in a locale. */
export function monthX(locale = "nl-NL") {
  return { type: "utc", label: null, tickFormat: monthTicks(locale) } as const;
}

/** A monthly UTC x axis with Dutch ticks. */
export const MONTH_X = monthX("nl-NL");

/** WCAG relative luminance of a `#rrggbb` or `rgb(r, g, b)` colour. */
export function luminance(color: string): number {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const rgb = /^rgb\(\s*(\d+),\s*(\d+),\s*(\d+)\s*\)$/i.exec(color);
  const parts = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : rgb ? rgb.slice(1).map(Number) : null;
  if (!parts) throw new Error(`not a #rrggbb or rgb() colour: ${color}`);
  const [r, g, b] = parts.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `fill` (always ≥ 4.5 : 1 for an opaque fill). */
export function textOn(fill: string): "#000000" | "#ffffff" {
  return contrast(fill, "#000000") >= contrast(fill, "#ffffff") ? "#000000" : "#ffffff";
}
