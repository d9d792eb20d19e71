# One image for the three Node processes (api, actors, sync) and the WeChat Pay sandbox; docker-compose
# picks the entry point per service. Written for a Docker host: no Docker engine exists where DMH is
# developed, so this file has not been built there (see README, "Not run against the real thing").
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY shared/package.json shared/
COPY api/package.json api/
COPY actors/package.json actors/
COPY sync/package.json sync/
RUN npm ci --no-audit --no-fund
COPY shared shared
COPY api api
COPY actors actors
COPY sync sync
RUN npx tsc -b shared api actors sync && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
USER node
CMD ["node", "--enable-source-maps", "api/dist/main.js"]
