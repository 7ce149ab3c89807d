/** The page shell of the site: menu, header, footer, skip link, language switch (Dutch). */
import { counted } from "../plural.ts";
export const layout = {
  /** Menu labels by page path (relative to the language's root). */
  nav: {
    "": "Overzicht",
    "segmenten/": "Segmenten",
    "herhaalaankopen/": "Herhaalaankopen",
    "cross-upsell/": "Cross- & upsell",
    "conversie/": "Conversie",
    "kanalen/": "Kanalen",
    "experimenten/": "Experimenten",
    "moment/": "Moment van de waarheid",
    "klantprofiel/": "Klantprofiel",
    "doelen/": "Doelen",
    "datakwaliteit/": "Datakwaliteit",
  },
  skipLink: "Naar de inhoud",
  /** `Data t/m 31 oktober 2026`. */
  dataThrough: (day: string) => `Data t/m ${day}`,
  mainMenu: "Hoofdmenu",
  /** The phone menu's button: `Menu · Segmenten`. */
  menuHere: (page: string) => `Menu · ${page}`,
  /** The language switch's landmark name. */
  languageSwitch: "Taal",
  /** The link to the same page in another language: `English`, read out as `Deze pagina in het Engels`. */
  otherLanguage: { nl: "Deze pagina in het Nederlands", en: "Deze pagina in het Engels" },
  footer: (minGroupSize: number) => `Alleen geaggregeerde cijfers; groepen kleiner dan ${counted(minGroupSize, "klant", "klanten")} worden niet getoond.`,
};
