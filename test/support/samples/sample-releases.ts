/**
 * The sample releases shipped with the archive: invented sample data written for Pressearchiv,
 * plus one real SMWK release (see README.md). Rendered to files/ by build-samples.ts.
 */
import { FINANZEN_RELEASES } from './releases/finanzen.js';
import { INFRASTRUKTUR_RELEASES } from './releases/infrastruktur.js';
import { INNERN_RELEASES } from './releases/innern.js';
import { JUSTIZ_RELEASES } from './releases/justiz.js';
import { KULTUS_RELEASES } from './releases/kultus.js';
import { POLIZEI_RELEASES } from './releases/polizei.js';
import { REAL_SMWK_HIGHTECH_AGENDA } from './releases/real-smwk-hightech-agenda.js';
import { SOZIALES_RELEASES } from './releases/soziales.js';
import { STAATSKANZLEI_RELEASES } from './releases/staatskanzlei.js';
import { UMWELT_RELEASES } from './releases/umwelt.js';
import { WIRTSCHAFT_RELEASES } from './releases/wirtschaft.js';
import { WISSENSCHAFT_RELEASES } from './releases/wissenschaft.js';
import type { SampleRelease } from './sample-release.js';

export const SAMPLE_RELEASES: readonly SampleRelease[] = [
  REAL_SMWK_HIGHTECH_AGENDA,
  ...STAATSKANZLEI_RELEASES,
  ...FINANZEN_RELEASES,
  ...INNERN_RELEASES,
  ...JUSTIZ_RELEASES,
  ...KULTUS_RELEASES,
  ...SOZIALES_RELEASES,
  ...WIRTSCHAFT_RELEASES,
  ...WISSENSCHAFT_RELEASES,
  ...UMWELT_RELEASES,
  ...INFRASTRUKTUR_RELEASES,
  ...POLIZEI_RELEASES,
].sort((a, b) => a.key.localeCompare(b.key));
