/** The web server process: reads its configuration, holds only the search key, and listens. */
import { loadConfig } from './config.js';
import { ConfigError } from './errors/config-error.js';
import { createLogger } from './log.js';
import { createApp } from './web/app.js';
import { createSearchService } from './web/search-service.js';

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
if (!config.meiliHost || !config.meiliSearchKey)
  fail('The web server needs MEILI_HOST and MEILI_SEARCH_KEY (npm start sets both).');
const log = createLogger(config.logLevel, 'pressearchiv-web', { format: config.logFormat });
const search = createSearchService({
  host: config.meiliHost,
  apiKey: config.meiliSearchKey,
  index: config.meiliIndex,
  timeoutMs: config.searchLimits.timeoutMs,
});
const app = createApp({ config, search, log });
const server = app.listen(config.port, config.host);
server.on('listening', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  process.send?.({ type: 'listening', port });
  log.info({ port }, 'Web server listening');
});
server.on('error', (error: NodeJS.ErrnoException) => {
  fail(
    error.code === 'EADDRINUSE'
      ? `Port ${config.port} on ${config.host} is already in use; choose another with PORT.`
      : `The web server cannot listen on ${config.host}:${config.port} (${error.code ?? error.message}).`,
  );
});
const close = (): void => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', close);
process.on('SIGINT', close);
process.on('disconnect', close);
