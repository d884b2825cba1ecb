/**
 * Applies the archivists' corrections (ingest/store/corrections-store.ts) to a record built from its
 * extraction, oldest first, and notes on the record when, what and why — not the extracted values
 * they replace. The id is the record's as built: a correction never changes it.
 */
import { isoDateToDayNumber, type Release } from '../../src/archive/release.js';
import { INVITATION_TYPE } from '../classify/release-classification.js';
import { foreignLanguage } from '../parse/language-parts.js';
import { correctedFields, type Correction } from '../store/corrections-store.js';

export function applyCorrections(built: Release, corrections: readonly Correction[]): Release {
  const { corrections: _earlier, ...release } = built;
  if (corrections.length === 0) return release;
  const record: Release = { ...release };
  for (const { values } of corrections) {
    if (values.title !== undefined) {
      record.title = values.title;
      // The extracted title's language was the extracted title's: read the corrected one as the parser does.
      const lang = foreignLanguage(values.title);
      if (lang) record.titleLang = lang;
      else delete record.titleLang;
    }
    if (values.subtitle !== undefined) {
      if (values.subtitle === '') delete record.subtitle;
      else record.subtitle = values.subtitle;
    }
    if (values.date !== undefined) {
      const dateNum = isoDateToDayNumber(values.date);
      if (dateNum !== undefined)
        Object.assign(record, { date: values.date, dateNum, year: Number(values.date.slice(0, 4)) });
    }
    if (values.sender !== undefined) {
      record.ministry = values.sender.name;
      record.ministryShort = values.sender.short;
      // The printed name was the extracted sender's.
      delete record.ministryPrinted;
    }
    if (values.topics !== undefined) record.topics = [...values.topics];
    if (values.type !== undefined) {
      record.type = values.type;
      // Only an invitation carries an event (its .ics download).
      if (values.type !== INVITATION_TYPE) delete record.event;
    }
    if (values.contact !== undefined) record.contact = { ...values.contact };
    if (values.sourceUrl !== undefined) {
      const url = values.sourceUrl;
      record.sources = record.sources.map(({ sourceUrl: _old, ...source }) =>
        url ? { ...source, sourceUrl: url } : source,
      );
    }
  }
  record.corrections = corrections.map(({ at, values, reason }) => ({ at, fields: correctedFields(values), reason }));
  return record;
}
