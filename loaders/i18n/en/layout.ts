/** The page shell of the site: menu, header, footer, skip link, language switch (English). */
import type { layout as nl } from "../nl/layout.ts";
import { counted } from "../plural.ts";

export const layout: typeof nl = {
  nav: {
    "": "Overview",
    "segmenten/": "Segments",
    "herhaalaankopen/": "Repeat purchases",
    "cross-upsell/": "Cross- & upsell",
    "conversie/": "Conversion",
    "kanalen/": "Channels",
    "experimenten/": "Experiments",
    "moment/": "Moment of truth",
    "klantprofiel/": "Customer profile",
    "doelen/": "Goals",
    "datakwaliteit/": "Data quality",
  },
  skipLink: "Skip to content",
  dataThrough: (day) => `Data through ${day}`,
  mainMenu: "Main menu",
  menuHere: (page) => `Menu · ${page}`,
  languageSwitch: "Language",
  otherLanguage: { nl: "This page in Dutch", en: "This page in English" },
  footer: (minGroupSize) => `Aggregated figures only; groups smaller than ${counted(minGroupSize, "customer", "customers")} are not shown.`,
};
