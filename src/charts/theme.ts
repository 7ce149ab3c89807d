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

/** Default chart size and font, matching the site's CSS. */
export const CHART = { width: 640, height: 260, marginLeft: 56, style: { fontSize: "12px", fontFamily: "inherit", overflow: "visible" } };

const SHORT_MONTH = new Intl.DateTimeFormat("nl-NL", { month: "short", timeZone: "UTC" });

/**
 * Dutch month ticks for time axes (Plot formats dates in English): the year at January or at
 * the first tick, else the short month (`okt`).
 */
export function monthTick(date: Date, index: number): string {
  const month = SHORT_MONTH.format(date).replace(".", "");
  return date.getUTCMonth() === 0 || index === 0 ? `${month}\n${date.getUTCFullYear()}` : month;
}

/** A monthly UTC x axis with Dutch ticks. */
export const MONTH_X = { type: "utc", label: null, tickFormat: monthTick } as const;
