/**
 * Combinable sentence parts for more variety in long generated releases: an optional opener
 * followed by a clause in verb-second order ("Nach ersten Schätzungen | erhalten | die Kommunen | …").
 */

export interface Clause {
  /** Subject as it stands after the verb (lower-case article). */
  subject: string;
  verb: string;
  rest: string;
}

export const OPENERS = [
  'Nach Angaben des Ministeriums',
  'Nach ersten Schätzungen',
  'Im Vergleich zum Vorjahr',
  'In den kommenden Monaten',
  'Darüber hinaus',
  'Zudem',
  'Inzwischen',
  'Nach Auskunft der Landesdirektion',
  'Auch {REGION}',
  'Bereits jetzt',
  'Seit dem Start des Programms',
];

export const CLAUSES: Clause[] = [
  { subject: 'die Zahl der Anträge', verb: 'ist', rest: 'um {PERCENT} gestiegen' },
  { subject: 'die Kommunen', verb: 'erhalten', rest: 'zusätzlich {AMOUNT}' },
  { subject: 'die Landesdirektion Sachsen', verb: 'hat', rest: 'die ersten Bescheide verschickt' },
  { subject: 'rund {COUNT} Menschen', verb: 'haben sich', rest: 'an der Befragung beteiligt' },
  { subject: 'die Träger', verb: 'können', rest: 'die Mittel flexibel einsetzen' },
  { subject: 'das Vorhaben', verb: 'wird', rest: 'aus Mitteln des Landes und des Bundes finanziert' },
  { subject: 'die Nachfrage', verb: 'ist', rest: 'in {PLACE} besonders hoch' },
  { subject: 'die Projekte', verb: 'sollen', rest: 'bis {nextYear} umgesetzt werden' },
  { subject: 'mehr als {COUNT} Fachleute', verb: 'haben', rest: 'an der Ausarbeitung mitgewirkt' },
  { subject: 'der Freistaat', verb: 'übernimmt', rest: 'bis zu {PERCENT} der Kosten' },
  { subject: 'ein Beirat', verb: 'begleitet', rest: 'die Umsetzung' },
  { subject: 'die Beteiligten', verb: 'ziehen', rest: 'eine positive Zwischenbilanz' },
  { subject: 'die Kosten', verb: 'belaufen sich', rest: 'auf {AMOUNT}' },
  { subject: 'die Bauarbeiten', verb: 'sollen', rest: 'im {month} beginnen' },
  { subject: 'das Angebot', verb: 'richtet sich', rest: 'an Bürgerinnen und Bürger aller Altersgruppen' },
  { subject: 'die Verbände', verb: 'haben', rest: 'ihre Unterstützung zugesagt' },
  { subject: 'die Erfahrungen aus {PLACE}', verb: 'fließen', rest: 'in die weitere Planung ein' },
  { subject: 'eine Auswertung', verb: 'ist', rest: 'für {nextYear} vorgesehen' },
  { subject: 'weitere {COUNT} Vorhaben', verb: 'befinden sich', rest: 'in der Prüfung' },
  { subject: 'die Wartezeiten', verb: 'sind', rest: 'spürbar kürzer geworden' },
];
