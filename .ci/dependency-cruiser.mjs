/**
 * Import boundaries, checked by `npm run lint` (dependency-cruiser): no import cycles, the ingest
 * job and the public web server apart, the shared layer below both, production code free of tests
 * and benchmarks. Paths are relative to the directory the check runs in (the repository root).
 */
import path from 'node:path';

/** The layer both sides import: archive access, configuration, logging, error classes. */
const SHARED = '^src/(archive/|errors/|config[.]ts$|log[.]ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Import cycle (type-only imports count too): move what both modules need into a third module, ' +
        'or let one side receive it as a parameter.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'ingest-not-to-web',
      severity: 'error',
      comment:
        'ingest/ must not import src/web/ (the public web server). Move what both need into the shared ' +
        'layer (src/archive/, src/config.ts, src/log.ts, src/errors/).',
      from: { path: '^ingest/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'src-not-to-ingest',
      severity: 'error',
      comment:
        'Only the start command (src/main.ts, src/sample-loading.ts) and the admin surface (src/admin/) ' +
        'may import ingest/; the public web server (src/web/, src/server.ts) and the rest of src/ may not. ' +
        'Move what they need into the shared layer (src/archive/, src/config.ts, src/log.ts, src/errors/).',
      from: { path: '^src/', pathNot: '^src/(main[.]ts$|sample-loading[.]ts$|admin/)' },
      to: { path: '^ingest/' },
    },
    {
      name: 'shared-not-to-web-or-ingest',
      severity: 'error',
      comment:
        'The shared layer (src/archive/, src/config.ts, src/log.ts, src/errors/) must import neither ' +
        'src/web/ nor ingest/: both sides import it, so it stays below them.',
      from: { path: SHARED },
      to: { path: '^(src/web/|ingest/)' },
    },
    {
      name: 'production-not-to-test-or-bench',
      severity: 'error',
      comment: 'Production code (src/, ingest/) must not import test/ or bench/.',
      from: { path: '^(src|ingest)/' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The fixture trees of test/unit/boundaries break these rules on purpose; the test checks them on their own.
    exclude: { path: '^test/fixtures/boundaries/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: path.join(import.meta.dirname, '..', 'tsconfig.json') },
    // Packages are resolved as Node resolves them (`exports` first), so none show up as unresolvable.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
