/** Generated daily reports of a police directorate: several incidents, one paragraph each. */
import { formatLongDate, formatNumericDate } from './date-format.js';
import { fillTemplate, countWords, type TemplateValues } from './fill-template.js';
import { germanNumber } from './corpus-values.js';
import type { Random } from './prng.js';
import { INCIDENTS, POLICE_DISTRICTS } from './vocabulary/police-incidents.js';

export interface PoliceReportText {
  title: string;
  body: string[];
}

function incidentPlace(rnd: Random, city: string): string {
  const area = POLICE_DISTRICTS[city];
  if (!area) return city;
  return rnd.chance(0.5) ? `${city}-${rnd.pick(area.districts)}` : rnd.pick(area.towns);
}

function policeValues(rnd: Random): TemplateValues {
  return {
    fixed: {},
    fresh: {
      AGE: () => String(rnd.int(17, 86)),
      SMALL: () => `${germanNumber(rnd.int(2, 90) * 100)} Euro`,
    },
  };
}

export function policeReport(rnd: Random, city: string, date: string, titleAsDaily: boolean): PoliceReportText {
  const values = policeValues(rnd);
  const incidents = rnd.shuffled(INCIDENTS);
  const body: string[] = [];
  let words = 0;
  const wanted = rnd.int(2, 6);
  for (const incident of incidents) {
    if (body.length >= wanted && words >= 150) break;
    const hour = String(rnd.int(0, 23)).padStart(2, '0');
    const minute = String(rnd.int(0, 11) * 5).padStart(2, '0');
    const facts = incident.sentences.map((s) => fillTemplate(s, values)).join(' ');
    const paragraph =
      `${incident.headline} – Ort: ${incidentPlace(rnd, city)}, Zeit: ${formatNumericDate(date)}, ` +
      `gegen ${hour}:${minute} Uhr. ${facts}`;
    body.push(paragraph);
    words += countWords(paragraph);
  }
  body.push(
    `Hinweise nimmt die Polizeidirektion ${city} oder jede andere Polizeidienststelle entgegen. ` +
      'Die Ermittlungen dauern in allen Fällen an.',
  );
  const first = body[0]?.split(' – ')[0] ?? 'Polizeibericht';
  return { title: titleAsDaily ? `Polizeibericht vom ${formatLongDate(date)}` : first, body };
}
