/** Renders a release (data) as the files a ministry publishes: a PDF or a web page. */
export type { SampleContact, SampleFormat, SampleRelease } from './sample-release.js';
export { renderReleasePdf, E_SIGNATURE_NOTICE } from './render-release-pdf.js';
export { renderReleaseHtml } from './render-release-html.js';
