# Two images from one file: the default target is the production image of the three Node processes (api,
# actors, sync; docker-compose picks the entry point per service), which holds no sandbox code; the target
# `sandbox` is the WeChat Pay sandbox for a development stack (`docker build --target sandbox .`).
# Written for a Docker host: no Docker engine exists where DMH is developed, so this file has not been built
# there (see README, "Not run against the real thing").
FROM node:20-bookworm-slim AS deps
# canvas (posters) builds with node-gyp against cairo/pango; the same packages scripts/system-deps.sh installs.
RUN apt-get update && apt-get install -y --no-install-recommends build-essential pkg-config python3 \
      libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev libpixman-1-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY shared/package.json shared/
COPY api/package.json api/
COPY actors/package.json actors/
COPY sync/package.json sync/
# Its manifest only, so that npm ci sees every workspace the lockfile names; its code is copied in the sandbox target alone.
COPY wechatpay-sandbox/package.json wechatpay-sandbox/
RUN npm ci --no-audit --no-fund
COPY shared shared

FROM deps AS build
COPY api api
COPY actors actors
COPY sync sync
RUN npx tsc -b shared api actors sync && npm prune --omit=dev

FROM deps AS sandbox-build
COPY wechatpay-sandbox wechatpay-sandbox
RUN npx tsc -b shared wechatpay-sandbox && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
# canvas's runtime libraries and the CJK font the posters' Chinese titles are drawn with.
RUN apt-get update && apt-get install -y --no-install-recommends libcairo2 libpango-1.0-0 libpangocairo-1.0-0 \
      libjpeg62-turbo libgif7 librsvg2-2 libpixman-1-0 fonts-noto-cjk && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production

FROM node:20-bookworm-slim AS sandbox
# The openssl CLI the sandbox makes its platform certificate with (WECHATPAY_VERIFY_MODE=certificate).
RUN apt-get update && apt-get install -y --no-install-recommends openssl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=sandbox-build /app /app
USER node
CMD ["node", "--enable-source-maps", "wechatpay-sandbox/dist/main.js"]

FROM runtime
COPY --from=build /app /app
USER node
CMD ["node", "--enable-source-maps", "api/dist/main.js"]
