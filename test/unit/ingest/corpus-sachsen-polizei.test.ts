/**
 * Optional: the extractor on 11 real pages of Polizei Sachsen (2015, 2016, 2019; two of them saved
 * 404 pages). Runs when the corpus folder exists (see corpus-location.ts), else skips.
 *
 * Dates: we take the page's own date line ("Stand: 30.09.2016, 16:15 Uhr", the date the release
 * was issued; the PDF link says "Medieninformation vom 30.09.2016"). `<meta name="date">` and
 * pages_index.tsv give the web page's date, which for four pages is one to four days later.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ExtractionError } from '../../../ingest/extract/extraction-error.js';
import { extractRelease } from '../../../ingest/extract/extract-release.js';
import { repairMojibake } from '../../../ingest/text/mojibake.js';
import { corpusFolder } from './corpus-location.js';

const folder = corpusFolder('sachsen-polizei');

const expected: Record<string, { title: string; date: string; short: string }> = {
  MI_2015_37021: { title: 'Drei Einbrecher gestellt', date: '2015-07-09', short: 'PD Dresden' },
  MI_2016_45156: {
    title: 'Fliegerbombe in Räcknitz gefunden – Evakuierungsbereich festgelegt',
    date: '2016-09-30',
    short: 'PD Dresden',
  },
  MI_2016_45891: {
    title: 'Polizeiliche Ermittlungen zu „Bullenkopf“ abgeschlossen',
    date: '2016-11-07',
    short: 'PD Dresden',
  },
  MI_2016_46175: { title: 'Daimler-Benz gegen Straßenlaterne', date: '2016-11-25', short: 'PD Görlitz' },
  MI_2016_46176: {
    title: 'Plauen OT Kauschwitz: Zwei Verletzte und 25.000 Euro Schaden',
    date: '2016-11-25',
    short: 'PD Zwickau',
  },
  MI_2016_46177: {
    title: 'Abgelegte Injektionsnadeln – erste Untersuchungsergebnisse liegen vor',
    date: '2016-11-24',
    short: 'PD Dresden',
  },
  MI_2016_46204: { title: 'Raubtäter gestellt', date: '2016-11-27', short: 'PD Dresden' },
  MI_2019_63764: {
    title: 'Zigarettenautomaten gesprengt - 2 Jugendliche verläufig festgenommen u.a. Meldungen',
    date: '2019-04-07',
    short: 'PD Dresden',
  },
  MI_2019_63837: { title: 'Syrerin beleidigt u. a. Meldungen', date: '2019-04-10', short: 'PD Dresden' },
};
const errorPages = ['MI_2016_46178', 'MI_2016_46179'];

/** pages_index.tsv: page id → date and <title> as saved (the 2016 titles double-encoded). */
function readIndex(dir: string): Map<string, { date: string; title: string }> {
  const rows = readFileSync(join(dir, 'pages_index.tsv'), 'utf8').trim().split('\n').slice(1);
  return new Map(
    rows.map((row) => {
      const [, url = '', , , , date = '', title = ''] = row.split('\t');
      return [/MI_\d+_\d+/.exec(url)?.[0] ?? '', { date, title: repairMojibake(title).replace(/\s+/g, ' ') }];
    }),
  );
}

const isoFromGerman = (date: string): string => date.replace(/^(\d\d)\.(\d\d)\.(\d{4}).*$/, '$3-$2-$1');
const daysBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

describe(
  'real pages of Polizei Sachsen',
  { skip: folder ? false : 'corpus folder sachsen-polizei not found (set PRESSEARCHIV_CORPUS)' },
  () => {
    const dir = folder ?? '';
    const index = folder ? readIndex(dir) : new Map<string, { date: string; title: string }>();

    for (const [id, want] of Object.entries(expected)) {
      test(`${id}: ${want.title}`, async () => {
        const { release, type } = await extractRelease(readFileSync(join(dir, `${id}.html`)), `${id}.html`);
        assert.equal(type, 'html');
        assert.equal(release.title, want.title);
        assert.equal(release.date, want.date);
        assert.equal(release.ministryShort, want.short);
        assert.equal(release.ministry, `Polizeidirektion ${want.short.slice(3)}`);
        assert.ok(release.topics.includes('Sicherheit und Polizei'));
        assert.ok(release.body.length > 3 && release.summary.length > 50);
        const body = release.body.join('\n');
        for (const unwanted of [
          'Ã',
          'â\u0080',
          'Inhalt\n',
          'Seitenanfang',
          'Download',
          'Onlinewache',
          'Marginalspalte',
        ]) {
          assert.ok(!body.includes(unwanted), unwanted);
        }
        const row = index.get(id);
        assert.ok(row, `${id} in pages_index.tsv`);
        assert.ok(row.title.endsWith(want.title.trim()), `title in pages_index.tsv: ${row.title}`);
        assert.ok(row.title.includes(release.ministry));
        const lag = daysBetween(want.date, isoFromGerman(row.date));
        assert.ok(lag >= 0 && lag <= 4, `page date ${row.date} vs release date ${want.date}`);
      });
    }

    for (const id of errorPages) {
      test(`${id}: saved 404 page`, async () => {
        await assert.rejects(
          extractRelease(readFileSync(join(dir, `${id}.html`)), `${id}.html`),
          (e: unknown) => e instanceof ExtractionError && e.code === 'error-page',
        );
      });
    }
  },
);
