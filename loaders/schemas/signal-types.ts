/**
 * The fixed vocabulary of behavioural signals (kept apart from the signals schema so the config
 * schema can name it without an import cycle).
 */

/** The fixed signal vocabulary. `usage`'s value is the share of the bundle used (0.8 = 80 %). */
export const SIGNAL_TYPES = [
  "web_visit",
  "registration",
  "download",
  "email_open",
  "email_click",
  "demo_request",
  "app_use",
  "service_contact",
  "faq_view",
  "usage",
] as const;

/** A signal type of the vocabulary. */
export type SignalType = (typeof SIGNAL_TYPES)[number];

/** Dutch names of the signal types, for the site. */
export const SIGNAL_NAMES_NL: Record<SignalType, string> = {
  web_visit: "Websitebezoek",
  registration: "Registratie",
  download: "Download",
  email_open: "E-mail geopend",
  email_click: "Klik in e-mail",
  demo_request: "Demo-aanvraag",
  app_use: "App-gebruik",
  service_contact: "Contact klantenservice",
  faq_view: "FAQ bekeken",
  usage: "Bundelverbruik",
};

