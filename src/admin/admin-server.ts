/**
 * The admin process (/verwaltung): reads its configuration, refuses a key that could manage keys
 * (it must be the limited admin key, never the master key: admin-key-check.ts), opens its data in DATA_DIR/admin and
 * listens on ADMIN_HOST:ADMIN_PORT. `npm start` runs it as a child (admin-process.ts).
 */
import { archiveIndexUids } from '../archive/archive-indexes.js';
import { createMeiliClient } from '../archive/meili-client.js';
import { failStart as fail, loadChildConfig, serveAsChild } from '../child-server.js';
import { createLogger } from '../log.js';
import { createAdminApp } from './admin-app.js';
import { adminKeyProblem } from './admin-key-check.js';
import { openAdminStorage } from './admin-storage.js';
import { UploadJobs } from './upload/upload-jobs.js';

const config = loadChildConfig();
const adminConfig = config.admin;
if (adminConfig.port === undefined) fail('ADMIN_PORT is 0: the admin process is turned off.');
if (!config.meiliHost || !config.meiliAdminKey)
  fail('The admin process needs MEILI_HOST and MEILI_ADMIN_KEY (npm start sets both).');
const log = createLogger(config.logLevel, 'pressearchiv-admin', { format: config.logFormat });
const meili = createMeiliClient({ host: config.meiliHost, apiKey: config.meiliAdminKey, timeoutMs: 5000 });
// The child never sees MEILI_MASTER_KEY (admin-process.ts), so the key is judged by what it may do.
const keyProblem = await adminKeyProblem(meili, archiveIndexUids(config.meiliIndex));
if (keyProblem) fail(keyProblem);
const storage = await openAdminStorage(config.dataDir, Date.now).catch((error: Error) =>
  fail(`The admin data in ${config.dataDir}/admin cannot be opened (${error.message}).`),
);
const jobs = new UploadJobs(config, meili, storage.files.audit, log);
// Jobs a stopped admin process left unfinished are marked failed, their staged files removed.
await jobs.recover();
const app = createAdminApp({ config, meili, storage, jobs, log });
serveAsChild(app, {
  port: adminConfig.port,
  host: adminConfig.host,
  log,
  portVariable: 'ADMIN_PORT (0 turns the admin process off)',
  what: 'The admin process',
  listening: 'Admin process listening',
});
