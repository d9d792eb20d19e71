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

# The static front ends (Kubernetes: deploy/helm/dmh serves each from its own Deployment behind the Ingress):
#   docker build --target console -t dmh-console .   and   docker build --target h5 -t dmh-h5 .
# Each Angular app has its own lockfile and imports the typed API client (api-client/) and shared sources
# (shared/src: forms, pages, reward rule, sync limits, error codes) through tsconfig paths; those resolve
# their own imports (zod) from the root workspace's node_modules, hence FROM deps. (Checked without Docker:
# the console built in that layout, 2026-12-04; the h5 app was not tried.)
FROM deps AS console-build
COPY api-client api-client
COPY admin-angular/package.json admin-angular/package-lock.json admin-angular/
RUN cd admin-angular && npm ci --no-audit --no-fund
COPY admin-angular admin-angular
RUN cd admin-angular && npm run build

FROM deps AS h5-build
COPY api-client api-client
COPY h5-ionic/package.json h5-ionic/package-lock.json h5-ionic/
RUN cd h5-ionic && npm ci --no-audit --no-fund
COPY h5-ionic h5-ionic
RUN cd h5-ionic && npm run build

FROM nginxinc/nginx-unprivileged:1.27-alpine AS console
COPY deploy/static-nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=console-build /app/admin-angular/dist /usr/share/nginx/html

FROM nginxinc/nginx-unprivileged:1.27-alpine AS h5
COPY deploy/static-nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=h5-build /app/h5-ionic/www /usr/share/nginx/html

FROM runtime
COPY --from=build /app /app
USER node
CMD ["node", "--enable-source-maps", "api/dist/main.js"]
