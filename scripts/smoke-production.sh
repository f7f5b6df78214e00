#!/usr/bin/env bash
# The Dockerfile's stages without Docker (CI cannot pull images): build dist/, install runtime
# dependencies only (npm ci --omit=dev --omit=optional) into an empty folder with the compiled code and the
# migrations, start it with plain node on a fresh SQLite file and wait for /readyz.
# Proves the runtime needs no dev dependency (no tsx, no Prisma CLI, no TypeScript).
set -euo pipefail
cd "$(dirname "$0")/.."

npm run build
app=$(mktemp -d /tmp/gather-production-XXXXXX)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$app"' EXIT
mkdir -p "$app/scripts/db" "$app/prisma/sqlite" "$app/prisma/postgres"
cp package.json package-lock.json "$app/"
cp scripts/db/postinstall.mjs "$app/scripts/db/"
cp -r dist "$app/"
cp -r prisma/sqlite/migrations "$app/prisma/sqlite/"
cp -r prisma/postgres/migrations "$app/prisma/postgres/"
(cd "$app" && NODE_ENV=production npm ci --omit=dev --omit=optional --no-audit --no-fund)

for dev in tsx prisma typescript vitest esbuild; do
  if [ -e "$app/node_modules/$dev" ]; then
    echo "smoke: $dev is installed in a production install" >&2
    exit 1
  fi
done

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
(cd "$app" && NODE_ENV=production DATABASE_URL="file:$app/data/gather.db" HTTP_HOST=127.0.0.1 HTTP_PORT="$port" \
  GATHER_CONSOLE=off LOG_LEVEL=warn node dist/src/main.js) &
pid=$!
for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; then
    echo "smoke: the production install answers /readyz (RSS $(($(awk '/VmRSS/{print $2}' /proc/$pid/status 2>/dev/null || echo 0) / 1024)) MB)"
    kill -TERM "$pid"
    wait "$pid" || true
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || { echo "smoke: Gather exited before it was ready" >&2; exit 1; }
  sleep 1
done
echo "smoke: /readyz did not answer within 120 s" >&2
exit 1
