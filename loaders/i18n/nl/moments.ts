/** The moment-of-truth page (Moment van de waarheid) and its tables, Dutch. Trigger names and actions are data; a rule is worded from its condition (`rules`). */
import { counted } from "../plural.ts";
export const moments = {
  /** A trigger rule's condition in words (the signal's name from `profile.signalNames`, figures already formatted). */
  rules: {
    usage: (signal: string, percent: string) => `${signal} ≥ ${percent} %`,
    threshold: (signal: string, value: string) => `${signal}: waarde ≥ ${value}`,
    rising: (signal: string, factor: string, days: number) => `${signal} gaat ${factor} × zo snel als gewoonlijk (mediaan van de ${counted(days, "dag", "dagen")} ervoor)`,
    count: (times: number, signal: string, days: number) => `${times} × ${signal.toLowerCase()} binnen ${counted(days, "dag", "dagen")}`,
    silence: (days: number) => `${counted(days, "dag", "dagen")} geen enkel signaal en geen aankoop`,
    overdue: (factor: string) => `Over tijd voor de volgende aankoop (${factor} × de gewone tussentijd)`,
  },
  title: "Moment van de waarheid",
  lead: "Komt het aanbod op het moment dat de klant er open voor staat — en wordt het dan vaker aangenomen?",
  missing: "export van signalen en aanbiedingen (kind: signals en kind: offers)",
  intro: (day: string, days: number) =>
    `Stand ${day}. Een trigger is een moment waarop een passend aanbod vaker wordt aangenomen, zoals een bijna volle bundel of twee keer bellen met de klantenservice. Op tijd = binnen ${counted(days, "dag", "dagen")}.`,
  keyFigures: "Kerncijfers",
  acceptance: "Acceptatie",
  triggers: "Triggers",
  coverageTitle: "Aanbod op tijd per trigger",
  coverageNote: (days: number, k: number) => `Per maand waarin klanten in de trigger kwamen: het deel dat binnen ${counted(days, "dag", "dagen")} een aanbod kreeg. Maanden met minder dan ${counted(k, "klant", "klanten")} ontbreken; de laatste maand is nog niet af.`,
  howTitle: "Zo rekenen we",
  how: (days: number) => [
    ["Triggers staan in ", "data/klantbeeld.yaml", " onder ", "triggers:", " en worden per klant per dag beoordeeld; een klant komt in de trigger op de dag dat de regel gaat gelden."],
    [`Op tijd: een aanbod op de dag van de trigger tot en met ${counted(days, "dag", "dagen")} later. Een trigger waarvan die dagen nog niet voorbij zijn en die nog geen aanbod kreeg, telt nog niet mee.`],
    [`Acceptatie op het moment: aanbiedingen binnen ${counted(days, "dag", "dagen")} na een trigger tegenover alle andere aanbiedingen, met dezelfde toets als de A/B-tests (z-toets van twee proporties, interval van de relatieve lift).`],
    ["Dit is een vergelijking, geen experiment: klanten met een trigger kunnen ook om andere redenen vaker ja zeggen."],
  ],
  table: {
    title: "Triggers: wie kreeg op tijd een aanbod?",
    trigger: "Trigger",
    entries: "Klanten in trigger",
    within: (days: number) => `Aanbod binnen ${counted(days, "dag", "dagen")}`,
    median: "Mediaan tot aanbod",
    never: "Nooit een aanbod",
    lift: "Lift acceptatie",
    action: (action: string) => ` · Actie: ${action}`,
    all: "Alle triggers",
    note: (from: string, days: number, k: number) =>
      `Laatste 12 maanden (vanaf ${from}). Aanbod binnen ${counted(days, "dag", "dagen")}: van de klanten die in de trigger kwamen en van wie de ${counted(days, "dag", "dagen")} voorbij zijn. Mediaan: dagen van trigger tot het eerste aanbod, voor wie er een kreeg. “–”: minder dan ${counted(k, "klant", "klanten")}.`,
  },
  segments: {
    title: "Per segment",
    segment: "Segment",
    inTrigger: "In trigger",
    inTime: "Op tijd",
    lift: "Lift",
    outside: "Geen recente aankoop",
    note: "Segment: het RFM-segment aan het eind van de laatste maand; “Geen recente aankoop”: klanten zonder aankoop in het RFM-venster. Lift: alleen waar beide groepen groot genoeg zijn; houd de muis erboven voor het interval.",
  },
  months: {
    summary: "Cijfers per maand",
    region: (trigger: string) => `Per maand: ${trigger}`,
    inTrigger: "In trigger",
    inTime: "Op tijd",
    median: "Mediaan",
    never: "Nooit",
    note: (k: number, days: number) => `“–”: minder dan ${counted(k, "klant", "klanten")}, of (op tijd) nog niet te beoordelen omdat de ${counted(days, "dag", "dagen")} niet voorbij zijn.`,
  },
  /** Number words of these pages: days and the lift interval. */
  days: (n: string) => `${counted(n, "dag", "dagen")}`,
  to: "tot",
};
