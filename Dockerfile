# Gather's production image: compiled JavaScript on node:24-slim, run as a non-root user, with
# runtime dependencies only. The Prisma CLI, tsx, esbuild and the test tools stay in the build stage;
# migrations are plain SQL files that Gather applies itself on start.
#
# CI cannot build images (its machines reach only the npm and Debian registries, not an image
# registry); scripts/smoke-production.sh runs the same steps as these stages without Docker.

# 1. Build: all dependencies (generates the Prisma clients on install), then compile to dist/.
FROM node:24-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY tools ./tools
RUN npm ci --no-audit --no-fund
COPY src ./src
COPY adapters ./adapters
RUN npm run build

# 2. Runtime dependencies only (better-sqlite3 compiles here, so the runtime stage needs no compiler).
FROM node:24-slim AS deps
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/db/postinstall.mjs ./scripts/db/postinstall.mjs
# --omit=optional too: npm counts the Prisma CLI and TypeScript, optional peers of @prisma/client,
# as "dev or optional" and would install them otherwise (pg-cloudflare, the only real optional, is
# for Cloudflare Workers).
RUN npm ci --omit=dev --omit=optional --no-audit --no-fund

# 3. What runs: node, the compiled code, runtime node_modules and the migrations.
FROM node:24-slim
ENV NODE_ENV=production HTTP_HOST=0.0.0.0 HTTP_PORT=8080 GATHER_CONSOLE=off DATABASE_URL=file:/data/gather.db
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY prisma/sqlite/migrations ./prisma/sqlite/migrations
COPY prisma/postgres/migrations ./prisma/postgres/migrations
COPY package.json ./
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.HTTP_PORT||8080)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node runs as PID 1 with no shell in between: it gets SIGTERM itself and drains (see README).
CMD ["node", "dist/src/main.js"]
