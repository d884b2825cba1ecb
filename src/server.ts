/** The web server process: reads its configuration, holds only the search key, and listens. */
import { releaseTypes } from './archive/release-types.js';
import { failStart, loadChildConfig, serveAsChild } from './child-server.js';
import { SearchConfigError } from './errors/search-config-error.js';
import { createLogger } from './log.js';
import { createApp } from './web/app.js';
import { createSearchService } from './web/search-service.js';

const config = loadChildConfig();
if (!config.meiliHost || !config.meiliSearchKey)
  failStart('The web server needs MEILI_HOST and MEILI_SEARCH_KEY (npm start sets both).');
// Read at start, so a broken search-config/release-types.json stops the server here instead of
// failing every search page that shows the „Art“ facet.
try {
  releaseTypes();
} catch (error) {
  if (!(error instanceof SearchConfigError)) throw error;
  failStart(error.message);
}
const log = createLogger(config.logLevel, 'pressearchiv-web', { format: config.logFormat });
const search = createSearchService({
  host: config.meiliHost,
  apiKey: config.meiliSearchKey,
  index: config.meiliIndex,
  timeoutMs: config.searchLimits.timeoutMs,
  wordList: config.searchPlan === 'adaptive',
});
const app = createApp({ config, search, log });
serveAsChild(app, {
  port: config.port,
  host: config.host,
  log,
  portVariable: 'PORT',
  what: 'The web server',
  listening: 'Web server listening',
});
