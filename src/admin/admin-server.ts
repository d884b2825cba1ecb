/**
 * The admin process (/verwaltung): reads its configuration, refuses a key that could manage keys
 * (it must be the limited admin key, never the master key), opens its data in DATA_DIR/admin and
 * listens on ADMIN_HOST:ADMIN_PORT. `npm start` runs it as a child (admin-process.ts).
 */
import { loadConfig } from '../config.js';
import { createMeiliClient } from '../archive/meili-client.js';
import { ConfigError } from '../errors/config-error.js';
import { createLogger } from '../log.js';
import { createAdminApp } from './admin-app.js';
import { openAdminStorage } from './admin-storage.js';

function fail(message: string): never {
  process.stderr.write(`pressearchiv: ${message}\n`);
  process.send?.({ type: 'failed', error: message });
  process.exit(1);
}

let config;
try {
  config = loadConfig();
} catch (error) {
  fail(error instanceof ConfigError ? error.message : String(error));
}
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
const server = app.listen(adminConfig.port, adminConfig.host);
server.on('listening', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : adminConfig.port;
  process.send?.({ type: 'listening', port });
  log.info({ port }, 'Admin process listening');
});
server.on('error', (error: NodeJS.ErrnoException) => {
  fail(
    error.code === 'EADDRINUSE'
      ? `Port ${adminConfig.port} on ${adminConfig.host} is already in use; choose another with ADMIN_PORT (0 turns the admin process off).`
      : `The admin process cannot listen on ${adminConfig.host}:${adminConfig.port} (${error.code ?? error.message}).`,
  );
});
const close = (): void => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', close);
process.on('SIGINT', close);
process.on('disconnect', close);
