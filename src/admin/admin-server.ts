/**
 * The admin process (/verwaltung): reads its configuration, refuses a key that could manage keys
 * (it must be the limited admin key, never the master key), opens its data in DATA_DIR/admin and
 * listens on ADMIN_HOST:ADMIN_PORT. `npm start` runs it as a child (admin-process.ts).
 */
import { createMeiliClient } from '../archive/meili-client.js';
import { failStart as fail, loadChildConfig, serveAsChild } from '../child-server.js';
import { createLogger } from '../log.js';
import { createAdminApp } from './admin-app.js';
import { openAdminStorage } from './admin-storage.js';

const config = loadChildConfig();
const adminConfig = config.admin;
if (adminConfig.port === undefined) fail('ADMIN_PORT is 0: the admin process is turned off.');
if (!config.meiliHost || !config.meiliAdminKey)
  fail('The admin process needs MEILI_HOST and MEILI_ADMIN_KEY (npm start sets both).');
if (config.meiliMasterKey && config.meiliAdminKey === config.meiliMasterKey)
  fail('MEILI_ADMIN_KEY must not be the master key: give the admin process its limited key.');
const log = createLogger(config.logLevel, 'pressearchiv-admin', { format: config.logFormat });
const meili = createMeiliClient({ host: config.meiliHost, apiKey: config.meiliAdminKey, timeoutMs: 5000 });
// A key that may list keys is a master or an unlimited admin key: refused.
const mayManageKeys = await meili.getKeys({ limit: 1 }).then(
  () => true,
  () => false,
);
if (mayManageKeys) fail('MEILI_ADMIN_KEY may manage keys: give the admin process the limited admin key.');
const storage = await openAdminStorage(config.dataDir, Date.now).catch((error: Error) =>
  fail(`The admin data in ${config.dataDir}/admin cannot be opened (${error.message}).`),
);
const app = createAdminApp({ config, meili, storage, log });
serveAsChild(app, {
  port: adminConfig.port,
  host: adminConfig.host,
  log,
  portVariable: 'ADMIN_PORT (0 turns the admin process off)',
  what: 'The admin process',
  listening: 'Admin process listening',
});
