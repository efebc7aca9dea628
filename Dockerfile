# syntax=docker/dockerfile:1
# The Hanbit Times: a production image of the standalone Next.js server.
#   docker build --build-arg SITE_URL=https://www.example.org -t hanbit-times .
#   docker run -p 3000:3000 -e PREVIEW_SECRET=... hanbit-times

# 1. Dependencies, from the lockfile only, so this layer is cached until it changes.
FROM node:24.22.3-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# 2. The build: content is checked and indexed, pages are prerendered.
FROM node:24.22.3-bookworm-slim AS build
WORKDIR /app
ARG SITE_URL=http://localhost:3000
ARG NEXT_PUBLIC_KAKAO_JS_KEY=
ENV SITE_URL=$SITE_URL NEXT_PUBLIC_KAKAO_JS_KEY=$NEXT_PUBLIC_KAKAO_JS_KEY NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# 3. The runtime: the standalone server, static files, content, route catalog and content cache
#    (the content index, search included: stories render without parsing every file again); no dev tools.
FROM node:24.22.3-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system --gid 1001 newsroom && useradd --system --uid 1001 --gid newsroom --no-create-home newsroom
COPY --from=build --chown=newsroom:newsroom /app/.next/standalone ./
COPY --from=build --chown=newsroom:newsroom /app/.next/static ./.next/static
COPY --from=build --chown=newsroom:newsroom /app/.next/cache/content ./.next/cache/content
COPY --from=build --chown=newsroom:newsroom /app/public ./public
COPY --from=build --chown=newsroom:newsroom /app/content ./content
# The front door and page cache in front of Next.js (docs/adr/0001-front-door.md): node: built-ins
# and undici, Node's own HTTP client, its one dependency.
COPY --from=build --chown=newsroom:newsroom /app/scripts/front-server.mjs /app/scripts/front-door.mjs /app/scripts/page-cache.mjs /app/scripts/content-watch.mjs /app/scripts/security-headers.cjs ./
COPY --from=build --chown=newsroom:newsroom /app/node_modules/undici ./node_modules/undici
USER newsroom
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "front-server.mjs"]
