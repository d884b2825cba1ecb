/**
 * createApp assembles the web server: security headers, compression, static files, the routes,
 * a German 404 page and one error handler. It only needs the search service (read-only key).
 */
import express, { type Express } from 'express';
import compression from 'compression';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { SearchService } from './search-service.js';
import { securityHeaders } from './middleware/security-headers.js';
import { errorHandler, notFoundHandler } from './middleware/error-handler.js';
import { createViewEngine, VIEWS_DIR } from './view-engine.js';
import { startRoutes } from './routes/start.js';
import { healthRoutes } from './routes/health.js';

export interface AppDependencies {
  config: Config;
  search: SearchService;
  log: Logger;
}

export function createApp({ config, search, log }: AppDependencies): Express {
  const app = express();
  const views = createViewEngine();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'extended');
  app.use(securityHeaders());
  app.use(compression());
  const router = express.Router();
  router.use(
    '/static',
    express.static(`${VIEWS_DIR}static`, { index: false, redirect: false, maxAge: '7d', fallthrough: true }),
  );
  const base = config.basePath;
  router.use(healthRoutes(search));
  router.use(startRoutes({ search, views, base }));
  router.use(notFoundHandler(views, base));
  router.use(errorHandler(views, base, log));
  app.use(base || '/', router);
  app.use(notFoundHandler(views, base));
  return app;
}
