/** Prints the benchmark figures with their references and the targets of the speed issue. */
import type { ArchiveFigures } from './archive-bench.js';
import { PIPELINE_TARGET, type IngestFigures } from './ingest-bench.js';
import { EXTRACTION_TARGET, type OfficePdfFigures, type RealPdfFigures } from './real-pdf-bench.js';
import type { SearchFigures } from './search-bench.js';

interface Results {
  ranAt: string;
  machine: { cpus: number; cpuModel?: string; memoryGB: number; node: string; loadAverage?: number[] };
  corpus: string;
  /** Each part is absent when `--only` left it out. */
  ingest?: IngestFigures;
  officePdfs?: OfficePdfFigures;
  realPdfs?: RealPdfFigures[];
  archive?: ArchiveFigures;
  search?: SearchFigures;
  minutes: number;
}

const mark = (met: boolean): string => (met ? 'met' : 'NOT met');
const f1 = (n: number): string => n.toFixed(1);
const layoutsOf = (set: OfficePdfFigures): string =>
  Object.entries(set.layouts)
    .map(([layout, n]) => `${n} ${layout}`)
    .join(', ');

function ingestLines(ingest: IngestFigures, lines: string[]): void {
  const { pdf, pdfExtractOnly: extract, pdfIndexOnly: only, pipeline, html } = ingest;
  lines.push('', 'Ingest');
  lines.push(
    `  PDF: ${pdf.files} files, ${pdf.pages} pages in ${f1(pdf.seconds)} s = ${f1(pdf.pagesPerSecond)} pages/s (first ingest)`,
  );
  lines.push(
    `  the pipeline, ${pipeline.rounds} rounds in alternation: whole ingest ${pipeline.ingestSeconds.join(' / ')} s; extraction alone (--dry-run, both cores) ${pipeline.extractSeconds.join(' / ')} s; Meilisearch alone indexing the same records sent directly ${pipeline.indexSeconds.join(' / ')} s`,
  );
  lines.push(
    `  ingest ÷ (extraction + Meilisearch): ${pipeline.ratios.join(' / ')}, median ${pipeline.ratio} (target ≤ ${PIPELINE_TARGET}: ${mark(pipeline.ratio <= PIPELINE_TARGET)})`,
  );
  lines.push(
    `  the same against Meilisearch alone doing all it does for a fresh archive (its indexes with their settings, the releases, the word list: ${pipeline.archive.indexSeconds.join(' / ')} s): ${pipeline.archive.ratios.join(' / ')}, median ${pipeline.archive.ratio} (≤ ${PIPELINE_TARGET}: ${mark(pipeline.archive.ratio <= PIPELINE_TARGET)})`,
  );
  if (pipeline.cpu)
    lines.push(
      `  CPU seconds (the process and its threads, plus Meilisearch's): whole ingest ${pipeline.cpu.ingestSeconds.join(' / ')}; extraction alone ${pipeline.cpu.extractSeconds.join(' / ')}; Meilisearch alone, all it does for a fresh archive ${pipeline.cpu.indexSeconds.join(' / ')}; ratio ${pipeline.cpu.ratios.join(' / ')}, median ${pipeline.cpu.ratio}`,
    );
  lines.push(
    `  medians: extraction alone ${f1(extract.pagesPerSecond)} pages/s, Meilisearch alone ${f1(only.pagesPerSecond)} pages/s`,
  );
  if (html) lines.push(`  HTML: ${html.files} files in ${f1(html.seconds)} s = ${f1(html.filesPerSecond)} files/s`);
}

function extractionLines(pdfs: readonly RealPdfFigures[], lines: string[]): void {
  lines.push('', 'PDF extraction in one thread against pdftotext (one process per file), in alternation');
  for (const set of pdfs) {
    const what = `${set.file} (${set.pages} pages${'layouts' in set ? `; ${layoutsOf(set as OfficePdfFigures)}` : ''})`;
    if (set.error) {
      lines.push(`  ${what}: not extracted (${set.error})`);
      continue;
    }
    const extraction = `the ingest's extraction, one worker: ${f1(set.extractMsPerPage)} ms per page`;
    lines.push(
      set.ratio === undefined
        ? `  ${what}: ${extraction}; pdftotext reference skipped: ${set.skipped ?? 'not measured'}`
        : `  ${what}: ${extraction}; pdftotext ${f1(set.pdftotextMsPerPage!)} ms per page; ratio ${set.ratios?.join(' / ')}, median ${set.ratio} of ${set.runs} (target ≥ ${EXTRACTION_TARGET}: ${mark(set.ratio >= EXTRACTION_TARGET)})`,
    );
    if (set.cpu)
      lines.push(
        `    in CPU time: extraction ${f1(set.cpu.extractMsPerPage)} ms per page, pdftotext ${f1(set.cpu.pdftotextMsPerPage)}; ratio ${set.cpu.ratios.join(' / ')}, median ${set.cpu.ratio}`,
      );
  }
}

