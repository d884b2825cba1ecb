/** GET /health: 200 {"status":"ok"} when the index answers, else 503. */
import { Router } from 'express';
import type { SearchService } from '../search-service.js';

export function healthRoutes(search: SearchService): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const ok = await search.healthy();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable' });
  });
  return router;
}
