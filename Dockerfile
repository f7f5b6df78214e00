# A sample image for running Gather in a container (see README, "Several instances on one PostgreSQL").
# Not exercised by CI: the machines there reach only the npm and Debian registries.
FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY tools ./tools
RUN npm ci
COPY . .
ENV HTTP_HOST=0.0.0.0 GATHER_CONSOLE=off
EXPOSE 3000 8080
CMD ["npm", "start"]