export function report(r: Results): string {
  const lines: string[] = [];
  lines.push(
    `Pressearchiv benchmark, ${r.ranAt}, ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memoryGB} GB, Node ${r.machine.node}`,
  );
  lines.push(
    `Corpus: ${r.corpus}; ${r.archive ? `${r.archive.releases} releases in the index; ` : ''}${r.minutes} min`,
  );
  if (r.archive && r.archive.releases < 60_000)
    lines.push(
      'Note: the targets for rebuild and search are set for ≥ 60,000 releases; on a smaller index fixed costs weigh more.',
    );
  if (r.machine.loadAverage)
    lines.push(`Load average (1 min) at the start / end: ${r.machine.loadAverage.join(' / ')}`);
  if (r.ingest) ingestLines(r.ingest, lines);
  const pdfs = [...(r.officePdfs ? [r.officePdfs] : []), ...(r.realPdfs ?? [])];
  if (pdfs.length > 0) extractionLines(pdfs, lines);
  const a = r.archive;
  if (a) {
    lines.push('', 'Archive');
    lines.push(
      `  bulk ingest: ${a.bulkIngest.files} files in ${f1(a.bulkIngest.seconds)} s = ${f1(a.bulkIngest.filesPerSecond)} files/s`,
    );
    lines.push(
      `  rebuild: ${f1(a.rebuild.seconds)} s (peak ${a.rebuild.peakMemoryMB} MB) vs Meilisearch direct ${f1(a.rebuild.directSeconds)} s (peak ${a.rebuild.directPeakMemoryMB} MB): ratio ${a.rebuild.ratio} (target ≤ 1.2: ${mark(a.rebuild.ratio <= 1.2)})`,
    );
    lines.push(
      `  start-up to first page with an existing index: ${f1(a.startup.secondsToFirstPage)} s (target ≤ 3 s: ${mark(a.startup.secondsToFirstPage <= 3)})`,
    );
  }
  const s = r.search;
  if (s) {
    const p = (x: { p50: number; p95: number; p99: number }): string =>
      `p50 ${f1(x.p50)} / p95 ${f1(x.p95)} / p99 ${f1(x.p99)} ms`;
    lines.push('', `Search (${s.queries} seeded queries)`);
    lines.push(
      `  without facets: direct ${p(s.withoutFacets.direct)}; /suche ${p(s.withoutFacets.suche)}; /api/suche ${p(s.withoutFacets.api)}`,
    );
    lines.push(
      `  /suche p50 ratio ${s.withoutFacets.ratioP50} (target ≤ 1.2: ${mark(s.withoutFacets.ratioP50 <= 1.2)}); pages with a search answered from the cache: ${s.latencyFromCache}`,
    );
    lines.push(
      `  with facets: direct ${p(s.withFacets.direct)}; /suche ${p(s.withFacets.suche)}; extra queries per page for correct counts: ${s.withFacets.extraQueriesPerPage}`,
    );
    lines.push('  Throughput, every query new to the server (the cache cannot help):');
    for (const t of s.throughput) {
      lines.push(
        `    ${t.connections} connections: ${t.pagesPerSecond} pages/s (p50 ${f1(t.p50)} ms, p95 ${f1(t.p95)} ms, p99 ${f1(t.p99)} ms, errors ${t.errors}) (target ≥ 150: ${mark(t.pagesPerSecond >= 150)}); the same plans sent to Meilisearch directly: ${t.directPlansPerSecond}/s, ratio ${t.ratio}; pages with a search answered from the cache: ${t.fromCache}`,
      );
    }
    const first = s.repeated[0];
    if (first)
      lines.push(
        `  Throughput, ${first.distinct} distinct queries each asked ${first.rounds} times in a shuffled order (the server's cache answers repeats):`,
      );
    for (const t of s.repeated) {
      lines.push(
        `    ${t.connections} connections: ${t.pagesPerSecond} pages/s (p50 ${f1(t.p50)} ms, p95 ${f1(t.p95)} ms, p99 ${f1(t.p99)} ms, errors ${t.errors}) (target ≥ 150: ${mark(t.pagesPerSecond >= 150)}); pages with a search answered from the cache: ${t.fromCache} of ${t.distinct * t.rounds}`,
      );
    }
    const c = s.cachedOnly;
    lines.push(
      `  Throughput, ${c.distinct} distinct queries all answered before (the web server alone), ${c.connections} connections: ${c.pagesPerSecond} pages/s (p50 ${f1(c.p50)} ms, errors ${c.errors}); pages with a search answered from the cache: ${c.fromCache} of ${c.distinct}`,
    );
    if (s.untimed > 0)
      lines.push(
        `  WARNING: ${s.untimed} answers had no Server-Timing header (SERVER_TIMING off?), so the counts of pages with a search answered from the cache are too low`,
      );
    lines.push(
      `  largest results page of ${s.pageWeight.pages}: ${s.pageWeight.htmlBytes} B HTML + ${s.pageWeight.cssBytes} B CSS = ${s.pageWeight.totalBytes} B (target ≤ 40 KB: ${mark(s.pageWeight.totalBytes <= 40 * 1024)})`,
    );
  }
  return `${lines.join('\n')}\n`;
}
