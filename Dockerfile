# Pressearchiv in one image: `npm start` (web server and admin process) and the ingest, for
# compose.yaml, which adds Meilisearch as a service of its own.
#
# UNTESTED AS AN IMAGE: written on a machine that reaches only the npm registry and Debian's
# packages and runs no Docker engine, so the base image could not be pulled and this file has never
# been built. What was checked there: the same install (`npm ci --omit=dev --omit=optional` of
# package.json and package-lock.json alone, into an empty folder with the four folders copied below)
# starts with `NODE_ENV=production` against a separate Meilisearch and serves /health
# (docs/operations.md, „Containers“).
FROM node:20-bookworm-slim

ENV NODE_ENV=production \
    DATA_DIR=/var/lib/pressearchiv \
    HOST=0.0.0.0 \
    PORT=3000 \
    ADMIN_HOST=0.0.0.0 \
    ADMIN_PORT=3001

WORKDIR /opt/pressearchiv
COPY package.json package-lock.json ./
# --omit=optional leaves out the bundled Meilisearch binary: Meilisearch runs in its own container.
# The code stays root's; the service user `node` may write only its data folder and the cache where
# the ingest bundles its extraction worker.
RUN npm ci --omit=dev --omit=optional \
 && npm cache clean --force \
 && install -d -m 0700 -o node -g node node_modules/.cache/pressearchiv /var/lib/pressearchiv
COPY src src
COPY ingest ingest
COPY views views
COPY search-config search-config

USER node
EXPOSE 3000 3001
VOLUME /var/lib/pressearchiv
# Without BASE_PATH; with it, the address is http://127.0.0.1:3000<BASE_PATH>/health.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM stops the web server and the admin process cleanly (compose: stop_grace_period).
CMD ["node", "--import", "tsx", "src/main.ts"]
