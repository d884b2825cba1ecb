/** Prints the benchmark figures with their references and the targets of the speed issue. */
import type { ArchiveFigures } from './archive-bench.js';
import type { IngestFigures } from './ingest-bench.js';
import type { RealPdfFigures } from './real-pdf-bench.js';
import type { SearchFigures } from './search-bench.js';

interface Results {
  ranAt: string;
  machine: { cpus: number; cpuModel?: string; memoryGB: number; node: string };
  corpus: string;
  ingest: IngestFigures;
  realPdfs?: RealPdfFigures[];
  archive: ArchiveFigures;
  search?: SearchFigures;
  minutes: number;
}

const mark = (met: boolean): string => (met ? 'met' : 'NOT met');
const f1 = (n: number): string => n.toFixed(1);

export function report(r: Results): string {
  const lines: string[] = [];
  lines.push(
    `Pressearchiv benchmark, ${r.ranAt}, ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memoryGB} GB, Node ${r.machine.node}`,
  );
  lines.push(`Corpus: ${r.corpus}; ${r.archive.releases} releases in the index; ${r.minutes} min`);
  if (r.archive.releases < 60_000)
    lines.push(
      'Note: the targets for rebuild and search are set for ≥ 60,000 releases; on a smaller index fixed costs weigh more.',
    );
  const { pdf, pdftotext, html } = r.ingest;
  lines.push('', 'Ingest');
  lines.push(
    `  PDF: ${pdf.files} files, ${pdf.pages} pages in ${f1(pdf.seconds)} s = ${f1(pdf.pagesPerSecond)} pages/s`,
  );
  if ('pagesPerSecond' in pdftotext) {
    lines.push(`  pdftotext (reference: the same files joined, one process): ${f1(pdftotext.pagesPerSecond)} pages/s`);
    if (r.ingest.pdftotextPerFile)
      lines.push(`  pdftotext once per file, for comparison: ${f1(r.ingest.pdftotextPerFile.pagesPerSecond)} pages/s`);
    lines.push(`  ratio ${r.ingest.pdfRatio} (target ≥ 0.5: ${mark((r.ingest.pdfRatio ?? 0) >= 0.5)})`);
  }
  const only = r.ingest.pdfIndexOnly;
  if (only)
    lines.push(
      `  Meilisearch alone indexing the same records sent directly, one batch after another: ${f1(only.seconds)} s = ${f1(only.pagesPerSecond)} pages/s${only.ratio === undefined ? '' : ` (ratio to pdftotext ${only.ratio}; the ingest keeps two batches in flight, so this is a reference, not a hard ceiling)`}`,
    );
  const extract = r.ingest.pdfExtractOnly;
  if (extract)
    lines.push(
      `  the ingest's extraction alone (--dry-run, both cores, nothing written): ${f1(extract.seconds)} s = ${f1(extract.pagesPerSecond)} pages/s${extract.ratio === undefined ? '' : ` (ratio to pdftotext ${extract.ratio})`}`,
    );
  if (!('pagesPerSecond' in pdftotext)) lines.push(`  pdftotext reference skipped: ${pdftotext.skipped}`);
  lines.push(`  HTML: ${html.files} files in ${f1(html.seconds)} s = ${f1(html.filesPerSecond)} files/s`);
  for (const real of r.realPdfs ?? []) {
    const poppler =
      real.pdftotextMsPerPage === undefined
        ? 'pdftotext not installed'
        : `pdftotext, one process: ${f1(real.pdftotextMsPerPage)} ms per page; ratio ${real.ratio}`;
    lines.push(
      real.error
        ? `  real PDF ${real.file}: not extracted (${real.error})`
        : `  real PDF ${real.file} (${real.pages} pages): the ingest's extraction in one thread ${f1(real.extractMsPerPage)} ms per page; ${poppler} (median of ${real.runs})`,
    );
  }
  const a = r.archive;
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
      `  largest results page of ${s.pageWeight.pages}: ${s.pageWeight.htmlBytes} B HTML + ${s.pageWeight.cssBytes} B CSS = ${s.pageWeight.totalBytes} B (target ≤ 30 KB: ${mark(s.pageWeight.totalBytes <= 30 * 1024)})`,
    );
  }
  return `${lines.join('\n')}\n`;
}
